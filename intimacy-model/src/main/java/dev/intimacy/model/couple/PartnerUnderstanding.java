package dev.intimacy.model.couple;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentRef;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.internal.Builders;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How well one partner understands the other: the {@link #predictor() predictor} answered the instrument
 * as they think the {@link #partner() partner} would (an {@link dev.intimacy.model.answer.Assessment} whose
 * {@code predicts()} names the partner), and the prediction was compared with the partner's own answers.
 *
 * <p>Per dimension, {@link DimensionUnderstanding} holds the accuracy ({@code 100 − mean |d|}) and the bias
 * ({@code mean d}), in POMP points, from item-level differences {@code d} of keyed answers. The overall
 * accuracy and bias are the weighted means of the dimensions' values with the scoring engine's composite
 * weights (equal by default); they are absent, with {@link #overallReason() a reason}, when a dimension
 * with a positive weight has none.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartnerUnderstanding.class)
@JsonDeserialize(as = ImmutablePartnerUnderstanding.class)
public abstract class PartnerUnderstanding {

    /** Returns who made the prediction. */
    public abstract RespondentId predictor();

    /** Returns whose answers were predicted. */
    public abstract RespondentId partner();

    /** Returns the instrument version both answered. */
    public abstract InstrumentRef instrument();

    /** Returns the understanding per covered dimension, in the dimensions' fixed order. */
    public abstract Map<Dimension, DimensionUnderstanding> dimensions();

    /** Returns the weighted mean accuracy over the dimensions, in [0, 100], when every needed one has one. */
    public abstract OptionalDouble overallAccuracy();

    /** Returns the weighted mean bias over the dimensions, in [−100, 100], when present with the accuracy. */
    public abstract OptionalDouble overallBias();

    /** Returns why the overall accuracy and bias are absent, when they are. */
    public abstract Optional<String> overallReason();

    /**
     * Returns the understanding of one dimension.
     *
     * @param dimension the dimension
     * @return its understanding, or empty when the instrument does not cover it
     */
    public final Optional<DimensionUnderstanding> dimension(Dimension dimension) {
        return Optional.ofNullable(dimensions().get(dimension));
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PartnerUnderstanding}; each single attribute may be set once. */
    public static final class Builder extends ImmutablePartnerUnderstanding.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public PartnerUnderstanding build() {
            return Builders.build("partner understanding", super::build);
        }
    }

    /** Returns a short summary: who predicts whom and the overall accuracy; no answer values. */
    @Override
    public String toString() {
        return "PartnerUnderstanding[" + predictor() + " predicts " + partner() + ", "
                + (overallAccuracy().isPresent()
                        ? String.format(
                                Locale.ROOT, "accuracy=%.1f", overallAccuracy().getAsDouble())
                        : "no overall accuracy")
                + "]";
    }

    @Value.Check
    final void check() {
        String where = "understanding of " + partner() + " by " + predictor() + ": ";
        if (predictor().equals(partner())) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "the predictor and the partner are the same respondent (two different respondents"
                            + " required)");
        }
        for (Map.Entry<Dimension, DimensionUnderstanding> e : dimensions().entrySet()) {
            if (e.getKey() != e.getValue().dimension()) {
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE,
                        where + "the entry under " + e.getKey() + " is for "
                                + e.getValue().dimension());
            }
        }
        if (overallAccuracy().isPresent() != overallBias().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE, where + "overall accuracy and bias must be present together");
        }
        if (overallAccuracy().isPresent() == overallReason().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "give either the overall accuracy and bias or the reason they are absent");
        }
        if (overallAccuracy().isPresent()) {
            double a = overallAccuracy().getAsDouble();
            double b = overallBias().getAsDouble();
            if (!(a >= 0 && a <= 100) || !(b >= -100 && b <= 100)) {
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE,
                        where + "overall accuracy " + a + " must lie in [0, 100] and bias " + b + " in [-100, 100]");
            }
        }
    }
}

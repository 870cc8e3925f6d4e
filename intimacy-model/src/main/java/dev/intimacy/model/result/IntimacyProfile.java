package dev.intimacy.model.result;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentRef;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.internal.Builders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One respondent's six-dimension profile on one instrument version: a score per covered dimension, the
 * composite intimacy index (a weighted mean of the dimensions' POMP scores), and the outcome score when the
 * instrument has outcome items.
 *
 * <p>The composite index is absent, with a {@link #compositeReason() reason}, when a dimension it needs is
 * insufficient.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIntimacyProfile.class)
@JsonDeserialize(as = ImmutableIntimacyProfile.class)
public abstract class IntimacyProfile {

    /** Returns whose profile this is. */
    public abstract RespondentId respondent();

    /** Returns the instrument version scored. */
    public abstract InstrumentRef instrument();

    /** Returns the id of the scoring strategy used, e.g. {@code mean}. */
    public abstract String strategy();

    /** Returns the scores of the covered dimensions, in the dimensions' fixed order. */
    public abstract Map<Dimension, DimensionScore> dimensions();

    /** Returns the composite intimacy index in [0, 100], when every needed dimension was scored. */
    public abstract OptionalDouble compositeIndex();

    /** Returns why the composite index is absent, when it is. */
    public abstract Optional<String> compositeReason();

    /** Returns the band of the composite index, when present. */
    public abstract Optional<Band> compositeBand();

    /** Returns the outcome (benefits) score, when the instrument has outcome items. */
    public abstract Optional<OutcomeScore> outcome();

    /**
     * Returns the score of one dimension.
     *
     * @param dimension the dimension
     * @return its score, or empty when the instrument does not cover it
     */
    public final Optional<DimensionScore> score(Dimension dimension) {
        return Optional.ofNullable(dimensions().get(dimension));
    }

    /** Returns the scored dimensions in the {@link Band#STRENGTH} band, highest POMP first. */
    public final List<Dimension> strengths() {
        return inBand(Band.STRENGTH, Comparator.reverseOrder());
    }

    /** Returns the scored dimensions in the {@link Band#GROWTH} band, lowest POMP first. */
    public final List<Dimension> growthAreas() {
        return inBand(Band.GROWTH, Comparator.naturalOrder());
    }

    private List<Dimension> inBand(Band band, Comparator<Double> order) {
        List<DimensionScore> scores = new ArrayList<>();
        for (DimensionScore s : dimensions().values()) {
            if (s.band().equals(Optional.of(band))) {
                scores.add(s);
            }
        }
        scores.sort(Comparator.comparing((DimensionScore s) -> s.pomp().getAsDouble(), order)
                .thenComparing(DimensionScore::dimension));
        List<Dimension> out = new ArrayList<>();
        scores.forEach(s -> out.add(s.dimension()));
        return out;
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IntimacyProfile}; each single attribute may be set once. */
    public static final class Builder extends ImmutableIntimacyProfile.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public IntimacyProfile build() {
            return Builders.build("profile", super::build);
        }
    }

    /** Returns a short summary without answer values. */
    @Override
    public String toString() {
        return "IntimacyProfile[respondent=" + respondent() + ", instrument=" + instrument() + ", dimensions="
                + dimensions().keySet()
                + (compositeIndex().isPresent()
                        ? ", composite=" + compositeIndex().getAsDouble()
                        : "")
                + "]";
    }

    @Value.Check
    final void check() {
        for (Map.Entry<Dimension, DimensionScore> e : dimensions().entrySet()) {
            if (e.getKey() != e.getValue().dimension()) {
                throw new InvalidModelException(
                        ModelError.INVALID_SCORE,
                        "profile of " + respondent() + ": the score under " + e.getKey() + " is for "
                                + e.getValue().dimension());
            }
        }
        if (compositeIndex().isPresent() == compositeReason().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCORE,
                    "profile of " + respondent() + ": give either a composite index or the reason it is absent");
        }
        if (compositeIndex().isPresent()) {
            double c = compositeIndex().getAsDouble();
            if (!(c >= 0 && c <= 100)) {
                throw new InvalidModelException(
                        ModelError.INVALID_SCORE,
                        "profile of " + respondent() + ": composite index " + c + " is outside [0, 100]");
            }
        } else if (compositeBand().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCORE,
                    "profile of " + respondent() + ": a composite band needs a composite index");
        }
    }
}

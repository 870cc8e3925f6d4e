package dev.intimacy.model.couple;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.internal.Builders;
import dev.intimacy.model.result.DimensionScore;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One dimension of a {@link CoupleProfile}: both partners' scores and what they say together.
 *
 * <ul>
 *   <li>{@link #first()} and {@link #second()}: each partner's {@link DimensionScore} (mean on the scale,
 *       POMP, band, status), exactly as in their own profile;
 *   <li>{@link #meanPomp()}: the couple mean, {@code (POMP₁ + POMP₂)/2};
 *   <li>{@link #discrepancy()}: the absolute discrepancy {@code |POMP₁ − POMP₂|} in POMP points, in [0, 100];
 *   <li>{@link #agreement()}: positive agreement, the share of the dimension's items answered by both on
 *       which both keyed answers lie above the scale's midpoint, in [0, 1];
 *   <li>{@link #pattern()}: {@link CouplePattern shared strength, shared growth, discrepant or mixed}.
 * </ul>
 *
 * <p>The couple values need both partners' scores: when either partner's dimension is insufficient, the
 * couple mean, discrepancy, pattern and agreement are absent and {@link #reason()} says why. The agreement
 * is also absent when no item of the dimension was answered by both ({@link #itemsCompared()} is 0).
 *
 * <p>Every value is symmetric in the two partners except which score is {@code first} and which {@code
 * second}: scoring the couple the other way round swaps those two and changes nothing else.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoupleDimension.class)
@JsonDeserialize(as = ImmutableCoupleDimension.class)
public abstract class CoupleDimension {

    /** Returns the dimension. */
    public abstract Dimension dimension();

    /** Returns the first partner's score on this dimension, as in their profile. */
    public abstract DimensionScore first();

    /** Returns the second partner's score on this dimension, as in their profile. */
    public abstract DimensionScore second();

    /** Returns the couple mean {@code (POMP₁ + POMP₂)/2}, in [0, 100], when both partners were scored. */
    public abstract OptionalDouble meanPomp();

    /** Returns the absolute discrepancy {@code |POMP₁ − POMP₂|} in POMP points, when both were scored. */
    public abstract OptionalDouble discrepancy();

    /** Returns the couple pattern, when both partners were scored. */
    public abstract Optional<CouplePattern> pattern();

    /** Returns the positive agreement in [0, 1], when both were scored and some item was answered by both. */
    public abstract OptionalDouble agreement();

    /** Returns how many of the dimension's items both partners answered with a value. */
    public abstract int itemsCompared();

    /** Returns why the couple values are absent, when they are. */
    public abstract Optional<String> reason();

    /** Returns the first partner's POMP, when scored. */
    public final OptionalDouble firstPomp() {
        return first().pomp();
    }

    /** Returns the second partner's POMP, when scored. */
    public final OptionalDouble secondPomp() {
        return second().pomp();
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CoupleDimension}; each single attribute may be set once. */
    public static final class Builder extends ImmutableCoupleDimension.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public CoupleDimension build() {
            return Builders.build("couple dimension", super::build);
        }
    }

    /** Returns a short summary: the dimension and the pattern; no answer values. */
    @Override
    public String toString() {
        return "CoupleDimension[" + dimension() + ", "
                + pattern().map(CouplePattern::code).orElse("not scored") + "]";
    }

    @Value.Check
    final void check() {
        String where = "couple dimension " + dimension() + ": ";
        if (first().dimension() != dimension() || second().dimension() != dimension()) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "the partners' scores are for " + first().dimension() + " and " + second().dimension());
        }
        if (first().expected() != second().expected()) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "the partners' scores count " + first().expected() + " and " + second().expected()
                            + " items (one instrument, so the same count, is required)");
        }
        if (itemsCompared() < 0 || itemsCompared() > Math.min(first().answered(), second().answered())) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "itemsCompared " + itemsCompared() + " must lie between 0 and the smaller number of"
                            + " items answered (" + Math.min(first().answered(), second().answered()) + ")");
        }
        boolean both = first().isScored() && second().isScored();
        if (both != meanPomp().isPresent()
                || both != discrepancy().isPresent()
                || both != pattern().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "meanPomp, discrepancy and pattern must be present exactly when both partners were"
                            + " scored");
        }
        if (both == reason().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "a reason must be given exactly when a partner's score is insufficient");
        }
        if (agreement().isPresent() != (both && itemsCompared() > 0)) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "agreement must be present exactly when both partners were scored and at least one"
                            + " item was answered by both");
        }
        if (meanPomp().isPresent()
                && !(meanPomp().getAsDouble() >= 0 && meanPomp().getAsDouble() <= 100)) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE, where + "meanPomp " + meanPomp().getAsDouble() + " is outside [0, 100]");
        }
        if (discrepancy().isPresent()
                && !(discrepancy().getAsDouble() >= 0 && discrepancy().getAsDouble() <= 100)) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "discrepancy " + discrepancy().getAsDouble()
                            + " is outside [0, 100] (an absolute difference of POMP scores)");
        }
        if (agreement().isPresent()
                && !(agreement().getAsDouble() >= 0 && agreement().getAsDouble() <= 1)) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "agreement " + agreement().getAsDouble() + " is outside [0, 1] (a share of items)");
        }
    }
}

package dev.intimacy.model.couple;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.internal.Builders;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How well one partner predicted the other's answers on one dimension.
 *
 * <p>Both numbers are in POMP points and are computed item by item, over the dimension's items that were
 * answered with a value both in the prediction and in the partner's own answers. For such an item the
 * difference is {@code d = 100·(x'_predicted − x'_own)/(max − min)}, on keyed answers; then
 *
 * <ul>
 *   <li>{@link #accuracy()} {@code = 100 − mean |d|}, in [0, 100]; 100 means every item was predicted
 *       exactly;
 *   <li>{@link #bias()} {@code = mean d}, in [−100, 100], and never more than {@code 100 − accuracy} in size; above 0 the predictor over-estimates the
 *       partner on this dimension (thinks the partner rates it higher than the partner does), below 0
 *       under-estimates.
 * </ul>
 *
 * <p>When too few items were answered in both, accuracy and bias are absent and {@link #reason()} says why.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDimensionUnderstanding.class)
@JsonDeserialize(as = ImmutableDimensionUnderstanding.class)
public abstract class DimensionUnderstanding {

    /** Returns the dimension. */
    public abstract Dimension dimension();

    /** Returns {@code 100 − mean |d|} in POMP points, in [0, 100], when enough items were compared. */
    public abstract OptionalDouble accuracy();

    /** Returns the mean signed difference {@code mean d} in POMP points, in [−100, 100], when compared. */
    public abstract OptionalDouble bias();

    /** Returns how many items were answered in both the prediction and the partner's own answers. */
    public abstract int itemsCompared();

    /** Returns how many items the dimension has; at least 1. */
    public abstract int expected();

    /** Returns why accuracy and bias are absent, when they are. */
    public abstract Optional<String> reason();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DimensionUnderstanding}; each single attribute may be set once. */
    public static final class Builder extends ImmutableDimensionUnderstanding.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public DimensionUnderstanding build() {
            return Builders.build("dimension understanding", super::build);
        }
    }

    /** Returns a short summary: the dimension and the accuracy, or that it is absent. */
    @Override
    public String toString() {
        return "DimensionUnderstanding[" + dimension() + ", "
                + (accuracy().isPresent()
                        ? String.format(Locale.ROOT, "accuracy=%.1f", accuracy().getAsDouble())
                        : "no accuracy")
                + "]";
    }

    @Value.Check
    final void check() {
        String where = "understanding of " + dimension() + ": ";
        if (expected() < 1 || itemsCompared() < 0 || itemsCompared() > expected()) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "itemsCompared " + itemsCompared() + " must lie in 0.." + expected()
                            + " and expected must be at least 1");
        }
        if (accuracy().isPresent() != bias().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE, where + "accuracy and bias must be present together");
        }
        if (accuracy().isPresent() == reason().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE, where + "give either accuracy and bias or the reason they are absent");
        }
        if (accuracy().isPresent()) {
            double a = accuracy().getAsDouble();
            double b = bias().getAsDouble();
            if (!(a >= 0 && a <= 100)) {
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE, where + "accuracy " + a + " is outside [0, 100]");
            }
            if (!(b >= -100 && b <= 100)) {
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE, where + "bias " + b + " is outside [-100, 100]");
            }
            if (Math.abs(b) > 100 - a + 1e-9) {
                // |mean d| <= mean |d| = 100 - accuracy, whatever the answers.
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE,
                        where + "|bias| " + Math.abs(b) + " exceeds 100 - accuracy " + (100 - a)
                                + " (impossible: |mean d| <= mean |d|)");
            }
            if (itemsCompared() == 0) {
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE, where + "an accuracy needs at least one item compared");
            }
        }
    }
}

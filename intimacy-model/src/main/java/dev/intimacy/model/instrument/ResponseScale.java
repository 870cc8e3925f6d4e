package dev.intimacy.model.instrument;

import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.internal.Builders;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A closed integer response scale {@code min..max} (for example 1..5), with optional labels per point.
 * In the bundled content pack the labels are text keys that a locale's texts resolve; an application's
 * own instrument may put plain labels there.
 *
 * <pre>{@code
 * ResponseScale agree5 = ResponseScale.of(1, 5);
 * agree5.reflect(2); // 4
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResponseScale.class)
@JsonDeserialize(as = ImmutableResponseScale.class)
public abstract class ResponseScale {

    /** Returns the lowest point of the scale. */
    public abstract int min();

    /** Returns the highest point of the scale, greater than {@link #min()}. */
    public abstract int max();

    /** Returns labels (or text keys) per point; each key lies in {@code min..max}; may be empty. */
    @Value.NaturalOrder
    public abstract SortedMap<Integer, String> labels();

    /**
     * Returns a scale without labels.
     *
     * @param min lowest point
     * @param max highest point, greater than min
     * @return the scale
     * @throws InvalidModelException with {@link ModelError#INVALID_SCALE} when {@code min >= max}
     */
    public static ResponseScale of(int min, int max) {
        return builder().min(min).max(max).build();
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ResponseScale}; each attribute may be set once. */
    public static final class Builder extends ImmutableResponseScale.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public ResponseScale build() {
            return Builders.build("response scale", super::build);
        }
    }

    /**
     * Tells whether a value is a point of this scale.
     *
     * @param value a candidate answer
     * @return true when {@code min <= value <= max}
     */
    public final boolean contains(int value) {
        return value >= min() && value <= max();
    }

    /**
     * Reflects a value around the midpoint: {@code min + max - value}. Applied twice it gives the value
     * back, and it maps the scale onto itself.
     *
     * @param value a point of the scale
     * @return the reflected point
     */
    public final int reflect(int value) {
        return min() + max() - value;
    }

    /** Returns the midpoint {@code (min + max) / 2}, possibly between two points. */
    public final double midpoint() {
        return (min() + max()) / 2.0;
    }

    /** Returns the number of points, {@code max - min + 1}. */
    public final int points() {
        return max() - min() + 1;
    }

    /** Returns the scale as text, {@code min..max}. */
    @Override
    public String toString() {
        return min() + ".." + max();
    }

    @Value.Check
    final void check() {
        if (min() >= max()) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCALE, "scale min " + min() + " must be below max " + max());
        }
        if ((long) max() - min() > 1000) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCALE,
                    "scale " + min() + ".." + max() + " has more than 1001 points (at most 1001 allowed)");
        }
        for (Map.Entry<Integer, String> e : labels().entrySet()) {
            if (!contains(e.getKey())) {
                throw new InvalidModelException(
                        ModelError.INVALID_SCALE,
                        "scale label for point " + e.getKey() + " is outside the scale " + this);
            }
            if (e.getValue().isBlank()) {
                throw new InvalidModelException(
                        ModelError.INVALID_SCALE, "scale label for point " + e.getKey() + " is blank");
            }
        }
    }
}

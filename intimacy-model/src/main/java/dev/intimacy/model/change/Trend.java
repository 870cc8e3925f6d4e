package dev.intimacy.model.change;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.internal.Builders;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The course of one dimension over a {@link Timeline}.
 *
 * <ul>
 *   <li>{@link #slopePerWeek()}: the ordinary least-squares slope of POMP on time, in POMP points per week
 *       (7 days of 86 400 s), over the {@link #points()} check-ins where the dimension was scored: {@code b =
 *       Σ(tᵢ − t̄)(yᵢ − ȳ) / Σ(tᵢ − t̄)²} with {@code t} in weeks. It needs at least two scored check-ins;
 *       otherwise it is absent and {@link #reason()} says why.
 *   <li>{@link #lastReliableChange()}: going through the check-ins where the dimension was scored, each
 *       compared with the previous such check-in, the latest comparison whose change is reliable (|RCI| &gt;
 *       1.96), with the times of its two check-ins in {@link #lastReliableChangeFrom()} and {@link
 *       #lastReliableChangeTo()}. Empty when no comparison is reliable.
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrend.class)
@JsonDeserialize(as = ImmutableTrend.class)
public abstract class Trend {

    /** Returns the dimension. */
    public abstract Dimension dimension();

    /** Returns how many check-ins scored the dimension. */
    public abstract int points();

    /** Returns the least-squares slope in POMP points per week, when at least two check-ins scored it. */
    public abstract OptionalDouble slopePerWeek();

    /** Returns why the slope is absent, when it is. */
    public abstract Optional<String> reason();

    /** Returns the latest reliable change between consecutive scored check-ins, when there is one. */
    public abstract Optional<DimensionChange> lastReliableChange();

    /** Returns the time of the earlier check-in of the last reliable change. */
    public abstract Optional<Instant> lastReliableChangeFrom();

    /** Returns the time of the later check-in of the last reliable change. */
    public abstract Optional<Instant> lastReliableChangeTo();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Trend}; each single attribute may be set once. */
    public static final class Builder extends ImmutableTrend.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public Trend build() {
            return Builders.build("trend", super::build);
        }
    }

    /** Returns a short summary: the dimension and the slope. */
    @Override
    public String toString() {
        return "Trend[" + dimension() + ", "
                + (slopePerWeek().isPresent()
                        ? String.format(
                                Locale.ROOT, "%+.2f per week", slopePerWeek().getAsDouble())
                        : "no slope")
                + lastReliableChange()
                        .map(c -> ", last reliable change " + c.changeClass().orElseThrow() + " at "
                                + lastReliableChangeTo().orElseThrow())
                        .orElse("")
                + "]";
    }

    @Value.Check
    final void check() {
        String where = "trend of " + dimension() + ": ";
        if (points() < 0) {
            throw new InvalidModelException(ModelError.INVALID_CHANGE, where + "points " + points() + " is negative");
        }
        if (slopePerWeek().isPresent() == reason().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE, where + "give either the slope or the reason it is absent");
        }
        if (slopePerWeek().isPresent()
                && (points() < 2 || !Double.isFinite(slopePerWeek().getAsDouble()))) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE, where + "a slope must be finite and needs at least 2 points");
        }
        boolean last = lastReliableChange().isPresent();
        if (last != lastReliableChangeFrom().isPresent()
                || last != lastReliableChangeTo().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE,
                    where + "lastReliableChange, lastReliableChangeFrom and lastReliableChangeTo go together");
        }
        if (last) {
            DimensionChange c = lastReliableChange().get();
            if (c.dimension() != dimension()
                    || c.changeClass().isEmpty()
                    || !c.changeClass().get().isReliable()) {
                throw new InvalidModelException(
                        ModelError.INVALID_CHANGE,
                        where + "lastReliableChange must be a reliable change of " + dimension());
            }
            if (!lastReliableChangeFrom().get().isBefore(lastReliableChangeTo().get())) {
                throw new InvalidModelException(
                        ModelError.INVALID_CHANGE,
                        where + "lastReliableChangeFrom must be before lastReliableChangeTo");
            }
        }
    }
}

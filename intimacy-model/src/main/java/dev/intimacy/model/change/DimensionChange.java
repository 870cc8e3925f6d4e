package dev.intimacy.model.change;

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
 * The change of one dimension between two profiles, with the Jacobson &amp; Truax (1991) Reliable Change
 * Index.
 *
 * <p><strong>Units.</strong> Everything is in POMP points (0..100) unless the name says otherwise: {@link
 * #difference()} {@code = POMP_after − POMP_before}; {@link #standardDeviation()} and {@link #sem()} are
 * converted to POMP points when their source gives them in scale points ({@code SD_pomp = SD_scale·100/(max −
 * min)}); only {@link #scoreDifference()} is in scale points (the change of the dimension's mean keyed
 * answer). The RCI is a ratio and has no unit:
 *
 * <pre>
 * SEM  = SD·√(1 − r)
 * RCI  = (x_after − x_before) / √(2·SEM²)
 * </pre>
 *
 * <p>{@link #reliableDifference()} {@code = 1.96·√(2·SEM²)} is the smallest {@code |difference|} that counts
 * as reliable. When either profile's dimension is insufficient the difference, RCI and class are absent and
 * {@link #reason()} says why; the reliability numbers are present regardless.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDimensionChange.class)
@JsonDeserialize(as = ImmutableDimensionChange.class)
public abstract class DimensionChange {

    /** Returns the dimension. */
    public abstract Dimension dimension();

    /** Returns the POMP before, when that profile's dimension was scored. */
    public abstract OptionalDouble beforePomp();

    /** Returns the POMP after, when that profile's dimension was scored. */
    public abstract OptionalDouble afterPomp();

    /** Returns {@code POMP_after − POMP_before} in POMP points, in [−100, 100], when both were scored. */
    public abstract OptionalDouble difference();

    /** Returns {@code mean_after − mean_before} in scale points (the dimension's mean keyed answer). */
    public abstract OptionalDouble scoreDifference();

    /** Returns the reliability coefficient {@code r} used, in [0, 1). */
    public abstract double reliability();

    /** Returns the standard deviation used, in POMP points; above 0. */
    public abstract double standardDeviation();

    /** Returns the standard error of measurement {@code SD·√(1 − r)}, in POMP points; above 0. */
    public abstract double sem();

    /** Returns the smallest reliable {@code |difference|}, {@code 1.96·√(2·SEM²)}, in POMP points. */
    public abstract double reliableDifference();

    /** Returns where {@code r} and the SD came from, e.g. "declared by the instrument". */
    public abstract String reliabilitySource();

    /** Returns the Reliable Change Index, when both profiles' dimension was scored. */
    public abstract OptionalDouble rci();

    /** Returns the classification of the RCI, present with it. */
    public abstract Optional<ChangeClass> changeClass();

    /** Returns why the difference is absent, when it is. */
    public abstract Optional<String> reason();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DimensionChange}; each single attribute may be set once. */
    public static final class Builder extends ImmutableDimensionChange.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public DimensionChange build() {
            return Builders.build("dimension change", super::build);
        }
    }

    /** Returns a short summary: the dimension, the RCI and its class. */
    @Override
    public String toString() {
        return "DimensionChange[" + dimension() + ", "
                + (rci().isPresent()
                        ? String.format(
                                Locale.ROOT,
                                "rci=%.2f, %s",
                                rci().getAsDouble(),
                                changeClass().orElseThrow())
                        : "not scored")
                + "]";
    }

    @Value.Check
    final void check() {
        String where = "change of " + dimension() + ": ";
        if (!(reliability() >= 0 && reliability() < 1)) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE, where + "reliability " + reliability() + " is outside [0, 1)");
        }
        if (!(standardDeviation() > 0 && Double.isFinite(standardDeviation()))
                || !(sem() > 0 && Double.isFinite(sem()))
                || !(reliableDifference() > 0 && Double.isFinite(reliableDifference()))) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE,
                    where + "standardDeviation " + standardDeviation() + ", sem " + sem() + " and reliableDifference "
                            + reliableDifference() + " must be finite and above 0");
        }
        if (reliabilitySource().isBlank()) {
            throw new InvalidModelException(ModelError.INVALID_CHANGE, where + "reliabilitySource is blank");
        }
        checkPomp(where, "beforePomp", beforePomp());
        checkPomp(where, "afterPomp", afterPomp());
        boolean both = beforePomp().isPresent() && afterPomp().isPresent();
        if (both != difference().isPresent()
                || both != scoreDifference().isPresent()
                || both != rci().isPresent()
                || both != changeClass().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE,
                    where + "difference, scoreDifference, rci and changeClass must be present exactly when both"
                            + " POMP scores are");
        }
        if (both == reason().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE, where + "a reason must be given exactly when a POMP score is absent");
        }
        if (both) {
            double d = difference().getAsDouble();
            if (!(d >= -100 && d <= 100)
                    || !Double.isFinite(rci().getAsDouble())
                    || !Double.isFinite(scoreDifference().getAsDouble())) {
                throw new InvalidModelException(
                        ModelError.INVALID_CHANGE,
                        where + "difference " + d + " must lie in [-100, 100] and the RCI and scoreDifference must be"
                                + " finite");
            }
        }
    }

    private static void checkPomp(String where, String field, OptionalDouble pomp) {
        if (pomp.isPresent() && !(pomp.getAsDouble() >= 0 && pomp.getAsDouble() <= 100)) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE, where + field + " " + pomp.getAsDouble() + " is outside [0, 100]");
        }
    }
}

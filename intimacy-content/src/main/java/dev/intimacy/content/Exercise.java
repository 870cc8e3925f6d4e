package dev.intimacy.content;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.internal.Builders;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An exercise for one {@link Dimension}: a title, a goal and ordered steps (all as text keys), an estimated
 * duration in minutes, whether it is done alone or together, and the conditions under which it is withheld.
 *
 * <pre>{@code
 * Exercise exercise = Exercise.builder()
 *         .id(ContentId.of("ex-tru-01"))
 *         .dimension(Dimension.TRUST)
 *         .titleKey("exercise.ex-tru-01.title")
 *         .goalKey("exercise.ex-tru-01.goal")
 *         .minutes(15)
 *         .mode(ExerciseMode.TOGETHER)
 *         .addStepKeys("exercise.ex-tru-01.step.1", "exercise.ex-tru-01.step.2", "exercise.ex-tru-01.step.3")
 *         .addAvoidWhen(AvoidFlag.SAFETY_CONCERN)
 *         .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExercise.class)
@JsonDeserialize(as = ImmutableExercise.class)
public abstract class Exercise {

    /** Returns the exercise's id, unique among the pack's content ids. */
    public abstract ContentId id();

    /** Returns the dimension the exercise nurtures. */
    public abstract Dimension dimension();

    /** Returns the text key of the title. */
    public abstract String titleKey();

    /** Returns the text key of the goal. */
    public abstract String goalKey();

    /** Returns the estimated duration in minutes, at least 1. */
    public abstract int minutes();

    /** Returns whether the exercise is done alone or together. */
    public abstract ExerciseMode mode();

    /** Returns the text keys of the steps, in order; never empty. A pack allows 3 to 7. */
    public abstract List<String> stepKeys();

    /** Returns the conditions under which the exercise is withheld; may be empty. */
    public abstract Set<AvoidFlag> avoidWhen();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Exercise}; each single attribute may be set once. */
    public static final class Builder extends ImmutableExercise.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the exercise
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         * @throws ContentException with {@link ContentError#INVALID_VALUE} when there are no steps, the minutes
         *     are below 1 or a key is blank
         */
        @Override
        public Exercise build() {
            return Builders.build("exercise", super::build);
        }
    }

    /** Returns {@code Exercise[id, dimension, N steps]}. */
    @Override
    public String toString() {
        return "Exercise[" + id() + ", " + dimension() + ", " + stepKeys().size() + " steps]";
    }

    @Value.Check
    final void check() {
        if (stepKeys().isEmpty()) {
            throw new ContentException(ContentError.INVALID_VALUE, "exercise " + id() + ": has no steps");
        }
        if (minutes() < 1) {
            throw new ContentException(
                    ContentError.INVALID_VALUE, "exercise " + id() + ": minutes " + minutes() + " is below 1");
        }
        if (titleKey().isBlank() || goalKey().isBlank() || stepKeys().stream().anyMatch(String::isBlank)) {
            throw new ContentException(ContentError.INVALID_VALUE, "exercise " + id() + ": a text key is blank");
        }
    }
}

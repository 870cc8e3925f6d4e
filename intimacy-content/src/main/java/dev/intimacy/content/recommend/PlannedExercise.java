package dev.intimacy.content.recommend;

import dev.intimacy.content.Exercise;
import dev.intimacy.model.internal.Builders;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** An exercise chosen for a plan, with its texts in the plan's locale. */
@Value.Immutable
@JsonSerialize(as = ImmutablePlannedExercise.class)
@JsonDeserialize(as = ImmutablePlannedExercise.class)
public abstract class PlannedExercise {

    /** Returns the exercise. */
    public abstract Exercise exercise();

    /** Returns the title's text. */
    public abstract String title();

    /** Returns the goal's text. */
    public abstract String goal();

    /** Returns the steps' texts, in order. */
    public abstract List<String> steps();

    /** Returns true when the exercise was used before: its dimension's pool was used up. */
    public abstract boolean repeat();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PlannedExercise}; each single attribute may be set once. */
    public static final class Builder extends ImmutablePlannedExercise.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the planned exercise
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         */
        @Override
        public PlannedExercise build() {
            return Builders.build("planned exercise", super::build);
        }
    }
}

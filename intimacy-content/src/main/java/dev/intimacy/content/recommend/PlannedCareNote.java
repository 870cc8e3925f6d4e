package dev.intimacy.content.recommend;

import dev.intimacy.content.CareNote;
import dev.intimacy.model.internal.Builders;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A care note included in a plan, with its text in the plan's locale. Show it before the prompts. */
@Value.Immutable
@JsonSerialize(as = ImmutablePlannedCareNote.class)
@JsonDeserialize(as = ImmutablePlannedCareNote.class)
public abstract class PlannedCareNote {

    /** Returns the care note. */
    public abstract CareNote note();

    /** Returns the note's text. */
    public abstract String text();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PlannedCareNote}; each attribute may be set once. */
    public static final class Builder extends ImmutablePlannedCareNote.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the planned care note
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         */
        @Override
        public PlannedCareNote build() {
            return Builders.build("planned care note", super::build);
        }
    }
}

package dev.intimacy.content.recommend;

import dev.intimacy.content.Prompt;
import dev.intimacy.model.internal.Builders;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A prompt chosen for a plan, with its texts in the plan's locale. */
@Value.Immutable
@JsonSerialize(as = ImmutablePlannedPrompt.class)
@JsonDeserialize(as = ImmutablePlannedPrompt.class)
public abstract class PlannedPrompt {

    /** Returns the prompt. */
    public abstract Prompt prompt();

    /** Returns the question's text. */
    public abstract String text();

    /** Returns the follow-up question's text, when the prompt has one. */
    public abstract Optional<String> followUp();

    /** Returns true when the prompt was used before: its dimension's pool was used up. */
    public abstract boolean repeat();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PlannedPrompt}; each attribute may be set once. */
    public static final class Builder extends ImmutablePlannedPrompt.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the planned prompt
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         */
        @Override
        public PlannedPrompt build() {
            return Builders.build("planned prompt", super::build);
        }
    }
}

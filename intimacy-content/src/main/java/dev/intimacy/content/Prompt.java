package dev.intimacy.content;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.internal.Builders;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A conversation prompt: a question for the two partners to talk about, for one {@link Dimension}, at a
 * depth from 1 (light) through 2 (personal) to 3 (deep). It holds text keys, not texts: resolve them with
 * {@link ContentPack#texts(java.util.Locale)}.
 *
 * <pre>{@code
 * Prompt prompt = Prompt.builder()
 *         .id(ContentId.of("pr-dis-01"))
 *         .dimension(Dimension.DISCLOSURE)
 *         .depth(1)
 *         .textKey("prompt.pr-dis-01")
 *         .addTags(PromptTag.EVERYDAY)
 *         .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrompt.class)
@JsonDeserialize(as = ImmutablePrompt.class)
public abstract class Prompt {

    /** The lightest depth. */
    public static final int MIN_DEPTH = 1;

    /** The deepest depth. */
    public static final int MAX_DEPTH = 3;

    /** Returns the prompt's id, unique among the pack's content ids. */
    public abstract ContentId id();

    /** Returns the dimension the prompt nurtures. */
    public abstract Dimension dimension();

    /** Returns the depth: 1 light, 2 personal, 3 deep. */
    public abstract int depth();

    /** Returns the text key of the question. */
    public abstract String textKey();

    /** Returns the text key of an optional follow-up question. */
    public abstract Optional<String> followUpKey();

    /** Returns the prompt's tags; may be empty. */
    public abstract Set<PromptTag> tags();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Prompt}; each single attribute may be set once. */
    public static final class Builder extends ImmutablePrompt.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the prompt
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         * @throws ContentException with {@link ContentError#INVALID_VALUE} when the depth is outside 1..3 or a
         *     key is blank
         */
        @Override
        public Prompt build() {
            return Builders.build("prompt", super::build);
        }
    }

    /** Returns {@code Prompt[id, dimension, depth]}. */
    @Override
    public String toString() {
        return "Prompt[" + id() + ", " + dimension() + ", depth " + depth() + "]";
    }

    @Value.Check
    final void check() {
        if (depth() < MIN_DEPTH || depth() > MAX_DEPTH) {
            throw new ContentException(
                    ContentError.INVALID_VALUE,
                    "prompt " + id() + ": depth " + depth() + " is outside " + MIN_DEPTH + ".." + MAX_DEPTH);
        }
        if (textKey().isBlank() || followUpKey().filter(String::isBlank).isPresent()) {
            throw new ContentException(ContentError.INVALID_VALUE, "prompt " + id() + ": a text key is blank");
        }
    }
}

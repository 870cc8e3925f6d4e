package dev.intimacy.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.intimacy.content.internal.Syntax;
import dev.intimacy.model.Identifier;

/**
 * The identifier of a piece of content in a pack: a prompt, an exercise or a care note, for example
 * {@code pr-dis-01}, {@code ex-tru-03} or {@code care-trust-low}. Prompts, exercises and care notes share one
 * namespace, so that a history of used content is a plain list of ids.
 *
 * <p>Rules: 1 to 64 characters, lower-case ASCII letters, digits and {@code -}, starting with a letter or
 * digit.
 *
 * <p>Create one with {@link #of(String)}, for example {@code ContentId.of("pr-dis-01")}. In JSON it is a plain string.
 */
public final class ContentId extends Identifier<ContentId> {

    private ContentId(String value) {
        super(value);
    }

    /**
     * Returns the content id with the given value.
     *
     * @param value the identifier's text
     * @return the identifier
     * @throws ContentException with {@link ContentError#INVALID_ID} when the value breaks the rules above;
     *     the message names the rule broken
     */
    @JsonCreator
    public static ContentId of(String value) {
        String problem = Syntax.idProblem(value);
        if (problem != null) {
            throw new ContentException(ContentError.INVALID_ID, "content id " + problem);
        }
        return new ContentId(value);
    }

    /**
     * Tells whether a text is a valid content id.
     *
     * @param value a candidate
     * @return true when {@link #of(String)} would accept it
     */
    public static boolean isValid(String value) {
        return Syntax.idProblem(value) == null;
    }
}

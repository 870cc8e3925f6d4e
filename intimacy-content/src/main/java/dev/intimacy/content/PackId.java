package dev.intimacy.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.intimacy.content.internal.Syntax;
import dev.intimacy.model.Identifier;

/**
 * The identifier of a content pack, for example {@code core}.
 *
 * <p>Rules: 1 to 64 characters, lower-case ASCII letters, digits and {@code -}, starting with a letter or
 * digit.
 *
 * <p>Create one with {@link #of(String)}, for example {@code PackId.of("core")}. In JSON it is a plain string.
 */
public final class PackId extends Identifier<PackId> {

    private PackId(String value) {
        super(value);
    }

    /**
     * Returns the pack id with the given value.
     *
     * @param value the identifier's text
     * @return the identifier
     * @throws ContentException with {@link ContentError#INVALID_ID} when the value breaks the rules above;
     *     the message names the rule broken
     */
    @JsonCreator
    public static PackId of(String value) {
        String problem = Syntax.idProblem(value);
        if (problem != null) {
            throw new ContentException(ContentError.INVALID_ID, "pack id " + problem);
        }
        return new PackId(value);
    }

    /**
     * Tells whether a text is a valid pack id.
     *
     * @param value a candidate
     * @return true when {@link #of(String)} would accept it
     */
    public static boolean isValid(String value) {
        return Syntax.idProblem(value) == null;
    }
}

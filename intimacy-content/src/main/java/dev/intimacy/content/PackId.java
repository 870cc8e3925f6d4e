package dev.intimacy.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.intimacy.content.internal.Syntax;

/**
 * The identifier of a content pack, for example {@code core}.
 *
 * <p>Rules: 1 to 64 characters, lower-case ASCII letters, digits and {@code -}, starting with a letter or
 * digit.
 *
 * <p>Create one with {@link #of(String)}, for example {@code PackId.of("core")}. In JSON it is a plain string.
 */
public final class PackId implements Comparable<PackId> {
    private final String value;

    private PackId(String value) {
        this.value = value;
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

    /**
     * Returns the identifier's text.
     *
     * @return the value given to {@link #of(String)}
     */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public int compareTo(PackId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns the identifier's text, as {@link #value()}. */
    @Override
    public String toString() {
        return value;
    }
}

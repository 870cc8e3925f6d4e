package dev.intimacy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.intimacy.model.internal.Identifiers;

/**
 * The identifier of a respondent: a pseudonymous id chosen by the application. Do not use names or e-mail addresses.
 *
 * <p>Rules: 1 to 128 Unicode characters (code points), not blank, no control, format or line-break characters, no leading or trailing whitespace. Any other character is allowed, so ids exported from survey tools fit; output that renders ids (HTML, CSV) must escape them.
 *
 * <p>Create one with {@link #of(String)}, for example {@code RespondentId.of("r-1042")}. In JSON it is a plain string.
 */
public final class RespondentId implements Comparable<RespondentId> {
    private final String value;

    private RespondentId(String value) {
        this.value = value;
    }

    /**
     * Returns the respondent id with the given value.
     *
     * @param value the identifier's text
     * @return the identifier
     * @throws InvalidModelException with {@link ModelError#INVALID_ID} when the value breaks the rules
     *     above; the message names the rule broken
     */
    @JsonCreator
    public static RespondentId of(String value) {
        return new RespondentId(Identifiers.requireName("respondent id", value));
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
    public int compareTo(RespondentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RespondentId other && value.equals(other.value);
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

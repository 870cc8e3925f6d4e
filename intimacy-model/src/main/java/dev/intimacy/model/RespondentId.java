package dev.intimacy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.intimacy.model.internal.Identifiers;

/**
 * The identifier of a respondent: a pseudonymous id chosen by the application. Do not use names or e-mail addresses.
 *
 * <p>Rules: 1 to 128 Unicode characters (code points), not blank, no control, format or line-break characters, no leading or trailing whitespace. Any other character is allowed, so ids exported from survey tools fit; output that renders ids (HTML, CSV) must escape them.
 *
 * <p>Create one with {@link #of(String)}, for example {@code RespondentId.of("r-1042")}. In JSON it is a plain string.
 */
public final class RespondentId extends Identifier<RespondentId> {

    private RespondentId(String value) {
        super(value);
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
}

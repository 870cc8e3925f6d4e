package dev.intimacy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.intimacy.model.internal.Identifiers;

/**
 * The identifier of a dyad (a couple).
 *
 * <p>Rules: 1 to 128 Unicode characters (code points), not blank, no control, format or line-break characters, no leading or trailing whitespace. Any other character is allowed, so ids exported from survey tools fit; output that renders ids (HTML, CSV) must escape them.
 *
 * <p>Create one with {@link #of(String)}, for example {@code DyadId.of("couple-17")}. In JSON it is a plain string.
 */
public final class DyadId extends Identifier<DyadId> {

    private DyadId(String value) {
        super(value);
    }

    /**
     * Returns the dyad id with the given value.
     *
     * @param value the identifier's text
     * @return the identifier
     * @throws InvalidModelException with {@link ModelError#INVALID_ID} when the value breaks the rules
     *     above; the message names the rule broken
     */
    @JsonCreator
    public static DyadId of(String value) {
        return new DyadId(Identifiers.requireName("dyad id", value));
    }
}

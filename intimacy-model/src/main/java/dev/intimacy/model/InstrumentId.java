package dev.intimacy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.intimacy.model.internal.Identifiers;

/**
 * The identifier of an instrument (a questionnaire), for example {@code intimacy-core}.
 *
 * <p>Rules: 1 to 64 characters, ASCII letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit.
 *
 * <p>Create one with {@link #of(String)}, for example {@code InstrumentId.of("intimacy-core")}. In JSON it is a plain string.
 */
public final class InstrumentId extends Identifier<InstrumentId> {

    private InstrumentId(String value) {
        super(value);
    }

    /**
     * Returns the instrument id with the given value.
     *
     * @param value the identifier's text
     * @return the identifier
     * @throws InvalidModelException with {@link ModelError#INVALID_ID} when the value breaks the rules
     *     above; the message names the rule broken
     */
    @JsonCreator
    public static InstrumentId of(String value) {
        return new InstrumentId(Identifiers.requireCode("instrument id", value));
    }
}

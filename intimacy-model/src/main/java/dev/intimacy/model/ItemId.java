package dev.intimacy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.intimacy.model.internal.Identifiers;

/**
 * The identifier of an item within an instrument, for example {@code TRU-04}.
 *
 * <p>Rules: 1 to 64 characters, ASCII letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit.
 *
 * <p>Create one with {@link #of(String)}, for example {@code ItemId.of("TRU-04")}. In JSON it is a plain string.
 */
public final class ItemId extends Identifier<ItemId> {

    private ItemId(String value) {
        super(value);
    }

    /**
     * Returns the item id with the given value.
     *
     * @param value the identifier's text
     * @return the identifier
     * @throws InvalidModelException with {@link ModelError#INVALID_ID} when the value breaks the rules
     *     above; the message names the rule broken
     */
    @JsonCreator
    public static ItemId of(String value) {
        return new ItemId(Identifiers.requireCode("item id", value));
    }
}

package dev.intimacy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.intimacy.model.internal.Identifiers;

/**
 * The identifier of an item within an instrument, for example {@code TRU-04}.
 *
 * <p>Rules: 1 to 64 characters, ASCII letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit.
 *
 * <p>Create one with {@link #of(String)}, for example {@code ItemId.of("TRU-04")}. In JSON it is a plain string.
 */
public final class ItemId implements Comparable<ItemId> {
    private final String value;

    private ItemId(String value) {
        this.value = value;
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
    public int compareTo(ItemId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemId other && value.equals(other.value);
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

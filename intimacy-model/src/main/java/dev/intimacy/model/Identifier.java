package dev.intimacy.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The common shape of the SDK's typed identifiers: an immutable, already validated text, written in JSON
 * as a plain string, equal to another identifier of the same type with the same text, and ordered by its
 * text. Each subtype documents its own rules and creates instances with a static {@code of(String)}.
 *
 * @param <T> the identifier type, for {@link Comparable}
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {
    private final String value;

    /**
     * Creates an identifier; subtypes check {@code value} against their rules first.
     *
     * @param value the validated text
     */
    protected Identifier(String value) {
        this.value = value;
    }

    /**
     * Returns the identifier's text.
     *
     * @return the value given to the subtype's {@code of(String)}
     */
    @JsonValue
    public final String value() {
        return value;
    }

    @Override
    public final int compareTo(T other) {
        return value.compareTo(other.value());
    }

    /** Returns true for an identifier of the same type with the same text. */
    // getClass, not instanceof: an ItemId "a" is not the InstrumentId "a", and subtypes are final.
    @SuppressWarnings("EqualsGetClass")
    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && value.equals(((Identifier<?>) o).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** Returns the identifier's text, as {@link #value()}. */
    @Override
    public final String toString() {
        return value;
    }
}

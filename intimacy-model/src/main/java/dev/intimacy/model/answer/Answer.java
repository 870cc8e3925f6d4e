package dev.intimacy.model.answer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One answer to one item: a value on the scale, or <em>skipped</em> (no answer given), or
 * <em>declined</em> ("prefer not to say"). Skipped and declined are different facts and stay different;
 * both count as missing when scoring.
 *
 * <p>{@code toString()} never shows the value: it prints {@code Answer[answered]}, {@code
 * Answer[skipped]} or {@code Answer[declined]}. In JSON an answer is a whole number, or the string {@code
 * "skipped"} or {@code "declined"}.
 */
public final class Answer {

    /** The three kinds of answer. */
    public enum Kind {
        /** A value was given. */
        VALUE,
        /** No answer was given. */
        SKIPPED,
        /** The respondent chose "prefer not to say". */
        DECLINED
    }

    private static final Answer SKIPPED = new Answer(Kind.SKIPPED, 0);
    private static final Answer DECLINED = new Answer(Kind.DECLINED, 0);

    private final Kind kind;
    private final int value;

    private Answer(Kind kind, int value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * Returns an answer with a value. Whether the value lies on the instrument's scale is checked when
     * the assessment is checked against its instrument.
     *
     * @param value the value given
     * @return the answer
     */
    public static Answer of(int value) {
        return new Answer(Kind.VALUE, value);
    }

    /** Returns the skipped answer. */
    public static Answer skipped() {
        return SKIPPED;
    }

    /** Returns the declined ("prefer not to say") answer. */
    public static Answer declined() {
        return DECLINED;
    }

    /** Returns the kind of answer. */
    public Kind kind() {
        return kind;
    }

    /** Returns true when a value was given. */
    public boolean isValue() {
        return kind == Kind.VALUE;
    }

    /** Returns the value, or empty when skipped or declined. */
    public OptionalInt value() {
        return kind == Kind.VALUE ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /**
     * Returns the value, or the fallback when skipped or declined. Handy on hot paths.
     *
     * @param fallback what to return when there is no value
     * @return the value or the fallback
     */
    public int valueOr(int fallback) {
        return kind == Kind.VALUE ? value : fallback;
    }

    /** Returns the JSON form: the value, or "skipped" or "declined". */
    @JsonValue
    Object toJson() {
        return switch (kind) {
            case VALUE -> value;
            case SKIPPED -> "skipped";
            case DECLINED -> "declined";
        };
    }

    /**
     * Reads the JSON form.
     *
     * @param json a whole number, or "skipped" or "declined"
     * @return the answer
     * @throws InvalidModelException with {@link ModelError#INVALID_ANSWER} for anything else
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Answer fromJson(Object json) {
        if (json instanceof Integer || json instanceof Short || json instanceof Byte) {
            return of(((Number) json).intValue());
        }
        if (json instanceof String text) {
            String s = text.trim().toLowerCase(Locale.ROOT);
            if (s.equals("skipped")) {
                return SKIPPED;
            }
            if (s.equals("declined")) {
                return DECLINED;
            }
            throw new InvalidModelException(
                    ModelError.INVALID_ANSWER,
                    "answer text is not understood (expected a whole number, \"skipped\" or \"declined\")");
        }
        String got = json instanceof Number
                ? "a number that is not a whole number in the int range"
                : "a " + json.getClass().getSimpleName();
        throw new InvalidModelException(
                ModelError.INVALID_ANSWER,
                "answer is " + got + " (expected a whole number, \"skipped\" or \"declined\")");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answer other && other.kind == kind && other.value == value;
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + value;
    }

    /** Returns {@code Answer[answered]}, {@code Answer[skipped]} or {@code Answer[declined]}; never the value. */
    @Override
    public String toString() {
        return kind == Kind.VALUE ? "Answer[answered]" : "Answer[" + kind.name().toLowerCase(Locale.ROOT) + "]";
    }
}

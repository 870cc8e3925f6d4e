package dev.intimacy.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benefits of emotional intimacy (the seed article's section 6), modelled as <em>outcomes</em>: an
 * instrument may carry a short outcome scale whose items each name one benefit. Outcome items are scored
 * into one separate outcome score and are never mixed into the six {@link Dimension dimensions}.
 */
public enum Benefit {
    /** Feeling close and bonded. */
    CLOSENESS,
    /** Security and a sense of belonging. */
    SECURITY,
    /** Satisfaction with the relationship. */
    SATISFACTION,
    /** Stress from the relationship; an outcome item about it is usually reverse-keyed. */
    STRESS,
    /** Emotional well-being. */
    WELL_BEING,
    /** Confidence in the future together. */
    FUTURE;

    /**
     * Returns the stable code of this benefit as written in JSON.
     *
     * @return the upper-case code
     */
    public String code() {
        return name();
    }

    /**
     * Returns the lower-case key, used in text keys.
     *
     * @return the lower-case code
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a benefit by its code, ignoring case.
     *
     * @param code a benefit code such as {@code "STRESS"}
     * @return the benefit
     * @throws InvalidModelException with {@link ModelError#UNKNOWN_CODE} when no benefit has that code
     */
    public static Benefit fromCode(String code) {
        for (Benefit b : values()) {
            if (b.name().equalsIgnoreCase(code)) {
                return b;
            }
        }
        throw new InvalidModelException(
                ModelError.UNKNOWN_CODE,
                "unknown benefit '" + code + "' (expected one of "
                        + Arrays.stream(values()).map(Benefit::code).collect(Collectors.joining(", "))
                        + ")");
    }
}

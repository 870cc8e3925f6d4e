package dev.intimacy.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The six dimensions of emotional intimacy, in their fixed order. This set is closed: instruments,
 * items, prompts and exercises are open data, but they always refer to one of these six.
 *
 * <p>The {@link #code() code} of a dimension is stable and is what appears in JSON and CSV files; the
 * {@link #key() key} is its lower-case form, used in column names such as {@code trust_mean}.
 */
public enum Dimension {
    /** Sharing &amp; authenticity: sharing thoughts, feelings and dreams; being one's authentic self. */
    DISCLOSURE,
    /** Trust &amp; safety: a safe, supportive relationship; confidence that the partner responds with care. */
    TRUST,
    /** Openness to vulnerability: being open about fears and insecurities; comfort being seen. */
    VULNERABILITY,
    /** Communication: active listening, validating emotions, expressing oneself without judgment. */
    COMMUNICATION,
    /** Empathy &amp; understanding: taking the partner's perspective and validating their experience. */
    EMPATHY,
    /** Nurturing &amp; shared life: quality time, support in hard times, celebrating successes. */
    NURTURING;

    /**
     * Returns the stable code of this dimension, as written in JSON (for example {@code "TRUST"}).
     *
     * @return the upper-case code; never changes between releases
     */
    public String code() {
        return name();
    }

    /**
     * Returns the lower-case key of this dimension (for example {@code "trust"}), used in CSV column
     * names and text keys.
     *
     * @return the lower-case code
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a dimension by its code, ignoring case.
     *
     * @param code a dimension code such as {@code "TRUST"} or {@code "trust"}
     * @return the dimension
     * @throws InvalidModelException with {@link ModelError#UNKNOWN_CODE} when no dimension has that code;
     *     the message lists the allowed codes
     */
    public static Dimension fromCode(String code) {
        for (Dimension d : values()) {
            if (d.name().equalsIgnoreCase(code)) {
                return d;
            }
        }
        throw new InvalidModelException(
                ModelError.UNKNOWN_CODE, "unknown dimension '" + code + "' (expected one of " + allowed() + ")");
    }

    static String allowed() {
        return Arrays.stream(values()).map(Dimension::code).collect(Collectors.joining(", "));
    }
}

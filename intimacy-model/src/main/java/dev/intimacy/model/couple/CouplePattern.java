package dev.intimacy.model.couple;

import java.util.Locale;

/**
 * How the two partners of a couple stand on one dimension, seen together. The scoring module assigns the
 * pattern by documented, configurable rules (see {@code dev.intimacy.scoring.couple.PatternRules}); by
 * default the first rule that applies wins, in this order: {@link #DISCREPANT}, {@link #SHARED_STRENGTH},
 * {@link #SHARED_GROWTH}, {@link #MIXED}.
 *
 * <p>The names are stable: the content pack's couple interpretations refer to them.
 */
public enum CouplePattern {
    /** Both partners experience the dimension as a strength. */
    SHARED_STRENGTH,
    /** Both partners experience the dimension as a place to grow. */
    SHARED_GROWTH,
    /** The partners experience the dimension quite differently (their scores lie far apart). */
    DISCREPANT,
    /** None of the above: partly alike, partly different. */
    MIXED;

    /** Returns the stable code, as written in JSON (for example {@code "SHARED_STRENGTH"}). */
    public String code() {
        return name();
    }

    /** Returns the lower-case key used in text keys (for example {@code "shared_strength"}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

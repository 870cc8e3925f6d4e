package dev.intimacy.content;

/**
 * How the two partners' scores on one dimension relate, as far as the couple interpretations of a pack are
 * concerned. The codes are those of {@code interpretations.json}; whoever computes a couple's pattern maps it
 * to one of these.
 */
public enum InterpretationPattern {
    /** Both partners see the dimension as a strength. */
    SHARED_STRENGTH,
    /** Both partners see the dimension as a place to grow. */
    SHARED_GROWTH,
    /** The partners see the dimension very differently. */
    DISCREPANT,
    /** Neither shared nor far apart. */
    MIXED
}

package dev.intimacy.model.instrument;

/** How an item's answer relates to its dimension. */
public enum Keying {
    /** Agreeing more means more of the dimension; the answer is used as it is. */
    POSITIVE,
    /**
     * Agreeing more means less of the dimension; the answer is reflected around the scale's midpoint,
     * {@code x' = min + max - x}, before scoring.
     */
    REVERSE
}

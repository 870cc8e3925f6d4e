package dev.intimacy.model.result;

/**
 * A coarse band for a score. By default bands are criterion-referenced on POMP: growth below 50,
 * developing from 50 to below 75, strength from 75; with norms they are set on T scores. The engine's
 * cut points are configurable.
 */
public enum Band {
    /** A place to grow. */
    GROWTH,
    /** On the way. */
    DEVELOPING,
    /** A strength. */
    STRENGTH
}

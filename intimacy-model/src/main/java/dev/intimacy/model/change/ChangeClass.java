package dev.intimacy.model.change;

/**
 * The Jacobson &amp; Truax classification of a change on one dimension, from its Reliable Change Index
 * {@code RCI}: beyond ±1.96 the change is larger than measurement error would produce in 95% of cases.
 * Every dimension is scored so that higher means more intimacy, so a rise is an improvement.
 */
public enum ChangeClass {
    /** {@code RCI > 1.96}: the score rose by more than measurement error explains. */
    RELIABLE_IMPROVEMENT,
    /** {@code −1.96 ≤ RCI ≤ 1.96}: the change is within what measurement error explains. */
    NO_RELIABLE_CHANGE,
    /** {@code RCI < −1.96}: the score fell by more than measurement error explains. */
    RELIABLE_DETERIORATION;

    /** Returns true for a reliable improvement or a reliable deterioration. */
    public boolean isReliable() {
        return this != NO_RELIABLE_CHANGE;
    }
}

package dev.intimacy.content;

/** How an exercise is done. */
public enum ExerciseMode {
    /** Each partner on their own (they may share the result afterwards). */
    ALONE,
    /** The two partners together. */
    TOGETHER
}

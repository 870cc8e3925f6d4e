package dev.intimacy.model.result;

/** How a scale score came about. */
public enum ScoreStatus {
    /** Every item was answered. */
    COMPLETE,
    /** Some items were missing; the score is the mean of the answered ones, as the policy allows. */
    PRORATED,
    /** Too few items were answered for the policy; there is no score, and a reason says why. */
    INSUFFICIENT
}

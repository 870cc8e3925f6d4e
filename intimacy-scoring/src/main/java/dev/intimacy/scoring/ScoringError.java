package dev.intimacy.scoring;

import dev.intimacy.model.ErrorCode;

/** The error codes of the scoring module. */
public enum ScoringError implements ErrorCode {
    /** The engine was configured wrongly (weights, cut points, norms or item weights). */
    INVALID_CONFIGURATION,
    /** No scoring strategy has the requested id. */
    UNKNOWN_STRATEGY,
    /** Two scoring strategies share an id. */
    DUPLICATE_STRATEGY,
    /** A strategy broke its contract (a score outside its declared range, not finite). */
    STRATEGY_FAILED,
    /** A response matrix is malformed or holds a value outside the scale. */
    INVALID_MATRIX,
    /** Norms cannot be built or do not fit. */
    INVALID_NORMS,
    /**
     * An analysis cannot be run on the sample given: a reliability analysis, statistics across couples
     * (mixed instruments, a respondent in two couples) or a timeline (no check-ins, two at the same time).
     */
    INVALID_SAMPLE,
    /**
     * Two assessments cannot be scored as a couple: different instruments or versions, the same respondent
     * twice, a prediction given as a partner's own answers, a respondent outside the given dyad.
     */
    COUPLE_MISMATCH,
    /**
     * A prediction does not fit: it is not a prediction, it predicts someone other than the predictor's
     * partner, it is for another instrument, or two predictions go the same way.
     */
    INVALID_PREDICTION,
    /**
     * Two profiles cannot be compared for change: different respondents, instruments, versions or scoring
     * strategies, or check-ins out of order.
     */
    CHANGE_MISMATCH,
    /**
     * The Reliable Change Index needs a reliability and a standard deviation for a dimension and none is
     * available: the instrument declares none and no usable reliability report was given.
     */
    NO_RELIABILITY;

    @Override
    public String code() {
        return "SCORING_" + name();
    }
}

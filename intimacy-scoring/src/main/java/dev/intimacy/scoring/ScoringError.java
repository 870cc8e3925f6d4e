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
    /** A reliability analysis cannot be run on the data given. */
    INVALID_SAMPLE;

    @Override
    public String code() {
        return "SCORING_" + name();
    }
}

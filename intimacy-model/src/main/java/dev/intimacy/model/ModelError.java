package dev.intimacy.model;

/** The error codes of the domain model. */
public enum ModelError implements ErrorCode {
    /** An identifier breaks its documented rules (blank, too long, a character not allowed). */
    INVALID_ID,
    /** A code names no known dimension, benefit or other closed-set value. */
    UNKNOWN_CODE,
    /** A semantic version does not have the form {@code MAJOR.MINOR.PATCH}. */
    INVALID_VERSION,
    /** A response scale is malformed (min not below max, labels outside the range, blank labels). */
    INVALID_SCALE,
    /** An item is malformed (no construct, or both a dimension and a benefit, blank text key). */
    INVALID_ITEM,
    /** Two items of one instrument share an id. */
    DUPLICATE_ITEM,
    /** An instrument is malformed (no items, a covered dimension without items, an item outside the coverage). */
    INVALID_INSTRUMENT,
    /** A missing-data policy is malformed. */
    INVALID_POLICY,
    /** A declared reliability is outside its allowed range. */
    INVALID_RELIABILITY,
    /** An answer value is not a whole number, or an answer has an unknown kind. */
    INVALID_ANSWER,
    /** An assessment is malformed on its own (for example it predicts its own respondent). */
    INVALID_ASSESSMENT,
    /** An assessment does not fit its instrument; the exception lists every problem. */
    ASSESSMENT_MISMATCH,
    /** A dyad is malformed (the same respondent twice, a label for someone outside the pair). */
    INVALID_DYAD,
    /** A score or profile is inconsistent (a POMP outside 0..100, counts that do not add up). */
    INVALID_SCORE,
    /**
     * A couple result is inconsistent (the same respondent twice, an agreement outside [0, 1], a negative
     * discrepancy, a partner's score that differs from the one in their profile).
     */
    INVALID_COUPLE,
    /** A change or timeline result is inconsistent (an RCI without its class, a SEM that is not above 0). */
    INVALID_CHANGE,
    /** A required field was not given. */
    MISSING_FIELD,
    /** JSON could not be read: malformed, an unknown or duplicate property, a wrong type. */
    INVALID_JSON;

    @Override
    public String code() {
        return "MODEL_" + name();
    }
}

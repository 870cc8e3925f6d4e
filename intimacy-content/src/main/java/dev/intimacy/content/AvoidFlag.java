package dev.intimacy.content;

/** A condition under which an exercise is withheld from a plan. */
public enum AvoidFlag {
    /**
     * Withheld when the care-note condition holds: trust in the growth band, the composite index in the
     * growth band, or a safety item answered in the concern range.
     */
    SAFETY_CONCERN,
    /** Withheld when the partners are discrepant on trust or communication (declared by the caller). */
    HIGH_CONFLICT
}

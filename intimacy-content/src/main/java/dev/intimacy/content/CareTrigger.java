package dev.intimacy.content;

/** What makes a care note appear. */
public enum CareTrigger {
    /** The trust dimension is in the growth (lowest) band. */
    TRUST_LOW,
    /** The composite intimacy index is in the growth (lowest) band. */
    COMPOSITE_LOW,
    /**
     * A safety item was answered in the concern range: its keyed value (the answer, reflected when the item is
     * reverse-keyed) is at or below the item's {@link SafetyItem#concernAtOrBelow() threshold}.
     */
    SAFETY_ITEM
}

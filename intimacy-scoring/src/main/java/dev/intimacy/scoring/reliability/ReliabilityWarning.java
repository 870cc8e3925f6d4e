package dev.intimacy.scoring.reliability;

import dev.intimacy.model.ItemId;
import java.util.Optional;

/**
 * Something suspicious in the data, reported instead of failing or changing the data.
 *
 * @param kind what kind of warning
 * @param scale the scale's label (dimension code or "outcome")
 * @param item the item concerned, when there is one
 * @param message a plain message naming the item
 */
public record ReliabilityWarning(Kind kind, String scale, Optional<ItemId> item, String message) {

    /** The kinds of warning. */
    public enum Kind {
        /** The item correlates negatively with the rest of its scale: probably keyed the wrong way. */
        NEGATIVE_R_DROP,
        /** Every answer to the item was the same; it was left out of the scale's statistics. */
        ZERO_VARIANCE,
        /** The scale has fewer than two items with variance; alpha cannot be computed. */
        TOO_FEW_ITEMS,
        /** The scale's total score does not vary (its covariances sum to zero or less); alpha is undefined. */
        ZERO_TOTAL_VARIANCE,
        /** Fewer than two respondents answered a pair of items; their covariance is unknown. */
        TOO_FEW_RESPONDENTS
    }

    /** Returns the message. */
    @Override
    public String toString() {
        return message;
    }
}

package dev.intimacy.model.answer;

import dev.intimacy.model.ItemId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One reason an assessment does not fit its instrument.
 *
 * @param kind what kind of problem
 * @param item the item concerned, or null when the problem is about the whole assessment
 * @param message a plain message naming the item and what is allowed
 */
public record AssessmentProblem(Kind kind, @Nullable ItemId item, String message) {

    /** The kinds of problem. */
    public enum Kind {
        /** The assessment is for another instrument. */
        WRONG_INSTRUMENT,
        /** The assessment is for another version of the instrument. */
        WRONG_VERSION,
        /** An answer names an item the instrument does not have. */
        UNKNOWN_ITEM,
        /** A value lies outside the instrument's scale. */
        OUT_OF_SCALE
    }

    /** Returns the item concerned, when there is one. */
    public Optional<ItemId> itemId() {
        return Optional.ofNullable(item);
    }

    /** Returns the message. */
    @Override
    public String toString() {
        return message;
    }
}

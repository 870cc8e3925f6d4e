package dev.intimacy.content;

import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.internal.Builders;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An item of an instrument whose answer bears on safety. When its <em>keyed</em> value (the answer,
 * reflected around the scale's midpoint when the item is reverse-keyed) is at or below {@link
 * #concernAtOrBelow()}, the {@link CareTrigger#SAFETY_ITEM} care note is shown and the plan is gated.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSafetyItem.class)
@JsonDeserialize(as = ImmutableSafetyItem.class)
public abstract class SafetyItem {

    /** Returns the instrument the item belongs to. */
    public abstract InstrumentId instrument();

    /** Returns the item. */
    public abstract ItemId item();

    /** Returns the highest keyed value that is a concern; a point of the instrument's scale below its max. */
    public abstract int concernAtOrBelow();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SafetyItem}; each attribute may be set once. */
    public static final class Builder extends ImmutableSafetyItem.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the safety item
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         */
        @Override
        public SafetyItem build() {
            return Builders.build("safety item", super::build);
        }
    }

    /** Returns {@code SafetyItem[instrument/item <= n]}. */
    @Override
    public String toString() {
        return "SafetyItem[" + instrument() + "/" + item() + " <= " + concernAtOrBelow() + "]";
    }
}

package dev.intimacy.model.couple;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.internal.Builders;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An item the two partners answered far apart: a topic to talk about. It holds the item, its dimension and
 * the absolute difference between the partners' keyed answers in scale points ({@code |x'₁ − x'₂|}, which
 * equals the difference of the raw answers because reflection keeps distances). It never holds the answers
 * themselves, and {@code toString()} shows only the item id and the difference.
 *
 * <pre>{@code
 * ItemDifference topic = ItemDifference.of(ItemId.of("TRU-02"), Dimension.TRUST, 3);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableItemDifference.class)
@JsonDeserialize(as = ImmutableItemDifference.class)
public abstract class ItemDifference {

    /** Returns the item. */
    public abstract ItemId item();

    /** Returns the dimension the item measures. */
    public abstract Dimension dimension();

    /** Returns the absolute difference between the partners' keyed answers, in scale points; at least 0. */
    public abstract int difference();

    /**
     * Returns an item difference.
     *
     * @param item the item
     * @param dimension the dimension it measures
     * @param difference the absolute keyed difference in scale points, at least 0
     * @return the value
     * @throws InvalidModelException with {@link ModelError#INVALID_COUPLE} when the difference is negative
     */
    public static ItemDifference of(ItemId item, Dimension dimension, int difference) {
        return builder().item(item).dimension(dimension).difference(difference).build();
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ItemDifference}; each attribute may be set once. */
    public static final class Builder extends ImmutableItemDifference.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public ItemDifference build() {
            return Builders.build("item difference", super::build);
        }
    }

    /** Returns {@code ItemDifference[item, difference]}: the item id and the difference only. */
    @Override
    public String toString() {
        return "ItemDifference[" + item() + ", " + difference() + "]";
    }

    @Value.Check
    final void check() {
        if (difference() < 0) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    "item difference for " + item() + " is " + difference() + " (an absolute difference, at least 0)");
        }
    }
}

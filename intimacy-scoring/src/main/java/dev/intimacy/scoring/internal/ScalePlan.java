package dev.intimacy.scoring.internal;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.ItemId;
import java.util.Optional;

/** One scale (a dimension or the outcome scale) of a compiled instrument: which items, keyed how. */
public final class ScalePlan {
    /** The dimension, or empty for the outcome scale. */
    public final Optional<Dimension> dimension;
    /** Indices of the scale's items in the instrument's item list. */
    public final int[] itemIndex;
    /** Whether each item is reverse-keyed. */
    public final boolean[] reverse;
    /** Each item's weight (1 unless configured). */
    public final double[] weights;
    /** Each item's id. */
    public final ItemId[] ids;

    ScalePlan(Optional<Dimension> dimension, int[] itemIndex, boolean[] reverse, double[] weights, ItemId[] ids) {
        this.dimension = dimension;
        this.itemIndex = itemIndex;
        this.reverse = reverse;
        this.weights = weights;
        this.ids = ids;
    }

    /** Returns the number of items. */
    public int size() {
        return itemIndex.length;
    }

    /** Returns a label for messages: the dimension code or "outcome". */
    public String label() {
        return dimension.map(Dimension::code).orElse("outcome");
    }
}

package dev.intimacy.scoring.spi;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.instrument.ResponseScale;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a {@link ScoringStrategy} sees of one scale of one respondent: the keyed values of the answered
 * items (reverse-keyed items already reflected, so every value lies on the scale), their ids and weights,
 * how many items the scale has, and the scale itself. Missing items are not in it.
 *
 * <p>It may grow new accessors in later versions; strategies keep working.
 */
public final class StrategyContext {
    private final Optional<Dimension> dimension;
    private final ResponseScale scale;
    private final ItemId[] items;
    private final double[] keyed;
    private final double[] weights;
    private final int answered;
    private final int expected;

    private StrategyContext(
            Optional<Dimension> dimension,
            ResponseScale scale,
            ItemId[] items,
            double[] keyed,
            double[] weights,
            int answered,
            int expected) {
        this.dimension = dimension;
        this.scale = scale;
        this.items = items;
        this.keyed = keyed;
        this.weights = weights;
        this.answered = answered;
        this.expected = expected;
    }

    /**
     * Creates a context. The arrays are used as given, not copied: the engine reuses them, and a strategy
     * must not keep a reference past its call.
     *
     * @param dimension the dimension scored, or empty for the outcome scale
     * @param scale the instrument's scale
     * @param items the answered items' ids; the first {@code answered} entries are used
     * @param keyed the answered items' keyed values, each on the scale
     * @param weights the answered items' weights, each finite and above 0 (1 unless configured)
     * @param answered how many items were answered, at least 1
     * @param expected how many items the scale has, at least {@code answered}
     * @return the context
     */
    public static StrategyContext of(
            Optional<Dimension> dimension,
            ResponseScale scale,
            ItemId[] items,
            double[] keyed,
            double[] weights,
            int answered,
            int expected) {
        if (answered < 1
                || answered > expected
                || keyed.length < answered
                || weights.length < answered
                || items.length < answered) {
            throw new IllegalArgumentException(
                    "inconsistent strategy context: answered " + answered + " of " + expected);
        }
        return new StrategyContext(dimension, scale, items, keyed, weights, answered, expected);
    }

    /** Returns the dimension scored, or empty for the outcome scale. */
    public Optional<Dimension> dimension() {
        return dimension;
    }

    /** Returns the instrument's response scale. */
    public ResponseScale scale() {
        return scale;
    }

    /** Returns how many items were answered; at least 1. */
    public int answeredCount() {
        return answered;
    }

    /** Returns how many items the scale has. */
    public int expectedCount() {
        return expected;
    }

    /**
     * Returns the keyed value of the i-th answered item.
     *
     * @param i an index in {@code 0..answeredCount()-1}
     * @return its keyed value, on the scale
     */
    public double keyedValue(int i) {
        return keyed[checkIndex(i)];
    }

    /**
     * Returns the weight of the i-th answered item.
     *
     * @param i an index in {@code 0..answeredCount()-1}
     * @return its weight, finite and above 0
     */
    public double weight(int i) {
        return weights[checkIndex(i)];
    }

    /**
     * Returns the id of the i-th answered item.
     *
     * @param i an index in {@code 0..answeredCount()-1}
     * @return its id
     */
    public ItemId itemId(int i) {
        return items[checkIndex(i)];
    }

    /** Returns the mean of the keyed values of the answered items. */
    public double mean() {
        double sum = 0;
        for (int i = 0; i < answered; i++) {
            sum += keyed[i];
        }
        return sum / answered;
    }

    private int checkIndex(int i) {
        if (i < 0 || i >= answered) {
            throw new IndexOutOfBoundsException("index " + i + " outside 0.." + (answered - 1));
        }
        return i;
    }

    /** Returns a summary without values: the dimension and the counts. */
    @Override
    public String toString() {
        return "StrategyContext[" + dimension.map(Dimension::code).orElse("outcome") + ", " + answered + " of "
                + expected + " answered]";
    }

    /** Returns a copy of the keyed values, for tests. */
    double[] keyedValues() {
        return Arrays.copyOf(keyed, answered);
    }
}

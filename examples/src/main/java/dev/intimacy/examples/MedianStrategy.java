package dev.intimacy.examples;

import dev.intimacy.scoring.spi.ScoringStrategy;
import dev.intimacy.scoring.spi.StrategyContext;
import java.util.Arrays;

/**
 * A scoring strategy of the application's own: the median of a dimension's keyed answers, which one extreme
 * answer moves less than the mean. It is registered for {@link java.util.ServiceLoader} in {@code
 * META-INF/services/dev.intimacy.scoring.spi.ScoringStrategy}, so the engine finds it by its id, {@code median}.
 * It keeps the strategy contract: the median lies on the scale, does not depend on the items' order, and never
 * falls when an answer rises.
 */
public final class MedianStrategy implements ScoringStrategy {

    /** Creates the strategy; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
    public MedianStrategy() {}

    @Override
    public String id() {
        return "median";
    }

    @Override
    public double score(StrategyContext context) {
        double[] values = new double[context.answeredCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = context.keyedValue(i);
        }
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}

package dev.intimacy.scoring;

import dev.intimacy.scoring.spi.ScoringStrategy;
import dev.intimacy.scoring.spi.StrategyContext;
import java.util.Arrays;

/** A plug-in strategy found through META-INF/services in the tests: the median of the keyed values. */
public final class MedianStrategy implements ScoringStrategy {
    /** Creates the strategy. */
    public MedianStrategy() {}

    @Override
    public double score(StrategyContext context) {
        double[] v = new double[context.answeredCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = context.keyedValue(i);
        }
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}

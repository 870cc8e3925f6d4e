package dev.intimacy.scoring.internal;

import dev.intimacy.scoring.spi.ScoringStrategy;
import dev.intimacy.scoring.spi.StrategyContext;

/**
 * {@code sum}: the sum of the keyed values, prorated to all of the scale's items when some are missing
 * ({@code mean · expected}). Its range is {@code expected·min .. expected·max}, so its POMP equals the
 * mean's.
 */
public final class SumStrategy implements ScoringStrategy {
    /** The id. */
    public static final String ID = "sum";

    /** Creates the strategy; used by {@link java.util.ServiceLoader}. */
    public SumStrategy() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public double score(StrategyContext context) {
        if (context.answeredCount() == context.expectedCount()) {
            double sum = 0;
            for (int i = 0; i < context.answeredCount(); i++) {
                sum += context.keyedValue(i);
            }
            return sum;
        }
        return context.mean() * context.expectedCount();
    }

    @Override
    public double minimum(StrategyContext context) {
        return (double) context.scale().min() * context.expectedCount();
    }

    @Override
    public double maximum(StrategyContext context) {
        return (double) context.scale().max() * context.expectedCount();
    }
}

package dev.intimacy.scoring.internal;

import dev.intimacy.scoring.spi.ScoringStrategy;
import dev.intimacy.scoring.spi.StrategyContext;

/**
 * {@code weighted}: the weighted mean of the answered items' keyed values, {@code Σ wᵢxᵢ / Σ wᵢ}, with the
 * item weights configured on the engine (for example factor loadings); items without a weight count 1.
 */
public final class WeightedStrategy implements ScoringStrategy {
    /** The id. */
    public static final String ID = "weighted";

    /** Creates the strategy; used by {@link java.util.ServiceLoader}. */
    public WeightedStrategy() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public double score(StrategyContext context) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < context.answeredCount(); i++) {
            num += context.weight(i) * context.keyedValue(i);
            den += context.weight(i);
        }
        double s = num / den;
        // Guard against rounding just outside the scale.
        return Math.max(context.scale().min(), Math.min(context.scale().max(), s));
    }
}

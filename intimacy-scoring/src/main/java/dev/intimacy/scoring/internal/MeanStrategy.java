package dev.intimacy.scoring.internal;

import dev.intimacy.scoring.spi.ScoringStrategy;
import dev.intimacy.scoring.spi.StrategyContext;

/** {@code mean}: the mean of the answered items' keyed values (R psych's {@code scoreItems}, impute none). */
public final class MeanStrategy implements ScoringStrategy {
    /** The id. */
    public static final String ID = "mean";

    /** Creates the strategy; used by {@link java.util.ServiceLoader}. */
    public MeanStrategy() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public double score(StrategyContext context) {
        return context.mean();
    }
}

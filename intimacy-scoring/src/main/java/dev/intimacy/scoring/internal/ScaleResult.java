package dev.intimacy.scoring.internal;

import dev.intimacy.model.instrument.MissingDataPolicy;
import dev.intimacy.scoring.ScoringError;
import dev.intimacy.scoring.ScoringException;
import dev.intimacy.scoring.spi.ScoringStrategy;
import dev.intimacy.scoring.spi.StrategyContext;
import java.util.Locale;

/**
 * Scores one scale of one row of values into its fields. Mutable scratch space, reused across rows by one
 * thread; never shared between threads.
 */
public final class ScaleResult {
    /** Items answered with a value. */
    public int answered;
    /** Items skipped or absent. */
    public int skipped;
    /** Items declined. */
    public int declined;
    /** Whether the policy allowed a score. */
    public boolean scored;
    /** The strategy's raw score, when scored. */
    public double raw;
    /** The mean of the keyed answered values, when scored. */
    public double mean;
    /** POMP, when scored. */
    public double pomp;

    private double[] keyed = new double[8];
    private double[] weights = new double[8];
    private dev.intimacy.model.ItemId[] ids = new dev.intimacy.model.ItemId[8];

    /**
     * Scores a scale.
     *
     * @param plan the scale
     * @param row the row's values by item position; {@link CompiledInstrument#SKIPPED} / {@link
     *     CompiledInstrument#DECLINED} for missing
     * @param min the scale minimum
     * @param max the scale maximum
     * @param policy the missing-data policy
     * @param strategy the strategy, or null for the built-in mean's fast path
     * @param scaleObject the instrument's scale, for the strategy context
     */
    public void score(
            ScalePlan plan,
            int[] row,
            int min,
            int max,
            MissingDataPolicy policy,
            ScoringStrategy strategy,
            dev.intimacy.model.instrument.ResponseScale scaleObject) {
        int k = plan.size();
        if (keyed.length < k) {
            keyed = new double[k];
            weights = new double[k];
            ids = new dev.intimacy.model.ItemId[k];
        }
        answered = 0;
        skipped = 0;
        declined = 0;
        double sum = 0;
        for (int i = 0; i < k; i++) {
            int v = row[plan.itemIndex[i]];
            if (v == CompiledInstrument.SKIPPED) {
                skipped++;
            } else if (v == CompiledInstrument.DECLINED) {
                declined++;
            } else {
                int x = plan.reverse[i] ? min + max - v : v;
                keyed[answered] = x;
                weights[answered] = plan.weights[i];
                ids[answered] = plan.ids[i];
                sum += x;
                answered++;
            }
        }
        scored = policy.allows(answered, k);
        if (!scored) {
            raw = Double.NaN;
            mean = Double.NaN;
            pomp = Double.NaN;
            return;
        }
        mean = sum / answered;
        double lo;
        double hi;
        if (strategy == null) {
            raw = mean;
            lo = min;
            hi = max;
        } else {
            StrategyContext ctx = StrategyContext.of(plan.dimension, scaleObject, ids, keyed, weights, answered, k);
            raw = strategy.score(ctx);
            lo = strategy.minimum(ctx);
            hi = strategy.maximum(ctx);
            if (!Double.isFinite(raw) || !(lo < hi) || raw < lo || raw > hi) {
                throw new ScoringException(
                        ScoringError.STRATEGY_FAILED,
                        String.format(
                                Locale.ROOT,
                                "strategy '%s' (%s) broke its contract on scale %s: score %s outside [%s, %s]",
                                strategy.id(),
                                strategy.getClass().getName(),
                                plan.label(),
                                raw,
                                lo,
                                hi));
            }
        }
        pomp = 100.0 * (raw - lo) / (hi - lo);
    }

    /**
     * Explains why a scale could not be scored.
     *
     * @param expected the number of items of the scale
     * @param policy the policy
     * @return the reason, e.g. "2 of 6 items answered; policy prorate:0.5 needs at least 3"
     */
    public String insufficientReason(int expected, MissingDataPolicy policy) {
        return answered + " of " + expected + " items answered (" + skipped + " skipped, " + declined + " declined); "
                + needs(policy, expected);
    }

    /**
     * Says what a policy needs of a scale, for messages.
     *
     * @param policy the policy
     * @param expected the number of items of the scale
     * @return e.g. "policy prorate:0.5 needs at least 2" or "the strict policy needs all 3"
     */
    public static String needs(MissingDataPolicy policy, int expected) {
        if (policy.policy() == MissingDataPolicy.Kind.STRICT) {
            return "the strict policy needs all " + expected;
        }
        int least = Math.max(1, (int) Math.ceil(policy.minCoverage().getAsDouble() * expected - 1e-9));
        return "policy " + policy + " needs at least " + least;
    }
}

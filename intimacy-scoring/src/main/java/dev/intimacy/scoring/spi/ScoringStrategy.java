package dev.intimacy.scoring.spi;

import java.util.Locale;

/**
 * How the keyed answers of one scale become its raw score. One abstract method, {@link
 * #score(StrategyContext)}; everything else has a default.
 *
 * <p>Contract, checked by the project's contract tests for every built-in and for plug-ins that opt in:
 *
 * <ul>
 *   <li>{@link #id()} is non-blank and unique among the strategies in use;
 *   <li>the score is finite and lies in {@code [minimum(ctx), maximum(ctx)]}, with {@code minimum < maximum};
 *   <li>the score is deterministic and does not depend on the order of the answered items;
 *   <li>raising one keyed value never lowers the score.
 * </ul>
 *
 * <p>The engine turns the score into POMP with {@code 100·(score − minimum)/(maximum − minimum)}.
 *
 * <pre>{@code
 * public final class MedianStrategy implements ScoringStrategy {
 *     public String id() { return "median"; }
 *     public double score(StrategyContext ctx) { ... }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ScoringStrategy {

    /**
     * Scores one scale.
     *
     * @param context the keyed values of the answered items; at least one
     * @return the raw score, in {@code [minimum(context), maximum(context)]}
     */
    double score(StrategyContext context);

    /**
     * Returns the strategy's id, used to select it. The default is the simple class name without a
     * {@code Strategy} suffix, in lower case ({@code MedianStrategy} → {@code median}); override it for a
     * stable id.
     *
     * @return a non-blank id
     */
    default String id() {
        String name = getClass().getSimpleName();
        if (name.endsWith("Strategy") && name.length() > "Strategy".length()) {
            name = name.substring(0, name.length() - "Strategy".length());
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the lowest possible score for this context. The default is the scale's minimum, right for
     * any kind of mean.
     *
     * @param context the context
     * @return the lowest possible score
     */
    default double minimum(StrategyContext context) {
        return context.scale().min();
    }

    /**
     * Returns the highest possible score for this context. The default is the scale's maximum.
     *
     * @param context the context
     * @return the highest possible score
     */
    default double maximum(StrategyContext context) {
        return context.scale().max();
    }
}

package dev.intimacy.scoring.couple;

import dev.intimacy.model.couple.CouplePattern;
import dev.intimacy.model.result.Band;
import dev.intimacy.scoring.BandCutPoints;
import dev.intimacy.scoring.ScoringError;
import dev.intimacy.scoring.ScoringException;
import java.util.Locale;

/**
 * The rules that give each dimension of a couple its {@link CouplePattern}. The first rule that applies
 * wins:
 *
 * <ol>
 *   <li>{@link CouplePattern#DISCREPANT} when the partners' POMP scores differ by at least {@link
 *       #discrepantFrom()} points (default 25, a quarter of the scale);
 *   <li>{@link CouplePattern#SHARED_STRENGTH} when both partners' scores are in the {@link Band#STRENGTH}
 *       band;
 *   <li>{@link CouplePattern#SHARED_GROWTH} when both are in the {@link Band#GROWTH} band;
 *   <li>{@link CouplePattern#MIXED} otherwise.
 * </ol>
 *
 * <p>The bands are each partner's own, as the scoring engine gave them: on POMP with the engine's {@link
 * BandCutPoints} (growth below 50, strength from 75 by default), or on T when the engine has norms. So the
 * rules are configured in two places: the discrepancy threshold here, the band cut points on the engine.
 * Every rule is symmetric in the two partners, so the pattern does not depend on their order.
 *
 * <pre>{@code
 * CoupleScorer scorer = CoupleScorer.builder(engine).patternRules(PatternRules.of(20)).build();
 * }</pre>
 */
public final class PatternRules {
    private static final PatternRules DEFAULTS = new PatternRules(25);

    private final double discrepantFrom;

    private PatternRules(double discrepantFrom) {
        this.discrepantFrom = discrepantFrom;
    }

    /** Returns the defaults: discrepant from a difference of 25 POMP points. */
    public static PatternRules defaults() {
        return DEFAULTS;
    }

    /**
     * Returns rules with the given discrepancy threshold.
     *
     * @param discrepantFrom the POMP difference from which a dimension is discrepant, in (0, 100]
     * @return the rules
     * @throws ScoringException with {@link ScoringError#INVALID_CONFIGURATION} when the threshold is outside (0, 100]
     */
    public static PatternRules of(double discrepantFrom) {
        if (!(discrepantFrom > 0 && discrepantFrom <= 100)) {
            throw new ScoringException(
                    ScoringError.INVALID_CONFIGURATION,
                    String.format(
                            Locale.ROOT,
                            "pattern rule discrepantFrom is %s POMP points (allowed: above 0, at most 100)",
                            discrepantFrom));
        }
        return new PatternRules(discrepantFrom);
    }

    /** Returns the POMP difference from which a dimension is discrepant. */
    public double discrepantFrom() {
        return discrepantFrom;
    }

    /**
     * Classifies one dimension of a couple.
     *
     * @param firstPomp the first partner's POMP
     * @param firstBand the first partner's band
     * @param secondPomp the second partner's POMP
     * @param secondBand the second partner's band
     * @return the pattern; the same when the partners are swapped
     */
    public CouplePattern classify(double firstPomp, Band firstBand, double secondPomp, Band secondBand) {
        if (Math.abs(firstPomp - secondPomp) >= discrepantFrom) {
            return CouplePattern.DISCREPANT;
        }
        if (firstBand == Band.STRENGTH && secondBand == Band.STRENGTH) {
            return CouplePattern.SHARED_STRENGTH;
        }
        if (firstBand == Band.GROWTH && secondBand == Band.GROWTH) {
            return CouplePattern.SHARED_GROWTH;
        }
        return CouplePattern.MIXED;
    }

    /** Returns the rules as text, e.g. {@code PatternRules[discrepantFrom 25.0]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PatternRules[discrepantFrom %s]", discrepantFrom);
    }
}

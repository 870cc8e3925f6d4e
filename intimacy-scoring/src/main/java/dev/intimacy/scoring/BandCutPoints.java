package dev.intimacy.scoring;

import dev.intimacy.model.result.Band;
import java.util.Locale;

/**
 * Where the bands start. Without norms, bands are criterion-referenced on POMP: {@link Band#GROWTH} below
 * {@code pompGrowthBelow} (default 50), {@link Band#STRENGTH} from {@code pompStrengthFrom} (default 75),
 * {@link Band#DEVELOPING} in between. With norms, bands use the T score: growth below {@code tGrowthBelow}
 * (default 40, one SD below the norm mean), strength from {@code tStrengthFrom} (default 60), developing in
 * between.
 */
public final class BandCutPoints {
    private static final BandCutPoints DEFAULTS = new BandCutPoints(50, 75, 40, 60);

    private final double pompGrowthBelow;
    private final double pompStrengthFrom;
    private final double tGrowthBelow;
    private final double tStrengthFrom;

    private BandCutPoints(double pompGrowthBelow, double pompStrengthFrom, double tGrowthBelow, double tStrengthFrom) {
        this.pompGrowthBelow = pompGrowthBelow;
        this.pompStrengthFrom = pompStrengthFrom;
        this.tGrowthBelow = tGrowthBelow;
        this.tStrengthFrom = tStrengthFrom;
    }

    /** Returns the defaults: POMP 50 / 75, T 40 / 60. */
    public static BandCutPoints defaults() {
        return DEFAULTS;
    }

    /**
     * Returns cut points.
     *
     * @param pompGrowthBelow POMP below which a score is a growth area, in (0, 100]
     * @param pompStrengthFrom POMP from which a score is a strength, above {@code pompGrowthBelow}, at most 100
     * @param tGrowthBelow T below which a normed score is a growth area
     * @param tStrengthFrom T from which a normed score is a strength, above {@code tGrowthBelow}
     * @return the cut points
     * @throws ScoringException with {@link ScoringError#INVALID_CONFIGURATION} when they are out of order or range
     */
    public static BandCutPoints of(
            double pompGrowthBelow, double pompStrengthFrom, double tGrowthBelow, double tStrengthFrom) {
        if (!(pompGrowthBelow > 0 && pompGrowthBelow < pompStrengthFrom && pompStrengthFrom <= 100)) {
            throw new ScoringException(
                    ScoringError.INVALID_CONFIGURATION,
                    String.format(
                            Locale.ROOT,
                            "band cut points on POMP must satisfy 0 < growthBelow < strengthFrom <= 100 (got %s and %s)",
                            pompGrowthBelow,
                            pompStrengthFrom));
        }
        if (!(Double.isFinite(tGrowthBelow) && Double.isFinite(tStrengthFrom) && tGrowthBelow < tStrengthFrom)) {
            throw new ScoringException(
                    ScoringError.INVALID_CONFIGURATION,
                    String.format(
                            Locale.ROOT,
                            "band cut points on T must be finite with growthBelow < strengthFrom (got %s and %s)",
                            tGrowthBelow,
                            tStrengthFrom));
        }
        return new BandCutPoints(pompGrowthBelow, pompStrengthFrom, tGrowthBelow, tStrengthFrom);
    }

    /**
     * Returns the band of a POMP score.
     *
     * @param pomp a score in [0, 100]
     * @return its band
     */
    public Band bandOfPomp(double pomp) {
        return pomp < pompGrowthBelow ? Band.GROWTH : pomp < pompStrengthFrom ? Band.DEVELOPING : Band.STRENGTH;
    }

    /**
     * Returns the band of a T score.
     *
     * @param t a T score
     * @return its band
     */
    public Band bandOfT(double t) {
        return t < tGrowthBelow ? Band.GROWTH : t < tStrengthFrom ? Band.DEVELOPING : Band.STRENGTH;
    }

    /** Returns the POMP below which a score is a growth area. */
    public double pompGrowthBelow() {
        return pompGrowthBelow;
    }

    /** Returns the POMP from which a score is a strength. */
    public double pompStrengthFrom() {
        return pompStrengthFrom;
    }

    /** Returns the T below which a normed score is a growth area. */
    public double tGrowthBelow() {
        return tGrowthBelow;
    }

    /** Returns the T from which a normed score is a strength. */
    public double tStrengthFrom() {
        return tStrengthFrom;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "BandCutPoints[pomp %s/%s, T %s/%s]",
                pompGrowthBelow,
                pompStrengthFrom,
                tGrowthBelow,
                tStrengthFrom);
    }
}

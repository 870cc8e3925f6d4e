package dev.intimacy.scoring.batch;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.model.result.ScoreStatus;
import dev.intimacy.scoring.ScoringError;
import dev.intimacy.scoring.ScoringException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Scores of many respondents, in primitive arrays: per covered dimension the raw score, mean, POMP and
 * status of each row; the composite index and the outcome POMP of each row. An absent value (an
 * insufficient dimension, a composite with a reason, no outcome items) is {@code NaN}.
 *
 * <p>The numbers are identical to scoring each row with {@link
 * dev.intimacy.scoring.ScoringEngine#score(dev.intimacy.model.answer.Assessment)}; {@link #profile(int)}
 * gives the full profile of one row, with bands, reasons and the audit trail.
 */
public final class BatchResult {
    /** Status code of a complete score in the status arrays. */
    public static final byte COMPLETE = 0;
    /** Status code of a prorated score in the status arrays. */
    public static final byte PRORATED = 1;
    /** Status code of an insufficient score in the status arrays. */
    public static final byte INSUFFICIENT = 2;

    private final int rows;
    private final List<Dimension> dimensions;
    private final double[][] raw;
    private final double[][] mean;
    private final double[][] pomp;
    private final byte[][] status;
    private final double[] composite;
    private final double @Nullable [] outcomePomp;
    private final IntFunction<IntimacyProfile> profiles;

    /**
     * Creates a result; called by the engine. The arrays are taken over, not copied.
     *
     * @param rows the number of rows
     * @param dimensions the covered dimensions, in order; index {@code i} of the per-dimension arrays
     * @param raw raw scores {@code [dimension][row]}
     * @param mean means {@code [dimension][row]}
     * @param pomp POMP {@code [dimension][row]}
     * @param status status codes {@code [dimension][row]}: {@link #COMPLETE}, {@link #PRORATED}, {@link #INSUFFICIENT}
     * @param composite composite index per row
     * @param outcomePomp outcome POMP per row, or null when the instrument has no outcome items
     * @param profiles materializes the profile of a row
     */
    public BatchResult(
            int rows,
            List<Dimension> dimensions,
            double[][] raw,
            double[][] mean,
            double[][] pomp,
            byte[][] status,
            double[] composite,
            double @Nullable [] outcomePomp,
            IntFunction<IntimacyProfile> profiles) {
        this.rows = rows;
        this.dimensions = List.copyOf(dimensions);
        this.raw = raw;
        this.mean = mean;
        this.pomp = pomp;
        this.status = status;
        this.composite = composite;
        this.outcomePomp = outcomePomp;
        this.profiles = profiles;
    }

    /** Returns the number of rows. */
    public int rows() {
        return rows;
    }

    /** Returns the covered dimensions, in their fixed order. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    private int index(Dimension d) {
        int i = dimensions.indexOf(d);
        if (i < 0) {
            throw new ScoringException(
                    ScoringError.INVALID_CONFIGURATION,
                    "dimension " + d + " is not covered (covered: " + dimensions + ")");
        }
        return i;
    }

    /**
     * Returns the raw score of one row.
     *
     * @param d a covered dimension
     * @param row a row index
     * @return the raw score, or NaN when insufficient
     */
    public double rawScore(Dimension d, int row) {
        return raw[index(d)][row];
    }

    /**
     * Returns the mean of the keyed answers of one row.
     *
     * @param d a covered dimension
     * @param row a row index
     * @return the mean, or NaN when insufficient
     */
    public double mean(Dimension d, int row) {
        return mean[index(d)][row];
    }

    /**
     * Returns the POMP of one row.
     *
     * @param d a covered dimension
     * @param row a row index
     * @return the POMP, or NaN when insufficient
     */
    public double pomp(Dimension d, int row) {
        return pomp[index(d)][row];
    }

    /**
     * Returns the status of one row.
     *
     * @param d a covered dimension
     * @param row a row index
     * @return the status
     */
    public ScoreStatus status(Dimension d, int row) {
        return switch (status[index(d)][row]) {
            case COMPLETE -> ScoreStatus.COMPLETE;
            case PRORATED -> ScoreStatus.PRORATED;
            default -> ScoreStatus.INSUFFICIENT;
        };
    }

    /**
     * Returns a copy of the POMP column of one dimension.
     *
     * @param d a covered dimension
     * @return POMP per row, NaN where insufficient
     */
    public double[] pompColumn(Dimension d) {
        return Arrays.copyOf(pomp[index(d)], rows);
    }

    /**
     * Returns the composite index of one row.
     *
     * @param row a row index
     * @return the composite index, or NaN when absent
     */
    public double compositeIndex(int row) {
        return composite[row];
    }

    /**
     * Returns the outcome POMP of one row.
     *
     * @param row a row index
     * @return the outcome POMP, or NaN when the instrument has no outcome items or the outcome is insufficient
     */
    public double outcomePomp(int row) {
        return outcomePomp == null ? Double.NaN : outcomePomp[row];
    }

    /**
     * Returns the full profile of one row (bands, reasons, audit trail), computed through the object path.
     *
     * @param row a row index
     * @return the profile
     */
    public IntimacyProfile profile(int row) {
        return profiles.apply(row);
    }

    @Override
    public String toString() {
        return "BatchResult[" + rows + " rows, " + dimensions + "]";
    }
}

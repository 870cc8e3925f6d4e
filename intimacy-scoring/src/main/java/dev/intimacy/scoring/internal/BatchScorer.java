package dev.intimacy.scoring.internal;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.instrument.MissingDataPolicy;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.ScoringError;
import dev.intimacy.scoring.ScoringException;
import dev.intimacy.scoring.batch.BatchResult;
import dev.intimacy.scoring.batch.ResponseMatrix;
import dev.intimacy.scoring.spi.ScoringStrategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/** The batch path: a tight loop over a response matrix, with the same arithmetic as the object path. */
public final class BatchScorer {
    private static final byte COMPLETE = BatchResult.COMPLETE;
    private static final byte PRORATED = BatchResult.PRORATED;
    private static final byte INSUFFICIENT = BatchResult.INSUFFICIENT;

    private BatchScorer() {}

    /**
     * Scores a matrix.
     *
     * @param compiled the compiled instrument
     * @param matrix the responses
     * @param policy the missing-data policy
     * @param strategy the strategy, or null for the built-in mean
     * @param compositeWeights composite weight per compiled dimension
     * @param profileOf materializes a row through the object path
     * @return the result
     */
    public static BatchResult score(
            CompiledInstrument compiled,
            ResponseMatrix matrix,
            MissingDataPolicy policy,
            ScoringStrategy strategy,
            double[] compositeWeights,
            BiFunction<RespondentId, int[], IntimacyProfile> profileOf) {
        checkMarkers(compiled, matrix);
        int nItems = compiled.instrument.items().size();
        // Column of each instrument item, -1 when the matrix has no column for it.
        int[] columnOfItem = new int[nItems];
        Arrays.fill(columnOfItem, -1);
        List<dev.intimacy.model.ItemId> cols = matrix.columns();
        for (int c = 0; c < cols.size(); c++) {
            Integer pos = compiled.position.get(cols.get(c));
            if (pos == null) {
                throw new ScoringException(
                        ScoringError.INVALID_MATRIX,
                        "column " + cols.get(c) + " is not an item of " + compiled.instrument.ref());
            }
            columnOfItem[pos] = c;
        }
        int rows = matrix.rows();
        int nd = compiled.dimensions.length;
        double[][] raw = new double[nd][];
        double[][] mean = new double[nd][rows];
        double[][] pomp = new double[nd][rows];
        byte[][] status = new byte[nd][rows];
        double[] composite = new double[rows];
        // Without outcome items there is no outcome column at all (BatchResult reads that as NaN).
        double @org.jspecify.annotations.Nullable [] outcome = compiled.outcome == null ? null : new double[rows];
        for (int d = 0; d < nd; d++) {
            // For the mean the raw score is the mean: share the array instead of copying it.
            raw[d] = strategy == null ? mean[d] : new double[rows];
        }
        if (strategy == null) {
            meanKernel(
                    compiled, matrix, policy, columnOfItem, compositeWeights, mean, pomp, status, composite, outcome);
        } else {
            generalKernel(
                    compiled,
                    matrix,
                    policy,
                    strategy,
                    columnOfItem,
                    compositeWeights,
                    raw,
                    mean,
                    pomp,
                    status,
                    composite,
                    outcome);
        }
        int missing = matrix.missingMarker();
        int declined = matrix.declinedMarker().orElse(missing);
        List<Dimension> dims = new ArrayList<>();
        for (ScalePlan plan : compiled.dimensions) {
            dims.add(plan.dimension.orElseThrow());
        }
        return new BatchResult(rows, dims, raw, mean, pomp, status, composite, outcome, index -> {
            int[] values = new int[nItems];
            for (int p = 0; p < nItems; p++) {
                int c = columnOfItem[p];
                int v = c < 0 ? missing : matrix.value(index, c);
                values[p] = c < 0 || v == missing
                        ? CompiledInstrument.SKIPPED
                        : v == declined ? CompiledInstrument.DECLINED : v;
            }
            return profileOf.apply(matrix.respondent(index), values);
        });
    }

    /** The built-in mean, straight from the matrix: the same arithmetic as {@link ScaleResult}, no objects. */
    private static void meanKernel(
            CompiledInstrument compiled,
            ResponseMatrix matrix,
            MissingDataPolicy policy,
            int[] columnOfItem,
            double[] compositeWeights,
            double[][] mean,
            double[][] pomp,
            byte[][] status,
            double[] composite,
            double @org.jspecify.annotations.Nullable [] outcome) {
        int min = compiled.min;
        int max = compiled.max;
        int reflect = min + max;
        double lo = min;
        double span = (double) max - lo;
        int missing = matrix.missingMarker();
        int declined = matrix.declinedMarker().orElse(missing);
        int nd = compiled.dimensions.length;
        ScalePlan[] plans = new ScalePlan[nd + (compiled.outcome == null ? 0 : 1)];
        System.arraycopy(compiled.dimensions, 0, plans, 0, nd);
        if (compiled.outcome != null) {
            plans[nd] = compiled.outcome;
        }
        int[][] cols = new int[plans.length][];
        boolean[][] rev = new boolean[plans.length][];
        int[] minAnswered = new int[plans.length];
        for (int d = 0; d < plans.length; d++) {
            int k = plans[d].size();
            cols[d] = new int[k];
            rev[d] = plans[d].reverse;
            for (int j = 0; j < k; j++) {
                cols[d][j] = columnOfItem[plans[d].itemIndex[j]];
            }
            minAnswered[d] = k + 1; // unreachable unless the policy allows some count
            for (int n = k; n >= 1; n--) {
                if (policy.allows(n, k)) {
                    minAnswered[d] = n;
                }
            }
        }
        int rows = matrix.rows();
        // Rows are read in place from a row-major array; a columnar matrix is copied row by row into a
        // buffer. Either way the slot after the last column stands for "no column" and reads as missing.
        int width = matrix.columns().size();
        int[] data = matrix.rowMajorValues().orElse(null);
        int[] buffer = new int[width + 1];
        buffer[width] = missing;
        boolean anyAbsent = false;
        for (int[] c : cols) {
            for (int j = 0; j < c.length; j++) {
                if (c[j] < 0) {
                    c[j] = width;
                    anyAbsent = true;
                }
            }
        }
        if (data == null || anyAbsent) {
            data = null; // fall back to the buffer
        }
        int[] src = data != null ? data : buffer;
        // v lies in min..max exactly when v - min, read as unsigned, is at most max - min; written as a signed
        // compare of biased values (one compare instead of two; Integer.compareUnsigned was measured slower on
        // JDK 17).
        int biasedSpan = max - min + Integer.MIN_VALUE;
        int[] first = sixAdjacentColumns(cols);
        if (data != null && first != null) {
            scanSixAdjacent(
                    matrix,
                    data,
                    width,
                    first,
                    rev,
                    minAnswered,
                    compositeWeights,
                    nd,
                    min,
                    max,
                    missing,
                    declined,
                    mean,
                    pomp,
                    status,
                    composite,
                    outcome);
            return;
        }
        for (int r = 0; r < rows; r++) {
            int offset;
            if (data != null) {
                offset = r * width;
            } else {
                matrix.readRow(r, buffer);
                offset = 0;
            }
            double wsum = 0;
            double wpomp = 0;
            boolean compositeOk = true;
            for (int d = 0; d < nd; d++) {
                int[] c = cols[d];
                boolean[] rv = rev[d];
                int k = c.length;
                int sum = 0;
                int n = 0;
                for (int j = 0; j < k; j++) {
                    int v = src[offset + c[j]];
                    if (v - min + Integer.MIN_VALUE <= biasedSpan) {
                        sum += rv[j] ? reflect - v : v;
                        n++;
                    } else if (v != missing && v != declined) {
                        throw outOfScale(matrix, r, c[j], v, min, max);
                    }
                }
                double w = compositeWeights[d];
                if (n >= minAnswered[d]) {
                    // The mean lies in [min, max] and rounding is monotone, so POMP needs no clamping here.
                    double m = (double) sum / n;
                    double p = 100.0 * (m - lo) / span;
                    mean[d][r] = m;
                    pomp[d][r] = p;
                    status[d][r] = n == k ? COMPLETE : PRORATED;
                    if (w > 0) {
                        wsum += w;
                        wpomp += w * p;
                    }
                } else {
                    mean[d][r] = Double.NaN;
                    pomp[d][r] = Double.NaN;
                    status[d][r] = INSUFFICIENT;
                    if (w > 0) {
                        compositeOk = false;
                    }
                }
            }
            composite[r] = compositeOk ? Math.max(0, Math.min(100, wpomp / wsum)) : Double.NaN;
            if (nd < plans.length) {
                int[] c = cols[nd];
                boolean[] rv = rev[nd];
                int sum = 0;
                int n = 0;
                for (int j = 0; j < c.length; j++) {
                    int v = src[offset + c[j]];
                    if (v - min + Integer.MIN_VALUE <= biasedSpan) {
                        sum += rv[j] ? reflect - v : v;
                        n++;
                    } else if (v != missing && v != declined) {
                        throw outOfScale(matrix, r, c[j], v, min, max);
                    }
                }
                outcome[r] = n >= minAnswered[nd] ? 100.0 * ((double) sum / n - lo) / span : Double.NaN;
            }
        }
    }

    /** Items per scale of the shape that has its own loop: the bundled instruments' six items per dimension. */
    private static final int SIX = 6;

    /**
     * Returns the first column of each scale when every scale has exactly six items in adjacent columns, in
     * order (the shape of the bundled core instrument and of most exports of it); otherwise null.
     */
    private static int @org.jspecify.annotations.Nullable [] sixAdjacentColumns(int[][] cols) {
        int[] first = new int[cols.length];
        for (int d = 0; d < cols.length; d++) {
            int[] c = cols[d];
            if (c.length != SIX) {
                return null;
            }
            for (int j = 0; j < SIX; j++) {
                if (c[j] != c[0] + j) {
                    return null;
                }
            }
            first[d] = c[0];
        }
        return first;
    }

    /**
     * The mean kernel for six adjacent items per scale on a row-major array: the same arithmetic as the
     * general loop, with a loop bound the JIT knows, so that it unrolls the item loop (measured about 20%
     * faster than a loop bounded by the scale's length; docs/BENCHMARKS.md).
     */
    @SuppressWarnings("TooManyParameters")
    private static void scanSixAdjacent(
            ResponseMatrix matrix,
            int[] data,
            int width,
            int[] first,
            boolean[][] rev,
            int[] minAnswered,
            double[] compositeWeights,
            int nd,
            int min,
            int max,
            int missing,
            int declined,
            double[][] mean,
            double[][] pomp,
            byte[][] status,
            double[] composite,
            double @org.jspecify.annotations.Nullable [] outcome) {
        int rows = matrix.rows();
        int scales = first.length;
        int reflect = min + max;
        double lo = min;
        double span = (double) max - lo;
        int biasedSpan = max - min + Integer.MIN_VALUE;
        for (int r = 0; r < rows; r++) {
            int offset = r * width;
            double wsum = 0;
            double wpomp = 0;
            boolean compositeOk = true;
            for (int d = 0; d < scales; d++) {
                boolean[] rv = rev[d];
                int at = offset + first[d];
                int sum = 0;
                int n = 0;
                for (int j = 0; j < SIX; j++) {
                    int v = data[at + j];
                    if (v - min + Integer.MIN_VALUE <= biasedSpan) {
                        sum += rv[j] ? reflect - v : v;
                        n++;
                    } else if (v != missing && v != declined) {
                        throw outOfScale(matrix, r, first[d] + j, v, min, max);
                    }
                }
                boolean scored = n >= minAnswered[d];
                double p = scored ? 100.0 * ((double) sum / n - lo) / span : Double.NaN;
                if (d == nd) {
                    if (outcome != null) {
                        outcome[r] = p;
                    }
                    continue;
                }
                double w = compositeWeights[d];
                if (scored) {
                    mean[d][r] = (double) sum / n;
                    pomp[d][r] = p;
                    status[d][r] = n == SIX ? COMPLETE : PRORATED;
                    if (w > 0) {
                        wsum += w;
                        wpomp += w * p;
                    }
                } else {
                    mean[d][r] = Double.NaN;
                    pomp[d][r] = Double.NaN;
                    status[d][r] = INSUFFICIENT;
                    if (w > 0) {
                        compositeOk = false;
                    }
                }
            }
            composite[r] = compositeOk ? Math.max(0, Math.min(100, wpomp / wsum)) : Double.NaN;
        }
    }

    /** Any other strategy: translate each row and score it through {@link ScaleResult}. */
    private static void generalKernel(
            CompiledInstrument compiled,
            ResponseMatrix matrix,
            MissingDataPolicy policy,
            ScoringStrategy strategy,
            int[] columnOfItem,
            double[] compositeWeights,
            double[][] raw,
            double[][] mean,
            double[][] pomp,
            byte[][] status,
            double[] composite,
            double @org.jspecify.annotations.Nullable [] outcome) {
        int min = compiled.min;
        int max = compiled.max;
        int missing = matrix.missingMarker();
        int declined = matrix.declinedMarker().orElse(missing);
        int nItems = columnOfItem.length;
        int nd = compiled.dimensions.length;
        int[] row = new int[nItems];
        ScaleResult r = new ScaleResult();
        for (int i = 0; i < matrix.rows(); i++) {
            for (int p = 0; p < nItems; p++) {
                int c = columnOfItem[p];
                if (c < 0) {
                    row[p] = CompiledInstrument.SKIPPED;
                    continue;
                }
                int v = matrix.value(i, c);
                if (v == missing) {
                    row[p] = CompiledInstrument.SKIPPED;
                } else if (v == declined) {
                    row[p] = CompiledInstrument.DECLINED;
                } else if (v < min || v > max) {
                    throw outOfScale(matrix, i, c, v, min, max);
                } else {
                    row[p] = v;
                }
            }
            double wsum = 0;
            double wpomp = 0;
            boolean compositeOk = true;
            for (int d = 0; d < nd; d++) {
                ScalePlan plan = compiled.dimensions[d];
                r.score(plan, row, min, max, policy, strategy, compiled.instrument.scale());
                if (r.scored) {
                    double pp = Math.max(0, Math.min(100, r.pomp));
                    raw[d][i] = r.raw;
                    mean[d][i] = r.mean;
                    pomp[d][i] = pp;
                    status[d][i] = r.answered == plan.size() ? COMPLETE : PRORATED;
                    if (compositeWeights[d] > 0) {
                        wsum += compositeWeights[d];
                        wpomp += compositeWeights[d] * pp;
                    }
                } else {
                    raw[d][i] = Double.NaN;
                    mean[d][i] = Double.NaN;
                    pomp[d][i] = Double.NaN;
                    status[d][i] = INSUFFICIENT;
                    if (compositeWeights[d] > 0) {
                        compositeOk = false;
                    }
                }
            }
            composite[i] = compositeOk ? Math.max(0, Math.min(100, wpomp / wsum)) : Double.NaN;
            if (outcome != null) {
                r.score(compiled.outcome, row, min, max, policy, strategy, compiled.instrument.scale());
                outcome[i] = r.scored ? Math.max(0, Math.min(100, r.pomp)) : Double.NaN;
            }
        }
    }

    private static ScoringException outOfScale(ResponseMatrix matrix, int row, int col, int v, int min, int max) {
        return new ScoringException(
                ScoringError.INVALID_MATRIX,
                "row " + (row + 1) + ", item " + matrix.columns().get(col) + ": value " + v + " is outside the scale "
                        + min + ".." + max + " (missing marker " + matrix.missingMarker() + ")");
    }

    private static void checkMarkers(CompiledInstrument compiled, ResponseMatrix matrix) {
        int m = matrix.missingMarker();
        if (m >= compiled.min && m <= compiled.max) {
            throw new ScoringException(
                    ScoringError.INVALID_MATRIX,
                    "missing marker " + m + " lies inside the scale " + compiled.min + ".." + compiled.max
                            + " (choose a value outside it, e.g. -1)");
        }
        if (matrix.declinedMarker().isPresent()) {
            int d = matrix.declinedMarker().getAsInt();
            if (d >= compiled.min && d <= compiled.max) {
                throw new ScoringException(
                        ScoringError.INVALID_MATRIX,
                        "declined marker " + d + " lies inside the scale " + compiled.min + ".." + compiled.max);
            }
        }
    }
}

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

    /**
     * Largest scale the packed sums of the mean kernel can hold: the count of answered items and of invalid
     * values share the low 32 bits of a {@code long} (see {@link #INVALID_ENTRY}).
     */
    private static final int MAX_PACKED_ITEMS = 2047;

    /**
     * What an invalid value adds to a packed sum: {@code 2^21} to the count part, so that the count exceeds
     * the scale's size (the low 32 bits hold at most {@code 2047 + 2047 · 2^21 < 2^32}).
     */
    private static final long INVALID_ENTRY = 1L << 21;

    private static final int SIX = RowBlocks.SIX;

    /**
     * The built-in mean, straight from the matrix: the same arithmetic as {@link ScaleResult}, no objects.
     *
     * <p>Each raw value is looked up in a per-item table ({@link ValueTable}) that gives its packed
     * contribution to the scale: {@code (keyed − min) << 32 | 1} for a point of the scale, 0 for a marker and
     * {@link #INVALID_ENTRY} for anything else. One addition per value yields the scale's keyed sum and
     * answered count together, with no branch on the data; an invalid value shows as a count above the
     * scale's size and is then looked up to name it. The sums are exact integers, so the means are the same
     * doubles as the object path's (a property test checks this bit for bit).
     */
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
        int missing = matrix.missingMarker();
        int declined = matrix.declinedMarker().orElse(missing);
        int nd = compiled.dimensions.length;
        ScalePlan[] plans = new ScalePlan[nd + (compiled.outcome == null ? 0 : 1)];
        System.arraycopy(compiled.dimensions, 0, plans, 0, nd);
        if (compiled.outcome != null) {
            plans[nd] = compiled.outcome;
        }
        int width = matrix.columns().size();
        int total = 0;
        for (ScalePlan plan : plans) {
            total += plan.size();
        }
        // Matrix column of each item in scan order (scale after scale); "no column" reads the slot after the
        // last column, which holds the missing marker.
        int[] cols = new int[total];
        int[] sizes = new int[plans.length];
        int[] minAnswered = new int[plans.length];
        boolean anyAbsent = false;
        int q = 0;
        for (int d = 0; d < plans.length; d++) {
            int k = plans[d].size();
            if (k > MAX_PACKED_ITEMS) {
                generalKernel(
                        compiled,
                        matrix,
                        policy,
                        new MeanStrategy(),
                        columnOfItem,
                        compositeWeights,
                        mean,
                        mean,
                        pomp,
                        status,
                        composite,
                        outcome);
                return;
            }
            sizes[d] = k;
            minAnswered[d] = k + 1; // unreachable unless the policy allows some count
            for (int n = k; n >= 1; n--) {
                if (policy.allows(n, k)) {
                    minAnswered[d] = n;
                }
            }
            for (int j = 0; j < k; j++, q++) {
                int c = columnOfItem[plans[d].itemIndex[j]];
                anyAbsent |= c < 0;
                cols[q] = c < 0 ? width : c;
            }
        }
        ValueTable table = new ValueTable(min, compiled.max, missing, declined);
        int stride = table.stride();
        long[] lut = new long[total * stride];
        q = 0;
        for (ScalePlan plan : plans) {
            for (int j = 0; j < plan.size(); j++, q++) {
                for (int e = 0; e < stride; e++) {
                    int kind = table.kind(e);
                    long entry;
                    if (kind == ValueTable.VALID) {
                        int v = table.value(e);
                        int keyed = plan.reverse[j] ? min + compiled.max - v : v;
                        entry = ((long) (keyed - min) << 32) | 1;
                    } else {
                        entry = kind == ValueTable.MARKER ? 0 : INVALID_ENTRY;
                    }
                    lut[q * stride + e] = entry;
                }
            }
        }
        Output out = new Output(compiled, nd, sizes, minAnswered, compositeWeights, mean, pomp, status, outcome);
        boolean six = RowBlocks.sixAdjacent(cols, sizes);
        RowBlocks.scan(matrix, anyAbsent, (src, rowLength, rowFrom, count) -> {
            if (six) {
                scanSixAdjacent(matrix, src, rowLength, rowFrom, count, cols, table, lut, out, composite);
            } else {
                scan(matrix, src, rowLength, rowFrom, count, cols, table, lut, out, composite);
            }
        });
    }

    /**
     * The loop of the mean kernel for any layout: rows {@code rowFrom .. rowFrom+count−1} of the matrix, read
     * from {@code src} where row {@code rowFrom + i} starts at {@code i × stride}.
     */
    @SuppressWarnings("TooManyParameters")
    private static void scan(
            ResponseMatrix matrix,
            int[] src,
            int stride,
            int rowFrom,
            int count,
            int[] cols,
            ValueTable table,
            long[] lut,
            Output out,
            double[] composite) {
        int[] sizes = out.sizes;
        double[] weights = out.weights;
        int nd = out.nd;
        int min = out.min;
        double low = out.low;
        double range = out.range;
        int[] minAnswered = out.minAnswered;
        double[][] mean = out.mean;
        double[][] pomp = out.pomp;
        byte[][] status = out.status;
        double[] outcome = out.outcome;
        int lo = table.lo();
        int span = table.span();
        int entries = table.stride();
        for (int i = 0; i < count; i++) {
            int offset = i * stride;
            int r = rowFrom + i;
            double wsum = 0;
            double wpomp = 0;
            boolean compositeOk = true;
            int j = 0;
            for (int d = 0; d < sizes.length; d++) {
                long packed = 0;
                for (int end = j + sizes[d]; j < end; j++) {
                    int v = src[offset + cols[j]];
                    int e = v - lo;
                    if (Integer.compareUnsigned(e, span) >= 0) {
                        e = table.entryOutside(v);
                    }
                    packed += lut[j * entries + e];
                }
                if ((int) packed > sizes[d]) {
                    throw invalidValue(matrix, r, src, offset, cols, table);
                }
                double p = scale(r, d, packed, sizes[d], nd, min, low, range, minAnswered, mean, pomp, status, outcome);
                double w = weights[d];
                if (w > 0) {
                    if (!Double.isNaN(p)) {
                        wsum += w;
                        wpomp += w * p;
                    } else {
                        compositeOk = false;
                    }
                }
            }
            composite[r] = compositeOk ? Math.max(0, Math.min(100, wpomp / wsum)) : Double.NaN;
        }
    }

    /**
     * The loop of the mean kernel for six adjacent items per scale (the shape of the bundled core instrument
     * and of most exports of it), over the same rows as {@link #scan}: the same lookups with a loop bound the
     * JIT knows, so that it unrolls the item loop (docs/BENCHMARKS.md). Kept apart from {@link #scan} on
     * purpose: one loop choosing between the two item loops by a flag measured about 8% slower (0.90× against
     * 0.97× the baseline in a pinned harness).
     */
    @SuppressWarnings("TooManyParameters")
    private static void scanSixAdjacent(
            ResponseMatrix matrix,
            int[] data,
            int stride,
            int rowFrom,
            int count,
            int[] cols,
            ValueTable table,
            long[] lut,
            Output out,
            double[] composite) {
        int scales = out.sizes.length;
        double[] weights = out.weights;
        int nd = out.nd;
        int min = out.min;
        double low = out.low;
        double range = out.range;
        int[] minAnswered = out.minAnswered;
        double[][] mean = out.mean;
        double[][] pomp = out.pomp;
        byte[][] status = out.status;
        double[] outcome = out.outcome;
        int lo = table.lo();
        int span = table.span();
        int entries = table.stride();
        for (int i = 0; i < count; i++) {
            int offset = i * stride;
            int r = rowFrom + i;
            double wsum = 0;
            double wpomp = 0;
            boolean compositeOk = true;
            for (int d = 0; d < scales; d++) {
                int at = offset + cols[d * SIX];
                int base = d * SIX * entries;
                long packed = 0;
                for (int j = 0; j < SIX; j++) {
                    int v = data[at + j];
                    int e = v - lo;
                    if (Integer.compareUnsigned(e, span) >= 0) {
                        e = table.entryOutside(v);
                    }
                    packed += lut[base + j * entries + e];
                }
                if ((int) packed > SIX) {
                    throw invalidValue(matrix, r, data, offset, cols, table);
                }
                double p = scale(r, d, packed, SIX, nd, min, low, range, minAnswered, mean, pomp, status, outcome);
                double w = weights[d];
                if (w > 0) {
                    if (!Double.isNaN(p)) {
                        wsum += w;
                        wpomp += w * p;
                    } else {
                        compositeOk = false;
                    }
                }
            }
            composite[r] = compositeOk ? Math.max(0, Math.min(100, wpomp / wsum)) : Double.NaN;
        }
    }

    /**
     * The arrays the mean kernel writes and the constants it needs. The loops copy them into locals first:
     * read through the object inside the loop they cost about 20% (measured), because the JIT reloads them.
     */
    private static final class Output {
        private final int nd;
        private final int[] sizes;
        private final int[] minAnswered;
        /** Composite weight per scale; 0 for the outcome scale. */
        private final double[] weights;

        private final int min;
        private final double low;
        private final double range;
        private final double[][] mean;
        private final double[][] pomp;
        private final byte[][] status;
        private final double @org.jspecify.annotations.Nullable [] outcome;

        @SuppressWarnings("TooManyParameters")
        Output(
                CompiledInstrument compiled,
                int nd,
                int[] sizes,
                int[] minAnswered,
                double[] compositeWeights,
                double[][] mean,
                double[][] pomp,
                byte[][] status,
                double @org.jspecify.annotations.Nullable [] outcome) {
            this.nd = nd;
            this.sizes = sizes;
            this.minAnswered = minAnswered;
            this.weights = java.util.Arrays.copyOf(compositeWeights, sizes.length);
            if (nd < sizes.length) {
                weights[nd] = 0;
            }
            this.min = compiled.min;
            this.low = compiled.min;
            this.range = (double) compiled.max - compiled.min;
            this.mean = mean;
            this.pomp = pomp;
            this.status = status;
            this.outcome = outcome;
        }
    }

    /**
     * Writes scale d of row r from its packed sum (checked for invalid values by the caller): low 32 bits the
     * answered count, high 32 bits {@code Σ(keyed − min)}. Returns the scale's POMP, NaN when too few items
     * were answered.
     */
    @SuppressWarnings("TooManyParameters")
    private static double scale(
            int r,
            int d,
            long packed,
            int k,
            int nd,
            int min,
            double low,
            double range,
            int[] minAnswered,
            double[][] mean,
            double[][] pomp,
            byte[][] status,
            double @org.jspecify.annotations.Nullable [] outcome) {
        int n = (int) packed;
        int sum = (int) (packed >>> 32) + n * min;
        boolean scored = n >= minAnswered[d];
        // The mean lies in [min, max] and rounding is monotone, so POMP needs no clamping here.
        double p = scored ? 100.0 * ((double) sum / n - low) / range : Double.NaN;
        if (d == nd) {
            if (outcome != null) {
                outcome[r] = p;
            }
        } else if (scored) {
            mean[d][r] = (double) sum / n;
            pomp[d][r] = p;
            status[d][r] = n == k ? COMPLETE : PRORATED;
        } else {
            mean[d][r] = Double.NaN;
            pomp[d][r] = Double.NaN;
            status[d][r] = INSUFFICIENT;
        }
        return p;
    }

    /** Finds the first value of a row that is neither on the scale nor a marker, and reports it. */
    private static ScoringException invalidValue(
            ResponseMatrix matrix, int r, int[] src, int offset, int[] cols, ValueTable table) {
        for (int c : cols) {
            int v = src[offset + c];
            if (!table.isValid(v) && !table.isMarker(v)) {
                return outOfScale(matrix, r, c, v, table);
            }
        }
        throw new IllegalStateException("row " + (r + 1) + " was reported invalid but has no invalid value");
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

    private static ScoringException outOfScale(ResponseMatrix matrix, int row, int col, int v, ValueTable table) {
        return outOfScale(matrix, row, col, v, table.scaleMin(), table.scaleMax());
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

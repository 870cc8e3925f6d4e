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
        int min = compiled.min;
        int max = compiled.max;
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
        double[][] raw = new double[nd][rows];
        double[][] mean = new double[nd][rows];
        double[][] pomp = new double[nd][rows];
        byte[][] status = new byte[nd][rows];
        double[] composite = new double[rows];
        double[] outcome = new double[rows];
        Arrays.fill(outcome, Double.NaN);
        int missing = matrix.missingMarker();
        int declined = matrix.declinedMarker().orElse(missing);
        int[] row = new int[nItems];
        ScaleResult r = new ScaleResult();
        for (int i = 0; i < rows; i++) {
            // Translate the row into item positions, checking every value.
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
                    throw new ScoringException(
                            ScoringError.INVALID_MATRIX,
                            "row " + (i + 1) + ", item " + cols.get(c) + ": value " + v + " is outside the scale " + min
                                    + ".." + max + " (missing marker " + missing + ")");
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
            if (compiled.outcome != null) {
                r.score(compiled.outcome, row, min, max, policy, strategy, compiled.instrument.scale());
                outcome[i] = r.scored ? Math.max(0, Math.min(100, r.pomp)) : Double.NaN;
            }
        }
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

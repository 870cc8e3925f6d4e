package dev.intimacy.scoring.reliability;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.scoring.ScoringError;
import dev.intimacy.scoring.ScoringException;
import dev.intimacy.scoring.batch.ResponseMatrix;
import dev.intimacy.scoring.internal.CovarianceAccumulator;
import dev.intimacy.scoring.internal.RowBlocks;
import dev.intimacy.scoring.internal.ValueTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * Reliability of an instrument's scales on a sample, matching R's {@code psych::alpha}. Build it once per
 * instrument; run it on assessments, on a {@link ResponseMatrix}, or row by row through an {@link
 * Accumulator} (one streaming pass, memory independent of the number of rows).
 *
 * <pre>{@code
 * ReliabilityReport report = ReliabilityAnalysis.builder(instrument).build().analyze(assessments);
 * report.dimension(Dimension.TRUST).flatMap(ScaleReliability::rawAlpha::...);
 * report.warnings().forEach(System.out::println);   // e.g. an item that is probably keyed the wrong way
 * }</pre>
 *
 * <p>Reverse-keyed items are reflected on the scale before anything is computed. With {@link
 * Method#PAIRWISE} (the default, as {@code psych::alpha}) each covariance uses the rows that answered both
 * items and {@code N} counts every row; with {@link Method#LISTWISE} a scale uses only the rows that answered
 * all its items. Items with zero variance are left out of the scale's statistics, with a warning; an item
 * with a negative {@code r.drop} is reported as probably keyed the wrong way. Nothing fails and no data is
 * changed.
 */
public final class ReliabilityAnalysis {

    /** How missing answers are handled. */
    public enum Method {
        /** Pairwise-complete covariances over all rows (the default, as {@code psych::alpha}). */
        PAIRWISE,
        /** Only rows that answered every item of the scale. */
        LISTWISE
    }

    /** Most pattern counters the fast matrix path keeps for all scales together (32 MB of counters). */
    private static final int MAX_COUNTED_PATTERNS = 1 << 23;

    private static final int SIX = RowBlocks.SIX;

    private final Instrument instrument;
    private final Method method;
    private final double confidenceLevel;
    private final List<Scale> scales = new ArrayList<>();

    private static final class Scale {
        private final Optional<Dimension> dimension;
        private final List<Item> items;
        private final int[] position;
        private final boolean[] reverse;

        Scale(Optional<Dimension> dimension, List<Item> items, int[] position, boolean[] reverse) {
            this.dimension = dimension;
            this.items = items;
            this.position = position;
            this.reverse = reverse;
        }

        Optional<Dimension> dimension() {
            return dimension;
        }

        List<Item> items() {
            return items;
        }

        int[] position() {
            return position;
        }

        boolean[] reverse() {
            return reverse;
        }
    }

    private ReliabilityAnalysis(Instrument instrument, Method method, double confidenceLevel) {
        this.instrument = instrument;
        this.method = method;
        this.confidenceLevel = confidenceLevel;
        Map<ItemId, Integer> pos = new java.util.HashMap<>();
        for (int i = 0; i < instrument.items().size(); i++) {
            pos.put(instrument.items().get(i).id(), i);
        }
        for (Dimension d : instrument.coveredDimensions()) {
            scales.add(scale(Optional.of(d), instrument.itemsOf(d), pos));
        }
        if (!instrument.outcomeItems().isEmpty()) {
            scales.add(scale(Optional.empty(), instrument.outcomeItems(), pos));
        }
    }

    private static Scale scale(Optional<Dimension> d, List<Item> items, Map<ItemId, Integer> pos) {
        int[] p = new int[items.size()];
        boolean[] r = new boolean[items.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = pos.get(items.get(i).id());
            r[i] = items.get(i).keying() == Keying.REVERSE;
        }
        return new Scale(d, items, p, r);
    }

    /**
     * Starts building an analysis.
     *
     * @param instrument the instrument whose scales are analysed
     * @return a builder: pairwise, 95% Feldt interval
     */
    public static Builder builder(Instrument instrument) {
        return new Builder(instrument);
    }

    /**
     * Analyses a sample of assessments. Each is checked against the instrument first.
     *
     * @param assessments the sample
     * @return the report
     * @throws dev.intimacy.model.answer.InvalidAssessmentException when an assessment does not fit
     */
    public ReliabilityReport analyze(Collection<Assessment> assessments) {
        Accumulator acc = accumulator();
        int[] row = new int[instrument.items().size()];
        for (Assessment a : assessments) {
            a.requireValidFor(instrument);
            for (int i = 0; i < row.length; i++) {
                Answer ans = a.answer(instrument.items().get(i).id());
                row[i] = ans.isValue() ? ans.valueOr(0) : Integer.MIN_VALUE;
            }
            acc.add(row);
        }
        return acc.report();
    }

    /**
     * Analyses a response matrix. Values equal to the missing or declined marker are missing.
     *
     * <p>When every scale is short enough (for example 6 items on a 5-point scale with the marker −1: 7⁶
     * response patterns), rows are counted by response pattern in one pass and each distinct pattern is
     * added once at the end; memory is then one {@code int} counter per possible pattern (about 0.5 MB per
     * such scale, at most 32 MB in all), whatever the number of rows. Otherwise rows are added one by one.
     * The report is the same either way, and the same as from {@link #analyze(Collection)} on the same
     * answers.
     *
     * @param matrix the sample
     * @return the report
     * @throws ScoringException with {@link ScoringError#INVALID_MATRIX} for an unknown column or a value
     *     outside the scale
     */
    public ReliabilityReport analyze(ResponseMatrix matrix) {
        Accumulator acc = accumulator();
        int[] columnOfItem = new int[instrument.items().size()];
        java.util.Arrays.fill(columnOfItem, -1);
        for (int c = 0; c < matrix.columns().size(); c++) {
            ItemId id = matrix.columns().get(c);
            Item item = instrument
                    .item(id)
                    .orElseThrow(() -> new ScoringException(
                            ScoringError.INVALID_MATRIX, "column " + id + " is not an item of " + instrument.ref()));
            columnOfItem[instrument.items().indexOf(item)] = c;
        }
        int missing = matrix.missingMarker();
        int declined = matrix.declinedMarker().orElse(missing);
        int min = instrument.scale().min();
        int max = instrument.scale().max();
        // Per scale, the matrix column of each item (-1 when the matrix has none).
        int[][] columns = new int[scales.size()][];
        for (int s = 0; s < scales.size(); s++) {
            int[] pos = scales.get(s).position();
            columns[s] = new int[pos.length];
            for (int i = 0; i < pos.length; i++) {
                columns[s][i] = columnOfItem[pos[i]];
            }
        }
        int width = matrix.columns().size();
        boolean anyAbsent = false;
        for (int s = 0; s < columns.length; s++) {
            for (int i = 0; i < columns[s].length; i++) {
                if (columns[s][i] < 0) {
                    columns[s][i] = width; // reads the missing marker (RowBlocks)
                    anyAbsent = true;
                }
            }
        }
        // Markers get digits of their own only when they lie right next to the scale (e.g. -1 and 0 for 1..5),
        // which keeps the pattern tables small; any other marker shares one extra digit.
        ValueTable table = new ValueTable(min, max, missing, declined, max - min + 3);
        if (acc.countPatterns(matrix, anyAbsent, columns, table)) {
            return acc.report();
        }
        RowBlocks.scan(matrix, anyAbsent, (src, stride, rowFrom, count) -> {
            for (int i = 0; i < count; i++) {
                acc.addRow(matrix, rowFrom + i, src, i * stride, columns, missing, declined);
            }
        });
        return acc.report();
    }

    /** Returns whether a raw value has a direct entry in the table. */
    private static boolean isDirect(ValueTable table, int v) {
        return Integer.compareUnsigned(v - table.lo(), table.span()) < 0;
    }

    /** Returns a new streaming accumulator; not thread-safe. */
    public Accumulator accumulator() {
        return new Accumulator();
    }

    /**
     * Streams rows through the analysis in one pass; memory depends on the number of items only. Not
     * thread-safe: use one per thread.
     */
    public final class Accumulator {
        private final CovarianceAccumulator[] acc = new CovarianceAccumulator[scales.size()];
        private final int[][] xs = new int[scales.size()][];
        private final boolean[][] presents = new boolean[scales.size()][];
        private final int min = instrument.scale().min();
        private final int max = instrument.scale().max();
        private final int reflect = min + max;
        private long rows;

        private Accumulator() {
            for (int s = 0; s < scales.size(); s++) {
                int k = scales.get(s).items().size();
                acc[s] = new CovarianceAccumulator(
                        k, instrument.scale().min(), instrument.scale().points());
                xs[s] = new int[k];
                presents[s] = new boolean[k];
            }
        }

        /**
         * Adds one respondent's values, by item position in the instrument, with {@code
         * Integer.MIN_VALUE} for a missing answer. The values must lie on the scale.
         *
         * @param valuesByItemPosition one value per instrument item
         * @throws ScoringException with {@link ScoringError#INVALID_SAMPLE} for a value outside the scale
         */
        public void add(int[] valuesByItemPosition) {
            rows++;
            for (int s = 0; s < scales.size(); s++) {
                Scale sc = scales.get(s);
                int[] pos = sc.position();
                int k = pos.length;
                int[] x = xs[s];
                boolean[] present = presents[s];
                int answered = 0;
                for (int i = 0; i < k; i++) {
                    int v = valuesByItemPosition[pos[i]];
                    present[i] = v != Integer.MIN_VALUE;
                    if (present[i]) {
                        x[i] = keyed(sc, i, v, ScoringError.INVALID_SAMPLE);
                        answered++;
                    }
                }
                accumulate(s, x, present, answered);
            }
        }

        /**
         * The fast matrix path: rows are counted by the pattern of their raw values, one counter per scale and
         * pattern; each distinct pattern is keyed, checked and added to the scale's sums only at the end, once
         * for all its rows. A row costs a read and a multiply-add per value and an increment per scale, with
         * no branch on the data when the markers lie next to the scale.
         *
         * <p>A pattern's code is {@code Σ digitᵢ·base^(k−1−i)}: the digit of a value in the direct range of the
         * {@link ValueTable} is {@code v − lo}, the digit of a marker outside it is {@code span}. Returns false,
         * having added nothing, when the patterns do not fit: more than {@value
         * CovarianceAccumulator#MAX_PATTERNS} for a scale or {@value #MAX_COUNTED_PATTERNS} for all scales.
         */
        boolean countPatterns(ResponseMatrix matrix, boolean anyAbsent, int[][] columns, ValueTable table) {
            int missing = matrix.missingMarker();
            int declined = matrix.declinedMarker().orElse(missing);
            // A marker outside the direct range gets one more digit; any other value outside it is an error.
            int far = isDirect(table, missing) && isDirect(table, declined) ? -1 : table.span();
            int base = table.span() + (far < 0 ? 0 : 1);
            int scaleCount = columns.length;
            int[] from = new int[scaleCount + 1];
            int total = 0;
            for (int s = 0; s < scaleCount; s++) {
                double n = Math.pow(base, columns[s].length);
                if (!acc[s].usesPatterns()
                        || n > CovarianceAccumulator.MAX_PATTERNS
                        || from[s] + n > MAX_COUNTED_PATTERNS) {
                    return false;
                }
                from[s + 1] = from[s] + (int) n;
                total += columns[s].length;
            }
            int[] cols = new int[total];
            int[] sizes = new int[scaleCount];
            int q = 0;
            for (int s = 0; s < scaleCount; s++) {
                sizes[s] = columns[s].length;
                for (int c : columns[s]) {
                    cols[q++] = c;
                }
            }
            int[] counts = new int[from[scaleCount]];
            boolean six = RowBlocks.sixAdjacent(cols, sizes);
            RowBlocks.scan(matrix, anyAbsent, (src, stride, rowFrom, n) -> {
                if (six) {
                    countSixAdjacent(matrix, src, stride, rowFrom, n, cols, table, far, from, counts);
                } else {
                    count(matrix, src, stride, rowFrom, n, cols, sizes, table, far, from, counts);
                }
            });
            // The kind of each digit: a point of the scale, a marker, or neither.
            int[] kind = new int[base];
            for (int digit = 0; digit < base; digit++) {
                kind[digit] = digit == far ? ValueTable.MARKER : table.kind(digit);
            }
            for (int s = 0; s < scaleCount; s++) {
                if (!addPatterns(s, counts, from[s], sizes[s], base, kind, table)) {
                    throw firstInvalid(matrix, cols, table);
                }
            }
            rows += matrix.rows();
            return true;
        }

        /**
         * Adds the rows counted under each raw pattern of scale s to the scale's accumulator: keys the values
         * and passes the accumulator's own pattern code with the count (skipping, with listwise deletion,
         * patterns with a missing item). Returns false when a counted pattern has a value that is neither a
         * point of the scale nor a marker.
         */
        private boolean addPatterns(int s, int[] counts, int from, int k, int base, int[] kind, ValueTable table) {
            CovarianceAccumulator a = acc[s];
            boolean[] rev = scales.get(s).reverse();
            int missingState = a.patternBase() - 1;
            // Per item and digit: the item's state in the accumulator's code times its place value.
            int[][] part = new int[k][base];
            int place = 1;
            for (int i = k - 1; i >= 0; i--) {
                for (int digit = 0; digit < base; digit++) {
                    int v = table.value(digit);
                    int state = kind[digit] == ValueTable.VALID ? (rev[i] ? reflect - v : v) - min : missingState;
                    part[i][digit] = state * place;
                }
                place *= a.patternBase();
            }
            int n = (int) Math.pow(base, k);
            int[] digits = new int[k]; // the code's digits, counted up like an odometer
            for (int code = 0; code < n; code++) {
                int times = counts[from + code];
                if (times != 0) {
                    int own = 0;
                    boolean complete = true;
                    for (int i = 0; i < k; i++) {
                        int digitKind = kind[digits[i]];
                        if (digitKind == ValueTable.INVALID) {
                            return false;
                        }
                        complete &= digitKind == ValueTable.VALID;
                        own += part[i][digits[i]];
                    }
                    if (complete || method == Method.PAIRWISE) {
                        a.addPattern(own, times);
                    }
                }
                for (int i = k - 1; i >= 0 && ++digits[i] == base; i--) {
                    digits[i] = 0;
                }
            }
            return true;
        }

        /**
         * The counting loop for any layout (see {@link #countPatterns}): rows {@code rowFrom .. rowFrom+count−1}
         * of the matrix, read from {@code src} where row {@code rowFrom + i} starts at {@code i × stride}.
         */
        @SuppressWarnings("TooManyParameters")
        private void count(
                ResponseMatrix matrix,
                int[] src,
                int stride,
                int rowFrom,
                int count,
                int[] cols,
                int[] sizes,
                ValueTable table,
                int far,
                int[] from,
                int[] counts) {
            int lo = table.lo();
            int span = table.span();
            int base = span + (far < 0 ? 0 : 1);
            for (int i = 0; i < count; i++) {
                int offset = i * stride;
                int j = 0;
                for (int s = 0; s < sizes.length; s++) {
                    int code = 0;
                    for (int end = j + sizes[s]; j < end; j++) {
                        int v = src[offset + cols[j]];
                        int digit = v - lo;
                        if (Integer.compareUnsigned(digit, span) >= 0) {
                            digit = outside(matrix, table, far, v, rowFrom + i, cols[j]);
                        }
                        code = code * base + digit;
                    }
                    counts[from[s] + code]++;
                }
            }
        }

        /**
         * The counting loop for six adjacent items per scale, the shape of the bundled instrument, over the same
         * rows as {@link #count}: a loop bound the JIT knows, so that it unrolls the item loop
         * (docs/BENCHMARKS.md).
         */
        @SuppressWarnings("TooManyParameters")
        private void countSixAdjacent(
                ResponseMatrix matrix,
                int[] data,
                int stride,
                int rowFrom,
                int count,
                int[] cols,
                ValueTable table,
                int far,
                int[] from,
                int[] counts) {
            int scales = cols.length / SIX;
            int lo = table.lo();
            int span = table.span();
            int base = span + (far < 0 ? 0 : 1);
            for (int i = 0; i < count; i++) {
                int offset = i * stride;
                for (int s = 0; s < scales; s++) {
                    int at = offset + cols[s * SIX];
                    int code = 0;
                    for (int j = 0; j < SIX; j++) {
                        int v = data[at + j];
                        int digit = v - lo;
                        if (Integer.compareUnsigned(digit, span) >= 0) {
                            digit = outside(matrix, table, far, v, rowFrom + i, cols[s * SIX] + j);
                        }
                        code = code * base + digit;
                    }
                    counts[from[s] + code]++;
                }
            }
        }

        /** The digit of a value outside the direct range: the far marker's, or an error for anything else. */
        private int outside(ResponseMatrix matrix, ValueTable table, int far, int v, int r, int column) {
            if (far >= 0 && table.isMarker(v)) {
                return far;
            }
            throw outOfScale(matrix, r, column, v);
        }

        /** Finds the first value, row by row, that is neither on the scale nor a marker, and reports it. */
        private ScoringException firstInvalid(ResponseMatrix matrix, int[] cols, ValueTable table) {
            int width = matrix.columns().size();
            for (int r = 0; r < matrix.rows(); r++) {
                for (int c : cols) {
                    if (c < width) {
                        int v = matrix.value(r, c);
                        if (!table.isValid(v) && !table.isMarker(v)) {
                            return outOfScale(matrix, r, c, v);
                        }
                    }
                }
            }
            throw new IllegalStateException("a pattern was reported invalid but the matrix has no invalid value");
        }

        private ScoringException outOfScale(ResponseMatrix matrix, int r, int column, int v) {
            return new ScoringException(
                    ScoringError.INVALID_MATRIX,
                    "row " + (r + 1) + ", item " + matrix.columns().get(column) + ": value " + v
                            + " is outside the scale " + instrument.scale());
        }

        /** The matrix path: one row's raw values, read through each scale's columns. */
        void addRow(ResponseMatrix matrix, int r, int[] row, int offset, int[][] columns, int missing, int declined) {
            rows++;
            for (int s = 0; s < columns.length; s++) {
                int[] cols = columns[s];
                boolean[] rev = scales.get(s).reverse();
                int k = cols.length;
                CovarianceAccumulator a = acc[s];
                int base = a.patternBase();
                int code = 0;
                int answered = 0;
                for (int i = 0; i < k; i++) {
                    int v = row[offset + cols[i]];
                    if (v >= min && v <= max) {
                        code = code * base + ((rev[i] ? reflect - v : v) - min);
                        answered++;
                        continue;
                    }
                    if (v != missing && v != declined) {
                        throw outOfScale(matrix, r, cols[i], v);
                    }
                    code = code * base + (base - 1);
                }
                if (a.usesPatterns()) {
                    if (method == Method.PAIRWISE || answered == k) {
                        a.addPattern(code);
                    }
                    continue;
                }
                int[] x = xs[s];
                boolean[] present = presents[s];
                for (int i = 0; i < k; i++) {
                    int v = row[offset + cols[i]];
                    present[i] = v != missing && v != declined;
                    x[i] = present[i] ? (rev[i] ? reflect - v : v) : 0;
                }
                accumulate(s, x, present, answered);
            }
        }

        private int keyed(Scale sc, int i, int v, ScoringError error) {
            if (v < min || v > max) {
                throw new ScoringException(
                        error,
                        "row " + rows + ", item " + sc.items().get(i).id() + ": value " + v + " is outside the scale "
                                + instrument.scale());
            }
            return sc.reverse()[i] ? reflect - v : v;
        }

        private void accumulate(int s, int[] x, boolean[] present, int answered) {
            CovarianceAccumulator a = acc[s];
            if (answered == x.length) {
                a.addComplete(x);
            } else if (method == Method.LISTWISE) {
                return;
            } else if (answered == 0) {
                a.addEmpty();
            } else {
                a.addIncomplete(x, present);
            }
        }

        /** Returns the report for the rows added so far. */
        public ReliabilityReport report() {
            List<ReliabilityWarning> warnings = new ArrayList<>();
            Map<Dimension, ScaleReliability> dims = new EnumMap<>(Dimension.class);
            Optional<ScaleReliability> outcome = Optional.empty();
            for (int s = 0; s < scales.size(); s++) {
                acc[s].flush();
                ScaleReliability r = compute(scales.get(s), acc[s], warnings);
                if (scales.get(s).dimension().isPresent()) {
                    dims.put(scales.get(s).dimension().get(), r);
                } else {
                    outcome = Optional.of(r);
                }
            }
            return new ReliabilityReport(method, confidenceLevel, rows, dims, outcome, List.copyOf(warnings));
        }
    }

    private ScaleReliability compute(Scale sc, CovarianceAccumulator a, List<ReliabilityWarning> warnings) {
        String label = sc.dimension().map(Dimension::code).orElse("outcome");
        int kAll = sc.items().size();
        // Items used: those with a positive variance.
        List<Integer> used = new ArrayList<>();
        boolean[] zero = new boolean[kAll];
        for (int i = 0; i < kAll; i++) {
            double v = a.covariance(i, i);
            if (v > 0) {
                used.add(i);
            } else if (a.count(i, i) >= 2) {
                zero[i] = true;
                ItemId id = sc.items().get(i).id();
                warnings.add(new ReliabilityWarning(
                        ReliabilityWarning.Kind.ZERO_VARIANCE,
                        label,
                        Optional.of(id),
                        "scale " + label + ", item " + id + ": every answer was the same (zero variance); the item was"
                                + " left out of the scale's statistics"));
            }
        }
        int k = used.size();
        double[][] c = new double[k][k];
        boolean pairsOk = true;
        for (int x = 0; x < k; x++) {
            for (int y = 0; y < k; y++) {
                c[x][y] = a.covariance(used.get(x), used.get(y));
                if (Double.isNaN(c[x][y])) {
                    pairsOk = false;
                }
            }
        }
        if (!pairsOk) {
            warnings.add(new ReliabilityWarning(
                    ReliabilityWarning.Kind.TOO_FEW_RESPONDENTS,
                    label,
                    Optional.empty(),
                    "scale " + label + ": some pairs of items were answered together by fewer than 2 respondents;"
                            + " alpha cannot be computed"));
        } else if (k < 2) {
            warnings.add(new ReliabilityWarning(
                    ReliabilityWarning.Kind.TOO_FEW_ITEMS,
                    label,
                    Optional.empty(),
                    "scale " + label + ": " + k + " item(s) with variance; alpha needs at least 2"));
        }
        boolean ok = pairsOk && k >= 2;
        if (ok) {
            double trace = 0;
            for (int x = 0; x < k; x++) {
                trace += c[x][x];
            }
            // The variance of the total score is ΣC. When it is zero (the items cancel out) or, with pairwise
            // covariances, negative, alpha is undefined; rounding must not turn it into a huge number.
            if (!(sum(c, -1) > 1e-9 * trace)) {
                ok = false;
                warnings.add(new ReliabilityWarning(
                        ReliabilityWarning.Kind.ZERO_TOTAL_VARIANCE,
                        label,
                        Optional.empty(),
                        "scale " + label + ": the total score does not vary (its items cancel each other out); alpha is"
                                + " undefined"));
            }
        }
        long n = method == Method.PAIRWISE ? rows(a) : a.rows();
        OptionalDouble raw = ok ? OptionalDouble.of(rawAlpha(c, -1)) : OptionalDouble.empty();
        OptionalDouble std = ok ? OptionalDouble.of(stdAlpha(c, -1)) : OptionalDouble.empty();
        OptionalDouble avgR = ok ? OptionalDouble.of(averageR(c, -1)) : OptionalDouble.empty();
        OptionalDouble lower = OptionalDouble.empty();
        OptionalDouble upper = OptionalDouble.empty();
        OptionalDouble sd = OptionalDouble.empty();
        OptionalDouble sem = OptionalDouble.empty();
        if (ok) {
            double alpha = raw.getAsDouble();
            if (n >= 2) {
                double df1 = n - 1.0;
                double df2 = (n - 1.0) * (k - 1.0);
                FDistribution f = FDistribution.of(df1, df2);
                double tail = (1 - confidenceLevel) / 2;
                lower = OptionalDouble.of(1 - (1 - alpha) * f.inverseCumulativeProbability(1 - tail));
                upper = OptionalDouble.of(1 - (1 - alpha) * f.inverseCumulativeProbability(tail));
            }
            double total = sum(c, -1);
            double s = Math.sqrt(total) / k;
            sd = OptionalDouble.of(s);
            sem = OptionalDouble.of(s * Math.sqrt(Math.max(0, 1 - alpha)));
        }
        List<ItemReliability> items = new ArrayList<>();
        for (int i = 0; i < kAll; i++) {
            ItemId id = sc.items().get(i).id();
            long ni = a.count(i, i);
            OptionalDouble mean = ni > 0 ? OptionalDouble.of(a.mean(i)) : OptionalDouble.empty();
            OptionalDouble isd =
                    ni >= 2 ? OptionalDouble.of(Math.sqrt(Math.max(0, a.covariance(i, i)))) : OptionalDouble.empty();
            int u = used.indexOf(i);
            OptionalDouble rDrop = OptionalDouble.empty();
            OptionalDouble aDrop = OptionalDouble.empty();
            OptionalDouble sDrop = OptionalDouble.empty();
            if (ok && u >= 0) {
                double colSum = 0;
                for (int y = 0; y < k; y++) {
                    colSum += c[y][u];
                }
                double rest = sum(c, u);
                rDrop = OptionalDouble.of((colSum - c[u][u]) / Math.sqrt(c[u][u] * rest));
                if (k >= 3) {
                    aDrop = OptionalDouble.of(rawAlpha(c, u));
                    sDrop = OptionalDouble.of(stdAlpha(c, u));
                }
                if (rDrop.getAsDouble() < 0) {
                    warnings.add(new ReliabilityWarning(
                            ReliabilityWarning.Kind.NEGATIVE_R_DROP,
                            label,
                            Optional.of(id),
                            String.format(
                                    Locale.ROOT,
                                    "scale %s, item %s: negative corrected item-total correlation (r.drop %.3f); the item"
                                            + " is probably keyed the wrong way",
                                    label,
                                    id,
                                    rDrop.getAsDouble())));
                }
            }
            items.add(new ItemReliability(id, ni, mean, isd, rDrop, aDrop, sDrop, zero[i]));
        }
        return new ScaleReliability(sc.dimension(), n, k, raw, std, avgR, lower, upper, sd, sem, List.copyOf(items));
    }

    private static long rows(CovarianceAccumulator a) {
        return a.rows();
    }

    /** Sum of all entries of c, leaving out row and column {@code drop} (-1: none). */
    private static double sum(double[][] c, int drop) {
        double s = 0;
        for (int x = 0; x < c.length; x++) {
            if (x == drop) {
                continue;
            }
            for (int y = 0; y < c.length; y++) {
                if (y != drop) {
                    s += c[x][y];
                }
            }
        }
        return s;
    }

    private static double rawAlpha(double[][] c, int drop) {
        int k = c.length - (drop >= 0 ? 1 : 0);
        double trace = 0;
        for (int x = 0; x < c.length; x++) {
            if (x != drop) {
                trace += c[x][x];
            }
        }
        return k / (k - 1.0) * (1 - trace / sum(c, drop));
    }

    private static double correlationSum(double[][] c, int drop) {
        double s = 0;
        for (int x = 0; x < c.length; x++) {
            if (x == drop) {
                continue;
            }
            for (int y = 0; y < c.length; y++) {
                if (y != drop) {
                    s += x == y ? 1.0 : c[x][y] / Math.sqrt(c[x][x] * c[y][y]);
                }
            }
        }
        return s;
    }

    private static double stdAlpha(double[][] c, int drop) {
        int k = c.length - (drop >= 0 ? 1 : 0);
        return k / (k - 1.0) * (1 - k / correlationSum(c, drop));
    }

    private static double averageR(double[][] c, int drop) {
        int k = c.length - (drop >= 0 ? 1 : 0);
        return (correlationSum(c, drop) - k) / (k * (k - 1.0));
    }

    /** Builds a {@link ReliabilityAnalysis}. */
    public static final class Builder {
        private final Instrument instrument;
        private Method method = Method.PAIRWISE;
        private double confidenceLevel = 0.95;

        private Builder(Instrument instrument) {
            this.instrument = instrument;
        }

        /**
         * Sets how missing answers are handled (default {@link Method#PAIRWISE}).
         *
         * @param method the method
         * @return this builder
         */
        public Builder method(Method method) {
            this.method = method;
            return this;
        }

        /**
         * Sets the level of the Feldt interval (default 0.95).
         *
         * @param level a level in (0, 1)
         * @return this builder
         */
        public Builder confidenceLevel(double level) {
            if (!(level > 0 && level < 1)) {
                throw new ScoringException(
                        ScoringError.INVALID_CONFIGURATION, "confidence level " + level + " is outside (0, 1)");
            }
            this.confidenceLevel = level;
            return this;
        }

        /** Builds the analysis. */
        public ReliabilityAnalysis build() {
            return new ReliabilityAnalysis(instrument, method, confidenceLevel);
        }
    }
}

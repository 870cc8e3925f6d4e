package dev.intimacy.benchmarks;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.SemanticVersion;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.instrument.Perspective;
import dev.intimacy.model.instrument.ResponseScale;
import dev.intimacy.scoring.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Shared settings and state of every benchmark: one fork with a fixed 2 GB heap, two 1 s warm-up and three
 * 1 s measurement iterations; a 36-item instrument (6 dimensions × 6 items, items 2 and 5 of each dimension
 * reverse-keyed, scale 1..5, prorate at 0.5 by default); a scoring engine; and {@link #rows()} respondents of
 * deterministic pseudo-random data in one row-major {@code int[]} (seed {@value #SEED}, about 5% missing,
 * marked {@value #MISSING}). Subclasses add {@code @State}, {@code @BenchmarkMode} and {@code
 * @OutputTimeUnit}.
 *
 * <p>Run all benchmarks from the repository root with {@code java -jar intimacy-benchmarks/target/benchmarks.jar
 * 'ObjectApi|Batch|Reliability'} after {@code ./mvnw -B -q package -pl intimacy-benchmarks -am -DskipTests}.
 */
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public abstract class AbstractBenchmark {
    /** Items per dimension. */
    static final int PER_DIMENSION = 6;
    /** Dimensions. */
    static final int DIMENSIONS = 6;
    /** Items of the instrument. */
    static final int ITEMS = PER_DIMENSION * DIMENSIONS;
    /** Scale minimum. */
    static final int MIN = 1;
    /** Scale maximum. */
    static final int MAX = 5;
    /** The missing marker in the data. */
    static final int MISSING = -1;
    /** The seed of the data. */
    static final long SEED = 20_261_127L;
    /** Fewest answered items of a dimension that still give a score (prorate at 0.5 of 6). */
    static final int MIN_ANSWERED = 3;

    /** The instrument. */
    protected Instrument instrument;
    /** The item ids in column order (the instrument's order). */
    protected List<ItemId> columns;
    /** Whether each column is reverse-keyed. */
    protected boolean[] reverse;
    /** The engine, with the defaults. */
    protected ScoringEngine engine;
    /** {@link #rows()} × {@value #ITEMS} values, row after row. */
    protected int[] values;

    /** Set by the subclass: the number of respondents to generate. */
    protected abstract int rows();

    /** Builds the instrument, the engine and the data, once per trial. */
    @Setup(Level.Trial)
    public void setUpShared() {
        instrument = instrument();
        columns = new ArrayList<>();
        reverse = new boolean[ITEMS];
        List<Item> items = instrument.items();
        for (int i = 0; i < ITEMS; i++) {
            columns.add(items.get(i).id());
            reverse[i] = items.get(i).keying() == Keying.REVERSE;
        }
        engine = ScoringEngine.builder(instrument).build();
        values = data(rows(), reverse);
    }

    /** The 36-item instrument, items grouped by dimension. */
    static Instrument instrument() {
        Instrument.Builder b = Instrument.builder()
                .id(InstrumentId.of("bench-six-by-six"))
                .version(SemanticVersion.of(1, 0, 0))
                .titleKey("t")
                .scale(ResponseScale.of(MIN, MAX));
        for (Dimension d : Dimension.values()) {
            for (int i = 1; i <= PER_DIMENSION; i++) {
                b.addItems(Item.builder()
                        .id(ItemId.of(d.code().substring(0, 3) + "-" + i))
                        .dimension(d)
                        .keying(i == 2 || i == 5 ? Keying.REVERSE : Keying.POSITIVE)
                        .perspective(Perspective.SELF)
                        .textKey("k")
                        .build());
            }
        }
        return b.build();
    }

    /**
     * Deterministic data: per respondent and dimension a level 1..5, each item the level ± 1 (clamped,
     * reflected for reverse-keyed items), about 5% of values replaced by the missing marker.
     */
    static int[] data(int rows, boolean[] reverse) {
        SplittableRandom random = new SplittableRandom(SEED);
        int[] out = new int[rows * ITEMS];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int d = 0; d < DIMENSIONS; d++) {
                int level = MIN + random.nextInt(MAX - MIN + 1);
                for (int i = 0; i < PER_DIMENSION; i++) {
                    int column = d * PER_DIMENSION + i;
                    if (random.nextInt(100) < 5) {
                        out[k++] = MISSING;
                    } else {
                        int v = Math.max(MIN, Math.min(MAX, level + random.nextInt(3) - 1));
                        out[k++] = reverse[column] ? MIN + MAX - v : v;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The hand-written arithmetic for one row, shared by the baselines: keyed mean per dimension when at
     * least {@value #MIN_ANSWERED} of 6 items are answered (else NaN), POMP on 1..5, and the composite as the
     * mean POMP of the six dimensions (NaN when any is insufficient).
     *
     * @param values the row-major values
     * @param offset index of the row's first value
     * @param reverse reverse-keying per column
     * @param mean receives the six means
     * @param pomp receives the six POMP scores
     * @return the composite
     */
    static double scoreRow(int[] values, int offset, boolean[] reverse, double[] mean, double[] pomp) {
        double pompSum = 0;
        boolean ok = true;
        for (int d = 0; d < DIMENSIONS; d++) {
            int sum = 0;
            int answered = 0;
            int base = d * PER_DIMENSION;
            for (int i = 0; i < PER_DIMENSION; i++) {
                int v = values[offset + base + i];
                if (v != MISSING) {
                    sum += reverse[base + i] ? MIN + MAX - v : v;
                    answered++;
                }
            }
            if (answered >= MIN_ANSWERED) {
                double m = (double) sum / answered;
                double p = 100.0 * (m - MIN) / (MAX - MIN);
                mean[d] = m;
                pomp[d] = p;
                pompSum += p;
            } else {
                mean[d] = Double.NaN;
                pomp[d] = Double.NaN;
                ok = false;
            }
        }
        return ok ? pompSum / DIMENSIONS : Double.NaN;
    }

    /**
     * Fails the set-up when the baseline and the library disagree, so that a baseline never measures
     * different arithmetic.
     *
     * @param what what is compared, for the message
     * @param expected the library's value
     * @param actual the baseline's value
     */
    static void requireSame(String what, double expected, double actual) {
        if (Double.compare(expected, actual) != 0 && !(Math.abs(expected - actual) <= 1e-9)) {
            throw new IllegalStateException(
                    "baseline " + what + " " + actual + " differs from the library's " + expected);
        }
    }
}

package dev.intimacy.benchmarks;

import dev.intimacy.model.Dimension;
import dev.intimacy.scoring.batch.BatchResult;
import dev.intimacy.scoring.batch.ResponseMatrix;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 1,000,000 respondents × 36 items (one row-major {@code int[]}, 144 MB, built once per trial) through
 * {@code ScoringEngine.scoreBatch} against a hand-written loop over the same array that computes the same
 * per-dimension means, POMP and composite into freshly allocated {@code double} arrays, as the library does.
 * Average time per operation, milliseconds. Target: the library's throughput at least 0.8× the baseline's,
 * that is its time per operation at most 1.25× the baseline's.
 *
 * <p>Run from the repository root: {@code java -jar intimacy-benchmarks/target/benchmarks.jar BatchBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BatchBenchmark extends AbstractBenchmark {
    /** Respondents. */
    static final int ROWS = 1_000_000;

    private ResponseMatrix matrix;

    @Override
    protected int rows() {
        return ROWS;
    }

    /** Wraps the data in a matrix and checks both paths agree on the first 2,000 rows. */
    @Setup(Level.Trial)
    public void setUp() {
        matrix = ResponseMatrix.rowMajor(columns, values, MISSING);
        int n = 2_000;
        int[] prefix = Arrays.copyOf(values, n * ITEMS);
        BatchResult expected = engine.scoreBatch(ResponseMatrix.rowMajor(columns, prefix, MISSING));
        double[][] actual = baseline(prefix, n, reverse);
        Dimension[] dims = Dimension.values();
        for (int r = 0; r < n; r++) {
            for (int d = 0; d < DIMENSIONS; d++) {
                requireSame("mean", expected.mean(dims[d], r), actual[d][r]);
                requireSame("POMP", expected.pomp(dims[d], r), actual[DIMENSIONS + d][r]);
            }
            requireSame("composite", expected.compositeIndex(r), actual[2 * DIMENSIONS][r]);
        }
    }

    /**
     * The batch API.
     *
     * @return the scores
     */
    @Benchmark
    public BatchResult scoreBatch() {
        return engine.scoreBatch(matrix);
    }

    /**
     * The baseline over the same array.
     *
     * @param blackhole sinks the result arrays
     */
    @Benchmark
    public void baseline(Blackhole blackhole) {
        blackhole.consume(baseline(values, ROWS, reverse));
    }

    /**
     * Scores row-major data by hand.
     *
     * @return six mean columns, six POMP columns, then the composite column
     */
    static double[][] baseline(int[] values, int rows, boolean[] reverse) {
        double[][] out = new double[2 * DIMENSIONS + 1][];
        for (int d = 0; d < out.length; d++) {
            out[d] = new double[rows];
        }
        double[] composite = out[2 * DIMENSIONS];
        int offset = 0;
        for (int r = 0; r < rows; r++) {
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
                    out[d][r] = m;
                    out[DIMENSIONS + d][r] = p;
                    pompSum += p;
                } else {
                    out[d][r] = Double.NaN;
                    out[DIMENSIONS + d][r] = Double.NaN;
                    ok = false;
                }
            }
            composite[r] = ok ? pompSum / DIMENSIONS : Double.NaN;
            offset += ITEMS;
        }
        return out;
    }
}

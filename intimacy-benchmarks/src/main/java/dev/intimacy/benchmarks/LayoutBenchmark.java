package dev.intimacy.benchmarks;

import dev.intimacy.scoring.batch.BatchResult;
import dev.intimacy.scoring.batch.ResponseMatrix;
import dev.intimacy.scoring.reliability.ReliabilityAnalysis;
import dev.intimacy.scoring.reliability.ReliabilityReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The batch API and reliability on the same 1,000,000 × 36 data as {@link BatchBenchmark}, laid out row-major
 * or columnar ({@code int[36][1_000_000]}), with the missing marker next to the scale (−1) or far from it
 * (−999); the baseline is one pass over the same arrays that sums every answered value. Average time per
 * operation, milliseconds. Not part of the targets: it shows what the layout and the marker cost.
 *
 * <p>Run from the repository root: {@code java -jar intimacy-benchmarks/target/benchmarks.jar LayoutBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LayoutBenchmark extends AbstractBenchmark {
    /** How the matrix is laid out. */
    @Param({"row-major", "columnar"})
    public String layout;

    /** The missing marker. */
    @Param({"-1", "-999"})
    public int marker;

    private ResponseMatrix matrix;
    private ReliabilityAnalysis analysis;
    private int[] rowMajor;
    private int[][] columnar;

    @Override
    protected int rows() {
        return BatchBenchmark.ROWS;
    }

    /** Lays the shared data out as asked, with the asked marker, and builds the analysis. */
    @Setup(Level.Trial)
    public void setUp() {
        int rows = rows();
        if (layout.equals("columnar")) {
            columnar = new int[ITEMS][rows];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < ITEMS; c++) {
                    int v = values[r * ITEMS + c];
                    columnar[c][r] = v == MISSING ? marker : v;
                }
            }
            matrix = ResponseMatrix.columnar(columns, columnar, marker);
        } else {
            rowMajor = values.clone();
            for (int i = 0; i < rowMajor.length; i++) {
                if (rowMajor[i] == MISSING) {
                    rowMajor[i] = marker;
                }
            }
            matrix = ResponseMatrix.rowMajor(columns, rowMajor, marker);
        }
        values = null; // the shared copy is not needed any more; leave the heap to the results
        analysis = ReliabilityAnalysis.builder(instrument).build();
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
     * The reliability analysis.
     *
     * @return the report
     */
    @Benchmark
    public ReliabilityReport analyze() {
        return analysis.analyze(matrix);
    }

    /**
     * The baseline: one pass over the arrays, in their layout.
     *
     * @return the sum of every answered value
     */
    @Benchmark
    public long onePass() {
        long sum = 0;
        if (rowMajor != null) {
            for (int x : rowMajor) {
                if (x != marker) {
                    sum += x;
                }
            }
        } else {
            for (int[] column : columnar) {
                for (int x : column) {
                    if (x != marker) {
                        sum += x;
                    }
                }
            }
        }
        return sum;
    }
}

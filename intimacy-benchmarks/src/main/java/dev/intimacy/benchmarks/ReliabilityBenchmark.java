package dev.intimacy.benchmarks;

import dev.intimacy.scoring.batch.ResponseMatrix;
import dev.intimacy.scoring.reliability.ReliabilityAnalysis;
import dev.intimacy.scoring.reliability.ReliabilityReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cronbach's alpha (and the rest of the reliability report) for the six dimensions of 1,000,000 respondents
 * × 36 items, against a baseline of one pass over the same row-major {@code int[]} that sums every value
 * (skipping the missing marker). Average time per operation, milliseconds. Target: reliability at most 3×
 * the time of one pass.
 *
 * <p>Run from the repository root: {@code java -jar intimacy-benchmarks/target/benchmarks.jar
 * ReliabilityBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReliabilityBenchmark extends AbstractBenchmark {
    private ResponseMatrix matrix;
    private ReliabilityAnalysis analysis;

    @Override
    protected int rows() {
        return BatchBenchmark.ROWS;
    }

    /** Wraps the data in a matrix and builds the analysis. */
    @Setup(Level.Trial)
    public void setUp() {
        matrix = ResponseMatrix.rowMajor(columns, values, MISSING);
        analysis = ReliabilityAnalysis.builder(instrument).build();
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
     * The baseline: one pass over the data.
     *
     * @return the sum of every answered value
     */
    @Benchmark
    public long onePass() {
        int[] v = values;
        long sum = 0;
        for (int i = 0; i < v.length; i++) {
            int x = v[i];
            if (x != MISSING) {
                sum += x;
            }
        }
        return sum;
    }
}

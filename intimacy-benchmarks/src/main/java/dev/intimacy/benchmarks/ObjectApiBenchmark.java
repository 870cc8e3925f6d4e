package dev.intimacy.benchmarks;

import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.result.IntimacyProfile;
import java.time.Instant;
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
 * One 36-item assessment through {@code ScoringEngine.score} (validation, profile objects and all) against a
 * hand-written baseline that computes the six keyed dimension means, their POMP and the composite from a
 * primitive {@code int[]} row. Throughput on one thread, operations per second. Target: at least 1,000,000
 * assessments per second.
 *
 * <p>Run from the repository root: {@code java -jar intimacy-benchmarks/target/benchmarks.jar ObjectApiBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ObjectApiBenchmark extends AbstractBenchmark {
    private Assessment assessment;
    private int[] row;
    private final double[] mean = new double[DIMENSIONS];
    private final double[] pomp = new double[DIMENSIONS];

    @Override
    protected int rows() {
        return 1;
    }

    /** Builds the assessment from the first generated row and checks both paths agree on it. */
    @Setup(Level.Trial)
    public void setUp() {
        row = values.clone();
        Assessment.Builder a = Assessment.builder()
                .respondent(RespondentId.of("r"))
                .instrument(instrument.ref())
                .completedAt(Instant.EPOCH);
        for (int i = 0; i < ITEMS; i++) {
            a.putAnswers(columns.get(i), row[i] == MISSING ? Answer.skipped() : Answer.of(row[i]));
        }
        assessment = a.build();
        double expected = engine.score(assessment).compositeIndex().orElse(Double.NaN);
        double actual = scoreRow(row, 0, reverse, mean, pomp);
        requireSame("composite", expected, actual);
    }

    /**
     * The object API.
     *
     * @return the profile
     */
    @Benchmark
    public IntimacyProfile engineScore() {
        return engine.score(assessment);
    }

    /**
     * The baseline: the same arithmetic on a primitive row, no objects.
     *
     * @param blackhole sinks the means and POMP scores
     * @return the composite
     */
    @Benchmark
    public double baseline(Blackhole blackhole) {
        double composite = scoreRow(row, 0, reverse, mean, pomp);
        blackhole.consume(mean);
        blackhole.consume(pomp);
        return composite;
    }
}

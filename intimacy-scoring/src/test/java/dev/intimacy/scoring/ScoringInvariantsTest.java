package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.model.result.ScoreStatus;
import dev.intimacy.scoring.batch.BatchResult;
import dev.intimacy.scoring.batch.ResponseMatrix;
import dev.intimacy.scoring.reliability.ReliabilityAnalysis;
import dev.intimacy.scoring.reliability.ReliabilityReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ScoringInvariantsTest {

    private static final Instrument I15 = TestInstruments.sixByThree(1, 5);
    private static final ScoringEngine ENGINE = ScoringEngine.builder(I15).build();

    @Nested
    class Bounds {
        @Test
        void every_mean_lies_in_the_scale_and_every_pomp_and_the_composite_in_0_to_100() {
            qt().withExamples(1000).forAll(TestInstruments.codes(I15)).checkAssert(c -> {
                IntimacyProfile p = ENGINE.score(TestInstruments.assessment(I15, c));
                for (DimensionScore s : p.dimensions().values()) {
                    if (s.isScored()) {
                        assertThat(s.mean().getAsDouble()).isBetween(1.0, 5.0);
                        assertThat(s.pomp().getAsDouble()).isBetween(0.0, 100.0);
                    }
                }
                p.compositeIndex().ifPresent(ci -> assertThat(ci).isBetween(0.0, 100.0));
            });
        }
    }

    @Nested
    class Monotonicity {
        @Test
        void raising_an_answer_never_lowers_a_positive_items_dimension_nor_raises_a_reverse_items() {
            qt().withExamples(1000)
                    .forAll(TestInstruments.codes(I15), integers().between(0, 17))
                    .checkAssert((c, i) -> {
                        if (c[i] < 0 || c[i] == 4) {
                            return;
                        }
                        int[] raised = c.clone();
                        raised[i]++;
                        Item item = I15.items().get(i);
                        Dimension d = item.dimension().orElseThrow();
                        DimensionScore before = ENGINE.score(TestInstruments.assessment(I15, c))
                                .score(d)
                                .orElseThrow();
                        DimensionScore after = ENGINE.score(TestInstruments.assessment(I15, raised))
                                .score(d)
                                .orElseThrow();
                        if (!before.isScored()) {
                            return;
                        }
                        if (item.keying() == Keying.POSITIVE) {
                            assertThat(after.rawScore().getAsDouble())
                                    .isGreaterThanOrEqualTo(before.rawScore().getAsDouble());
                        } else {
                            assertThat(after.rawScore().getAsDouble())
                                    .isLessThanOrEqualTo(before.rawScore().getAsDouble());
                        }
                    });
        }
    }

    @Nested
    class Permutation {
        @Test
        void the_order_in_which_answers_arrive_changes_nothing() {
            qt().withExamples(1000)
                    .forAll(TestInstruments.codes(I15), integers().all())
                    .checkAssert((c, seed) -> {
                        Assessment a = TestInstruments.assessment(I15, c);
                        List<Map.Entry<ItemId, Answer>> entries =
                                new ArrayList<>(a.answers().entrySet());
                        Collections.shuffle(entries, new Random(seed));
                        Assessment.Builder b = Assessment.builder()
                                .respondent(a.respondent())
                                .instrument(a.instrument())
                                .completedAt(a.completedAt());
                        entries.forEach(e -> b.putAnswers(e.getKey(), e.getValue()));
                        assertThat(ENGINE.score(b.build())).isEqualTo(ENGINE.score(a));
                    });
        }
    }

    @Nested
    class Rescaling {
        @Test
        void pomp_is_unchanged_when_the_scale_and_all_answers_are_mapped_affinely() {
            Instrument i04 = TestInstruments.sixByThree(0, 4); // x - 1
            Instrument i19 = TestInstruments.sixByThree(1, 9); // 2x - 1
            ScoringEngine e04 = ScoringEngine.builder(i04).build();
            ScoringEngine e19 = ScoringEngine.builder(i19).build();
            qt().withExamples(1000).forAll(TestInstruments.codes(I15)).checkAssert(c -> {
                int[] doubled = c.clone();
                for (int k = 0; k < c.length; k++) {
                    doubled[k] = c[k] >= 0 ? 2 * c[k] : c[k]; // code 2c on 1..9 is value 2x - 1
                }
                IntimacyProfile p15 = ENGINE.score(TestInstruments.assessment(I15, c));
                IntimacyProfile p04 = e04.score(TestInstruments.assessment(i04, c)); // same codes: value x - 1
                IntimacyProfile p19 = e19.score(TestInstruments.assessment(i19, doubled));
                for (Dimension d : Dimension.values()) {
                    DimensionScore s = p15.score(d).orElseThrow();
                    if (s.isScored()) {
                        assertThat(p04.score(d).orElseThrow().pomp().getAsDouble())
                                .isCloseTo(s.pomp().getAsDouble(), within(1e-9));
                        assertThat(p19.score(d).orElseThrow().pomp().getAsDouble())
                                .isCloseTo(s.pomp().getAsDouble(), within(1e-9));
                    } else {
                        assertThat(p04.score(d).orElseThrow().isScored()).isFalse();
                    }
                }
            });
        }
    }

    @Nested
    class Prorating {
        @Test
        void prorating_equals_filling_each_missing_item_with_the_mean_of_the_answered_items() {
            qt().withExamples(1000).forAll(TestInstruments.codes(I15)).checkAssert(c -> {
                IntimacyProfile p = ENGINE.score(TestInstruments.assessment(I15, c));
                for (Dimension d : Dimension.values()) {
                    DimensionScore s = p.score(d).orElseThrow();
                    if (s.status() != ScoreStatus.PRORATED) {
                        continue;
                    }
                    // Keyed answered values, then the filled vector's mean.
                    List<Double> keyed = new ArrayList<>();
                    for (Item item : I15.itemsOf(d)) {
                        int code = c[I15.items().indexOf(item)];
                        if (code >= 0) {
                            int x = 1 + code;
                            keyed.add((double) (item.keying() == Keying.REVERSE ? 6 - x : x));
                        }
                    }
                    double m = keyed.stream()
                            .mapToDouble(Double::doubleValue)
                            .average()
                            .orElseThrow();
                    double filled =
                            (keyed.stream().mapToDouble(Double::doubleValue).sum() + m * (3 - keyed.size())) / 3;
                    assertThat(s.mean().getAsDouble()).isCloseTo(filled, within(1e-12));
                    assertThat(s.proratedItems()).hasSize(3 - keyed.size());
                }
            });
        }
    }

    @Nested
    class Batch {
        private final Gen<List<int[]>> samples =
                lists().of(TestInstruments.codes(I15)).ofSizeBetween(1, 30);

        @Test
        void batch_and_object_api_agree_exactly() {
            assertAgree(ENGINE);
        }

        @Test
        void batch_and_object_api_agree_exactly_for_a_strategy_other_than_the_mean() {
            assertAgree(ScoringEngine.builder(I15).strategy("sum").build());
        }

        @Test
        void batch_and_object_api_agree_exactly_on_the_six_items_per_scale_shape() {
            Instrument six = TestInstruments.sixBySix();
            assertAgree(
                    ScoringEngine.builder(six).build(),
                    lists().of(TestInstruments.codes(six)).ofSizeBetween(1, 30));
        }

        private void assertAgree(ScoringEngine engine) {
            assertAgree(engine, samples);
        }

        private void assertAgree(ScoringEngine engine, Gen<List<int[]>> sample) {
            Instrument instrument = engine.instrument();
            qt().withExamples(300).forAll(sample, longs().all()).checkAssert((rows, seed) -> {
                MatrixLayout layout = new MatrixLayout(instrument, seed);
                List<dev.intimacy.model.RespondentId> ids = new ArrayList<>();
                for (int r = 0; r < rows.size(); r++) {
                    ids.add(dev.intimacy.model.RespondentId.of("p" + r));
                }
                BatchResult batch = engine.scoreBatch(layout.matrix(instrument, rows, ids));
                for (int r = 0; r < rows.size(); r++) {
                    IntimacyProfile p = engine.score(
                            TestInstruments.assessment(instrument, layout.objectCodes(rows.get(r)), "p" + r));
                    for (Dimension d : Dimension.values()) {
                        DimensionScore s = p.score(d).orElseThrow();
                        assertThat(batch.status(d, r)).isEqualTo(s.status());
                        assertSame(batch.mean(d, r), s.mean().orElse(Double.NaN));
                        assertSame(batch.pomp(d, r), s.pomp().orElse(Double.NaN));
                        assertSame(batch.rawScore(d, r), s.rawScore().orElse(Double.NaN));
                    }
                    assertSame(batch.compositeIndex(r), p.compositeIndex().orElse(Double.NaN));
                    assertSame(
                            batch.outcomePomp(r),
                            p.outcome().orElseThrow().pomp().orElse(Double.NaN));
                    assertThat(batch.profile(r)).isEqualTo(p);
                }
            });
        }

        @Test
        void batch_and_object_api_agree_on_a_scale_too_long_for_the_packed_sums() {
            // 2,100 items in one scale: more than the mean kernel's packed sums hold, so the batch takes the
            // general path; it must still agree with the object path.
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= 2_100; i++) {
                ids.add("B" + i);
            }
            Instrument longScale = Fixtures.instrument(ids, java.util.Set.of("B2", "B2000"));
            ScoringEngine engine = ScoringEngine.builder(longScale).build();
            Random random = new Random(7);
            List<int[]> rows = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                int[] codes = new int[ids.size()];
                for (int i = 0; i < codes.length; i++) {
                    codes[i] = r == 2 && i % 2 == 0 ? -1 : random.nextInt(5);
                }
                rows.add(codes);
            }
            int[] values = new int[rows.size() * ids.size()];
            for (int r = 0; r < rows.size(); r++) {
                for (int i = 0; i < ids.size(); i++) {
                    int c = rows.get(r)[i];
                    values[r * ids.size() + i] = c < 0 ? -1 : 1 + c;
                }
            }
            List<ItemId> columns = new ArrayList<>();
            ids.forEach(id -> columns.add(ItemId.of(id)));
            BatchResult batch = engine.scoreBatch(ResponseMatrix.rowMajor(columns, values, -1));
            for (int r = 0; r < rows.size(); r++) {
                IntimacyProfile p = engine.score(TestInstruments.assessment(longScale, rows.get(r)));
                DimensionScore s = p.score(Dimension.TRUST).orElseThrow();
                assertSame(batch.mean(Dimension.TRUST, r), s.mean().orElse(Double.NaN));
                assertSame(batch.pomp(Dimension.TRUST, r), s.pomp().orElse(Double.NaN));
                assertThat(batch.status(Dimension.TRUST, r)).isEqualTo(s.status());
            }
            assertThat(batch.status(Dimension.TRUST, 2)).isEqualTo(ScoreStatus.PRORATED);
        }

        @Test
        void batch_and_object_api_agree_over_many_blocks_of_columnar_and_partial_matrices() {
            for (Instrument instrument : List.of(TestInstruments.sixBySix(), I15)) {
                ScoringEngine engine = ScoringEngine.builder(instrument).build();
                List<int[]> rows = manyRows(instrument, 11);
                for (long seed : blockLayoutSeeds(instrument)) {
                    MatrixLayout layout = new MatrixLayout(instrument, seed);
                    BatchResult batch = engine.scoreBatch(layout.matrix(instrument, rows, List.of()));
                    for (int r = 0; r < rows.size(); r++) {
                        IntimacyProfile p =
                                engine.score(TestInstruments.assessment(instrument, layout.objectCodes(rows.get(r))));
                        for (Dimension d : Dimension.values()) {
                            assertSame(
                                    batch.pomp(d, r),
                                    p.score(d).orElseThrow().pomp().orElse(Double.NaN));
                            assertThat(batch.status(d, r))
                                    .isEqualTo(p.score(d).orElseThrow().status());
                        }
                        assertSame(batch.compositeIndex(r), p.compositeIndex().orElse(Double.NaN));
                    }
                }
            }
        }

        @Test
        void a_value_outside_the_scale_is_reported_with_its_row_and_item_whatever_the_layout() {
            ScoringEngine engine = ScoringEngine.builder(SIX_BY_SIX).build();
            assertAValueOutsideTheScaleIsReported(engine::scoreBatch);
        }
    }

    private static final Instrument SIX_BY_SIX = TestInstruments.sixBySix();

    /**
     * One value that is neither on the scale nor a marker, put anywhere in a random sample in a random layout,
     * is reported by the matrix path with its row, item and value.
     */
    private static void assertAValueOutsideTheScaleIsReported(java.util.function.Consumer<ResponseMatrix> use) {
        int[] bad = {0, 6, 9, -5, 1000, Integer.MIN_VALUE + 5, Integer.MAX_VALUE - 1};
        qt().withExamples(300)
                .forAll(
                        lists().of(TestInstruments.codes(SIX_BY_SIX)).ofSizeBetween(1, 20),
                        longs().all(),
                        integers().between(0, 10_000),
                        integers().between(0, bad.length - 1))
                .checkAssert((rows, seed, where, which) -> {
                    MatrixLayout layout = new MatrixLayout(SIX_BY_SIX, seed);
                    int value = bad[which];
                    if (value == layout.missing || value == layout.declined) {
                        return;
                    }
                    int r = where % rows.size();
                    int column = where % layout.kept.size();
                    ResponseMatrix withBad = layout.matrixWith(SIX_BY_SIX, rows, r, column, value);
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> use.accept(withBad))
                            .isInstanceOf(ScoringException.class)
                            .hasMessageContaining("row " + (r + 1) + ", item "
                                    + withBad.columns().get(column) + ": value " + value
                                    + " is outside the scale 1..5");
                });
    }

    /** 1,000 rows of answer codes for an instrument (as {@link TestInstruments#codes}), from a fixed seed. */
    private static List<int[]> manyRows(Instrument instrument, long seed) {
        Random random = new Random(seed);
        int span = instrument.scale().max() - instrument.scale().min();
        List<int[]> rows = new ArrayList<>();
        for (int r = 0; r < 1_000; r++) {
            int[] codes = new int[instrument.items().size()];
            for (int i = 0; i < codes.length; i++) {
                int c = random.nextInt(span + 3) - 2;
                codes[i] = c;
            }
            rows.add(codes);
        }
        return rows;
    }

    /** Seeds of layouts that read the matrix through the block buffer: columnar, or a column left out. */
    private static List<Long> blockLayoutSeeds(Instrument instrument) {
        List<Long> seeds = new ArrayList<>();
        for (long seed = 0; seeds.size() < 6; seed++) {
            MatrixLayout layout = new MatrixLayout(instrument, seed);
            if (layout.columnar || layout.kept.size() < instrument.items().size()) {
                seeds.add(seed);
            }
        }
        return seeds;
    }

    /** Exact equality that treats NaN as equal to NaN (Double.compare). */
    private static void assertSame(double actual, double expected) {
        assertThat(Double.compare(actual, expected))
                .as("%s vs %s", actual, expected)
                .isZero();
    }

    @Nested
    class Alpha {
        private final Instrument trustOnly = Fixtures.instrument(List.of("B1", "B2", "B3", "B4"), java.util.Set.of());

        private ReliabilityReport analyze(List<int[]> rows) {
            List<Assessment> sample = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                Assessment.Builder a = Assessment.builder()
                        .respondent(dev.intimacy.model.RespondentId.of("r" + r))
                        .instrument(trustOnly.ref())
                        .completedAt(Instant.EPOCH);
                for (int k = 0; k < 4; k++) {
                    a.putAnswers(ItemId.of("B" + (k + 1)), Answer.of(rows.get(r)[k]));
                }
                sample.add(a.build());
            }
            return ReliabilityAnalysis.builder(trustOnly).build().analyze(sample);
        }

        private final Gen<List<int[]>> samples = lists().of(
                        lists().of(integers().between(1, 5))
                                .ofSize(4)
                                .map(l -> l.stream().mapToInt(Integer::intValue).toArray()))
                .ofSizeBetween(3, 40);

        @Test
        void alpha_is_at_most_one() {
            qt().withExamples(1000)
                    .forAll(samples)
                    .checkAssert(rows -> analyze(rows)
                            .dimension(Dimension.TRUST)
                            .orElseThrow()
                            .rawAlpha()
                            .ifPresent(a -> assertThat(a).isLessThanOrEqualTo(1 + 1e-12)));
        }

        @Test
        void alpha_is_undefined_with_a_warning_when_the_total_score_does_not_vary() {
            // Hand-made: B1 + B2 = 6 and B3 + B4 = 6 in every row, so the total is always 12.
            List<int[]> rows = List.of(new int[] {1, 5, 2, 4}, new int[] {5, 1, 4, 2}, new int[] {3, 3, 1, 5});
            ReliabilityReport report = analyze(rows);

            assertThat(report.dimension(Dimension.TRUST).orElseThrow().rawAlpha())
                    .isEmpty();
            assertThat(report.warnings())
                    .anySatisfy(w -> assertThat(w.message()).contains("total score does not vary"));
        }

        @Test
        void alpha_is_one_for_identical_non_constant_items() {
            qt().withExamples(1000)
                    .forAll(lists().of(integers().between(1, 5)).ofSizeBetween(2, 40))
                    .checkAssert(col -> {
                        if (col.stream().distinct().count() < 2) {
                            return;
                        }
                        List<int[]> rows = new ArrayList<>();
                        col.forEach(x -> rows.add(new int[] {x, x, x, x}));
                        assertThat(analyze(rows)
                                        .dimension(Dimension.TRUST)
                                        .orElseThrow()
                                        .rawAlpha()
                                        .getAsDouble())
                                .isCloseTo(1.0, within(1e-12));
                    });
        }

        @Test
        void alpha_is_unchanged_when_the_sample_is_permuted_by_rows() {
            qt().withExamples(500).forAll(samples, integers().all()).checkAssert((rows, seed) -> {
                List<int[]> shuffled = new ArrayList<>(rows);
                Collections.shuffle(shuffled, new Random(seed));
                var a = analyze(rows).dimension(Dimension.TRUST).orElseThrow().rawAlpha();
                var b = analyze(shuffled)
                        .dimension(Dimension.TRUST)
                        .orElseThrow()
                        .rawAlpha();
                assertThat(b.isPresent()).isEqualTo(a.isPresent());
                a.ifPresent(x -> assertThat(b.getAsDouble()).isCloseTo(x, within(1e-9)));
            });
        }
    }

    @Nested
    class ReliabilityOnAMatrix {
        private void assertSameReport(Instrument instrument, ReliabilityAnalysis.Method method) {
            ReliabilityAnalysis analysis =
                    ReliabilityAnalysis.builder(instrument).method(method).build();
            qt().withExamples(150)
                    .forAll(lists().of(TestInstruments.codes(instrument)).ofSizeBetween(1, 25), longs().all())
                    .checkAssert((rows, seed) -> {
                        MatrixLayout layout = new MatrixLayout(instrument, seed);
                        List<Assessment> sample = new ArrayList<>();
                        for (int r = 0; r < rows.size(); r++) {
                            sample.add(
                                    TestInstruments.assessment(instrument, layout.objectCodes(rows.get(r)), "p" + r));
                        }
                        assertThat(analysis.analyze(layout.matrix(instrument, rows, List.of())))
                                .isEqualTo(analysis.analyze(sample));
                    });
        }

        @Test
        void the_matrix_path_gives_the_assessment_paths_report_over_many_blocks() {
            for (Instrument instrument : List.of(TestInstruments.sixBySix(), I15)) {
                ReliabilityAnalysis analysis =
                        ReliabilityAnalysis.builder(instrument).build();
                List<int[]> rows = manyRows(instrument, 12);
                for (long seed : blockLayoutSeeds(instrument)) {
                    MatrixLayout layout = new MatrixLayout(instrument, seed);
                    List<Assessment> sample = new ArrayList<>();
                    for (int r = 0; r < rows.size(); r++) {
                        sample.add(TestInstruments.assessment(instrument, layout.objectCodes(rows.get(r)), "p" + r));
                    }
                    assertThat(analysis.analyze(layout.matrix(instrument, rows, List.of())))
                            .isEqualTo(analysis.analyze(sample));
                }
            }
        }

        @Test
        void the_matrix_path_gives_the_assessment_paths_report_on_six_items_per_scale() {
            for (ReliabilityAnalysis.Method method : ReliabilityAnalysis.Method.values()) {
                assertSameReport(TestInstruments.sixBySix(), method);
            }
        }

        @Test
        void the_matrix_path_gives_the_assessment_paths_report_on_three_items_per_scale() {
            for (ReliabilityAnalysis.Method method : ReliabilityAnalysis.Method.values()) {
                assertSameReport(I15, method);
            }
        }

        @Test
        void the_matrix_path_gives_the_assessment_paths_report_whether_raw_patterns_fit_or_not() {
            // 10 items on 1..3: the scale's own patterns just fit (4^10 = 2^20). Its raw patterns fit too when the
            // markers are far (4^10) but not with the markers 0 and -1 next to the scale (5^10), when rows are
            // counted one by one by their keyed pattern instead.
            for (ReliabilityAnalysis.Method method : ReliabilityAnalysis.Method.values()) {
                assertSameReport(TestInstruments.trustOnly(1, 3, 10, null), method);
            }
        }

        @Test
        void the_matrix_path_gives_the_assessment_paths_report_on_a_scale_too_long_to_count_patterns() {
            // 8 items on 1..5: 6^8 patterns, more than one table holds, so rows are added one by one.
            for (ReliabilityAnalysis.Method method : ReliabilityAnalysis.Method.values()) {
                assertSameReport(TestInstruments.trustOnly(1, 5, 8, null), method);
            }
        }

        @Test
        void a_value_outside_the_scale_is_reported_with_its_row_and_item_whatever_the_layout() {
            assertAValueOutsideTheScaleIsReported(
                    ReliabilityAnalysis.builder(SIX_BY_SIX).build()::analyze);
        }
    }
}

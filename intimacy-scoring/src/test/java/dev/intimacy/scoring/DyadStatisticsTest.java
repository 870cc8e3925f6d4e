package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.DyadId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.answer.Dyad;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.scoring.couple.CoupleScorer;
import dev.intimacy.scoring.couple.DyadSimilarity;
import dev.intimacy.scoring.couple.DyadStatistics;
import dev.intimacy.scoring.couple.SimilarityReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DyadStatisticsTest {

    /** One trust item on 0..10, so that POMP = 10·answer. */
    private static final Instrument TRUST_0_10 = TestInstruments.trustOnly(0, 10, 1, null);

    private static final CoupleScorer SCORER =
            CoupleScorer.of(ScoringEngine.builder(TRUST_0_10).build());

    private static Assessment answer(String who, Integer value) {
        return Assessment.builder()
                .respondent(RespondentId.of(who))
                .instrument(TRUST_0_10.ref())
                .completedAt(Instant.EPOCH)
                .putAnswers(TRUST_0_10.items().get(0).id(), value == null ? Answer.skipped() : Answer.of(value))
                .build();
    }

    /** A labelled couple; {@code labelledAFirst} decides which partner is given to the scorer first. */
    private static CoupleProfile couple(int j, Integer a, Integer b, boolean labelled, boolean labelledAFirst) {
        Assessment pa = answer("a" + j, a);
        Assessment pb = answer("b" + j, b);
        if (!labelled) {
            return SCORER.scoreCouple(pa, pb);
        }
        Dyad dyad = Dyad.builder()
                .id(DyadId.of("couple " + j))
                .addPartners(pa.respondent(), pb.respondent())
                .putLabels(pa.respondent(), "A")
                .putLabels(pb.respondent(), "B")
                .build();
        return labelledAFirst
                ? SCORER.scoreCouple(dyad, pa, pb, List.of())
                : SCORER.scoreCouple(dyad, pb, pa, List.of());
    }

    @Nested
    class WorkedByHand {
        // Four couples, POMP of partner A and partner B:
        //
        //   couple   A    B    mean   A − B
        //   1        60   50   55      10
        //   2        70   80   75     −10
        //   3        40   30   35      10
        //   4        90   70   80      20
        //
        // Grand mean of the dyad means = 245/4 = 61.25; squared deviations 39.0625 + 189.0625 + 689.0625
        // + 351.5625 = 1268.75; sample variance 1268.75/3 = 422.91667; MSb = 2·422.91667 = 2537.5/3 = 845.8333.
        // MSw = (100 + 100 + 100 + 400)/(2·4) = 87.5.
        // ICC = (2537.5/3 − 87.5)/(2537.5/3 + 87.5) = (2275/3)/(2800/3) = 0.8125.
        //
        // Pearson (A as x, B as y): x̄ = 65, ȳ = 57.5; Σdx·dy = 37.5 + 112.5 + 687.5 + 312.5 = 1150;
        // Σdx² = 1300; Σdy² = 1475; r = 1150/√(1300·1475) = 46/√3068 = 0.830482.
        private final double[] a = {60, 70, 40, 90};
        private final double[] b = {50, 80, 30, 70};

        @Test
        void the_icc_of_a_small_table_matches_the_hand_computation() {
            assertThat(DyadStatistics.icc(a, b).getAsDouble()).isCloseTo(0.8125, within(1e-12));
            assertThat(DyadStatistics.icc(b, a).getAsDouble()).isCloseTo(0.8125, within(1e-12));
        }

        @Test
        void the_pearson_correlation_of_the_same_table_matches_the_hand_computation() {
            assertThat(DyadStatistics.pearson(a, b).getAsDouble()).isCloseTo(46 / Math.sqrt(3068), within(1e-12));
        }

        @Test
        void scored_couples_give_the_same_numbers_whatever_order_the_partners_were_scored_in() {
            // Answers 6/5, 7/8, 4/3, 9/7 on 0..10 give the POMP table above. Couples 2 and 4 are scored B first;
            // a fifth couple with a skipped answer is left out and counted.
            List<CoupleProfile> couples = List.of(
                    couple(1, 6, 5, true, true),
                    couple(2, 7, 8, true, false),
                    couple(3, 4, 3, true, true),
                    couple(4, 9, 7, true, false),
                    couple(5, 5, null, true, true));

            SimilarityReport report = DyadStatistics.similarity(couples);
            DyadSimilarity trust = report.dimension(Dimension.TRUST).orElseThrow();

            assertThat(report.couples()).isEqualTo(5);
            assertThat(report.labels()).containsExactly("A", "B");
            assertThat(trust.couples()).isEqualTo(4);
            assertThat(trust.excluded()).isEqualTo(1);
            assertThat(trust.msBetween().getAsDouble()).isCloseTo(2537.5 / 3, within(1e-9));
            assertThat(trust.msWithin().getAsDouble()).isCloseTo(87.5, within(1e-9));
            assertThat(trust.icc().getAsDouble()).isCloseTo(0.8125, within(1e-12));
            assertThat(trust.pearson().getAsDouble()).isCloseTo(46 / Math.sqrt(3068), within(1e-12));
            assertThat(trust.iccReason()).isEmpty();
            assertThat(trust.pearsonReason()).isEmpty();
        }

        @Test
        void without_labels_the_dyads_are_indistinguishable_and_only_the_icc_is_given() {
            List<CoupleProfile> couples = List.of(
                    couple(1, 6, 5, false, true),
                    couple(2, 7, 8, false, true),
                    couple(3, 4, 3, false, true),
                    couple(4, 9, 7, false, true));

            DyadSimilarity trust = DyadStatistics.similarity(couples)
                    .dimension(Dimension.TRUST)
                    .orElseThrow();

            assertThat(trust.icc().getAsDouble()).isCloseTo(0.8125, within(1e-12));
            assertThat(trust.pearson()).isEmpty();
            assertThat(trust.pearsonReason().orElseThrow()).contains("not distinguishable");
        }

        @Test
        void one_couple_is_too_few_and_the_report_says_so() {
            DyadSimilarity trust = DyadStatistics.similarity(List.of(couple(1, 6, 5, false, true)))
                    .dimension(Dimension.TRUST)
                    .orElseThrow();

            assertThat(trust.icc()).isEmpty();
            assertThat(trust.iccReason().orElseThrow()).contains("1 couple(s) with both partners scored", "at least 2");
        }
    }

    @Nested
    class Properties {
        @Test
        void the_icc_is_1_when_every_couples_partners_are_identical_and_the_couples_differ() {
            qt().withExamples(1000)
                    .forAll(lists().of(integers().between(0, 10)).ofSizeBetween(2, 12))
                    .assuming(values -> new HashSet<>(values).size() > 1)
                    .checkAssert(values -> {
                        List<CoupleProfile> couples = new ArrayList<>();
                        for (int j = 0; j < values.size(); j++) {
                            couples.add(couple(j, values.get(j), values.get(j), false, true));
                        }
                        DyadSimilarity trust = DyadStatistics.similarity(couples)
                                .dimension(Dimension.TRUST)
                                .orElseThrow();
                        assertThat(trust.msWithin()).hasValue(0.0);
                        assertThat(trust.icc()).hasValue(1.0);
                    });
        }

        @Test
        void the_icc_lies_in_minus_1_to_1_and_ignores_which_partner_is_first() {
            qt().withExamples(1000)
                    .forAll(
                            lists().of(integers().between(0, 100)).ofSize(24),
                            lists().of(integers().between(0, 1)).ofSize(12),
                            integers().between(2, 12))
                    .checkAssert((scores, swap, n) -> {
                        double[] x = new double[n];
                        double[] y = new double[n];
                        double[] xs = new double[n];
                        double[] ys = new double[n];
                        for (int j = 0; j < n; j++) {
                            x[j] = scores.get(2 * j);
                            y[j] = scores.get(2 * j + 1);
                            boolean s = swap.get(j) == 1;
                            xs[j] = s ? y[j] : x[j];
                            ys[j] = s ? x[j] : y[j];
                        }
                        OptionalDouble icc = DyadStatistics.icc(x, y);
                        icc.ifPresent(v -> assertThat(v).isBetween(-1.0, 1.0));
                        assertThat(DyadStatistics.icc(xs, ys).isPresent()).isEqualTo(icc.isPresent());
                        icc.ifPresent(v -> assertThat(DyadStatistics.icc(xs, ys).getAsDouble())
                                .isCloseTo(v, within(1e-12)));
                        OptionalDouble r = DyadStatistics.pearson(x, y);
                        r.ifPresent(v -> assertThat(v).isBetween(-1.0, 1.0));
                        assertThat(DyadStatistics.pearson(y, x)).isEqualTo(r);
                    });
        }
    }
}

package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CouplePattern;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.couple.DimensionUnderstanding;
import dev.intimacy.model.couple.PartnerUnderstanding;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.result.Band;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.couple.CoupleScorer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Invariants of couple scoring as properties, on answers generated through the real builders. */
class CoupleInvariantsTest {

    private static final Instrument I15 = TestInstruments.sixByThree(1, 5);
    private static final Instrument I14 = TestInstruments.sixByThree(1, 4); // an even number of points
    private static final CoupleScorer S15 =
            CoupleScorer.of(ScoringEngine.builder(I15).build());
    private static final CoupleScorer S14 =
            CoupleScorer.of(ScoringEngine.builder(I14).build());

    /** The keyed sum and count of one dimension's answered items, computed here from the codes. */
    private static long[] keyedSumAndCount(Instrument instrument, int[] codes, Dimension d) {
        int min = instrument.scale().min();
        int max = instrument.scale().max();
        long sum = 0;
        long n = 0;
        for (Item item : instrument.itemsOf(d)) {
            int code = codes[instrument.items().indexOf(item)];
            if (code >= 0) {
                int x = min + code;
                sum += item.keying() == Keying.REVERSE ? min + max - x : x;
                n++;
            }
        }
        return new long[] {sum, n};
    }

    @Nested
    class Mirror {
        @Test
        void scoring_b_with_a_is_the_mirror_image_of_scoring_a_with_b_with_predictions_both_ways() {
            for (Instrument i : List.of(I15, I14)) {
                CoupleScorer scorer = i == I15 ? S15 : S14;
                qt().withExamples(1000)
                        .forAll(
                                TestInstruments.codes(i),
                                TestInstruments.codes(i),
                                TestInstruments.codes(i),
                                TestInstruments.codes(i))
                        .checkAssert((ca, cb, pa, pb) -> {
                            Assessment a = TestInstruments.assessment(i, ca, "a");
                            Assessment b = TestInstruments.assessment(i, cb, "b");
                            List<Assessment> predictions = List.of(
                                    TestInstruments.prediction(i, pa, "a", "b"),
                                    TestInstruments.prediction(i, pb, "b", "a"));
                            CoupleProfile ab = scorer.scoreCouple(a, b, predictions);
                            CoupleProfile ba = scorer.scoreCouple(b, a, predictions);

                            assertThat(ba).isEqualTo(CoupleMirror.mirror(ab));
                            assertThat(scorer.scoreCouple(b, a))
                                    .isEqualTo(CoupleMirror.mirror(scorer.scoreCouple(a, b)));
                        });
            }
        }
    }

    @Nested
    class Discrepancy {
        @Test
        void discrepancy_is_never_negative_and_is_zero_exactly_when_the_keyed_means_are_equal() {
            // Zero discrepancy cannot mean equal answers item by item: answers 5,1 and 1,5 have equal means. What
            // holds in both directions is equality of the dimension means, checked here as exact fractions.
            qt().withExamples(1000)
                    .forAll(TestInstruments.codes(I15), TestInstruments.codes(I15))
                    .checkAssert((ca, cb) -> {
                        CoupleProfile c = S15.scoreCouple(
                                TestInstruments.assessment(I15, ca, "a"), TestInstruments.assessment(I15, cb, "b"));
                        for (CoupleDimension cd : c.dimensions().values()) {
                            if (cd.discrepancy().isEmpty()) {
                                assertThat(cd.first().isScored() && cd.second().isScored())
                                        .isFalse();
                                continue;
                            }
                            long[] x = keyedSumAndCount(I15, ca, cd.dimension());
                            long[] y = keyedSumAndCount(I15, cb, cd.dimension());
                            boolean equalMeans = x[0] * y[1] == y[0] * x[1];
                            double discrepancy = cd.discrepancy().getAsDouble();
                            assertThat(discrepancy).isGreaterThanOrEqualTo(0.0);
                            assertThat(discrepancy == 0.0)
                                    .as(
                                            "%s: discrepancy %s, keyed sums %s/%s and %s/%s",
                                            cd.dimension(), discrepancy, x[0], x[1], y[0], y[1])
                                    .isEqualTo(equalMeans);
                        }
                    });
        }

        @Test
        void partners_with_equal_keyed_answers_have_no_discrepancy_and_nothing_to_talk_about() {
            qt().withExamples(1000).forAll(TestInstruments.codes(I15)).checkAssert(codes -> {
                CoupleProfile c = S15.scoreCouple(
                        TestInstruments.assessment(I15, codes, "a"), TestInstruments.assessment(I15, codes, "b"));
                for (CoupleDimension cd : c.dimensions().values()) {
                    cd.discrepancy().ifPresent(d -> assertThat(d).isEqualTo(0.0));
                    assertThat(cd.pattern()).isNotEqualTo(Optional.of(CouplePattern.DISCREPANT));
                }
                assertThat(c.itemsToTalkAbout()).isEmpty();
            });
        }
    }

    @Nested
    class Agreement {
        @Test
        void agreement_lies_in_0_to_1_and_is_present_exactly_when_both_are_scored_and_an_item_is_shared() {
            qt().withExamples(1000)
                    .forAll(TestInstruments.codes(I14), TestInstruments.codes(I14))
                    .checkAssert((ca, cb) -> {
                        CoupleProfile c = S14.scoreCouple(
                                TestInstruments.assessment(I14, ca, "a"), TestInstruments.assessment(I14, cb, "b"));
                        for (CoupleDimension cd : c.dimensions().values()) {
                            boolean expected =
                                    cd.first().isScored() && cd.second().isScored() && cd.itemsCompared() > 0;
                            assertThat(cd.agreement().isPresent()).isEqualTo(expected);
                            cd.agreement().ifPresent(g -> assertThat(g).isBetween(0.0, 1.0));
                        }
                    });
        }
    }

    @Nested
    class Patterns {
        @Test
        void each_pattern_is_the_first_documented_rule_that_applies() {
            qt().withExamples(1000)
                    .forAll(TestInstruments.codes(I15), TestInstruments.codes(I15))
                    .checkAssert((ca, cb) -> {
                        CoupleProfile c = S15.scoreCouple(
                                TestInstruments.assessment(I15, ca, "a"), TestInstruments.assessment(I15, cb, "b"));
                        for (CoupleDimension cd : c.dimensions().values()) {
                            if (cd.pattern().isEmpty()) {
                                continue;
                            }
                            DimensionScore s1 = cd.first();
                            DimensionScore s2 = cd.second();
                            double gap =
                                    Math.abs(s1.pomp().getAsDouble() - s2.pomp().getAsDouble());
                            CouplePattern expected = gap >= 25
                                    ? CouplePattern.DISCREPANT
                                    : s1.band().orElseThrow() == Band.STRENGTH
                                                    && s2.band().orElseThrow() == Band.STRENGTH
                                            ? CouplePattern.SHARED_STRENGTH
                                            : s1.band().orElseThrow() == Band.GROWTH
                                                            && s2.band().orElseThrow() == Band.GROWTH
                                                    ? CouplePattern.SHARED_GROWTH
                                                    : CouplePattern.MIXED;
                            assertThat(cd.pattern()).contains(expected);
                        }
                    });
        }
    }

    @Nested
    class Understanding {
        @Test
        void a_prediction_equal_to_the_partners_answers_is_100_accurate_wherever_the_partner_is_scored() {
            qt().withExamples(1000).forAll(TestInstruments.codes(I15)).checkAssert(codes -> {
                Assessment own = TestInstruments.assessment(I15, codes, "b");
                PartnerUnderstanding u = S15.understanding(TestInstruments.prediction(I15, codes, "a", "b"), own);
                IntimacyProfile profile = S15.engine().score(own);
                for (DimensionUnderstanding du : u.dimensions().values()) {
                    DimensionScore s = profile.score(du.dimension()).orElseThrow();
                    assertThat(du.accuracy().isPresent()).isEqualTo(s.isScored());
                    du.accuracy().ifPresent(a -> assertThat(a).isEqualTo(100.0));
                    du.bias().ifPresent(b -> assertThat(b).isEqualTo(0.0));
                    assertThat(du.itemsCompared()).isEqualTo(s.answered());
                }
                u.overallAccuracy().ifPresent(a -> assertThat(a).isEqualTo(100.0));
            });
        }

        @Test
        void accuracy_never_leaves_0_to_100_and_bias_never_leaves_minus_100_to_100() {
            for (Instrument i : List.of(I15, I14)) {
                CoupleScorer scorer = i == I15 ? S15 : S14;
                qt().withExamples(1000)
                        .forAll(TestInstruments.codes(i), TestInstruments.codes(i))
                        .checkAssert((guess, codes) -> {
                            PartnerUnderstanding u = scorer.understanding(
                                    TestInstruments.prediction(i, guess, "a", "b"),
                                    TestInstruments.assessment(i, codes, "b"));
                            for (DimensionUnderstanding du : u.dimensions().values()) {
                                du.accuracy().ifPresent(a -> assertThat(a).isBetween(0.0, 100.0));
                                du.bias().ifPresent(b -> assertThat(b).isBetween(-100.0, 100.0));
                            }
                            u.overallAccuracy().ifPresent(a -> assertThat(a).isBetween(0.0, 100.0));
                            u.overallBias().ifPresent(b -> assertThat(b).isBetween(-100.0, 100.0));
                        });
            }
        }

        @Test
        void the_most_wrong_prediction_possible_has_accuracy_0() {
            // Predicting the opposite end of the scale on every item: |d| = 100 everywhere.
            int[] lowest = new int[I15.items().size()];
            int[] highest = new int[I15.items().size()];
            for (int k = 0; k < highest.length; k++) {
                boolean reverse = I15.items().get(k).keying() == Keying.REVERSE;
                lowest[k] = reverse ? 4 : 0;
                highest[k] = reverse ? 0 : 4;
            }
            PartnerUnderstanding u = S15.understanding(
                    TestInstruments.prediction(I15, highest, "a", "b"), TestInstruments.assessment(I15, lowest, "b"));

            assertThat(u.overallAccuracy()).hasValue(0.0);
            assertThat(u.overallBias()).hasValue(100.0);
        }
    }
}

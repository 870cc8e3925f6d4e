package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.DyadId;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.SemanticVersion;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.answer.Dyad;
import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CouplePattern;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.couple.DimensionUnderstanding;
import dev.intimacy.model.couple.ItemDifference;
import dev.intimacy.model.couple.PartnerUnderstanding;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.instrument.Perspective;
import dev.intimacy.model.instrument.ResponseScale;
import dev.intimacy.model.json.IntimacyJson;
import dev.intimacy.model.result.Band;
import dev.intimacy.scoring.couple.CoupleScorer;
import dev.intimacy.scoring.couple.PatternRules;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Couple scoring worked by hand on the six-by-three instrument (scale 1..5, midpoint 3; in each dimension
 * the second item is reverse-keyed, x' = 6 − x; POMP = 100·(mean − 1)/4).
 */
class CoupleScorerTest {

    private static final Instrument I = TestInstruments.sixByThree(1, 5);
    private static final CoupleScorer SCORER =
            CoupleScorer.of(ScoringEngine.builder(I).build());

    /**
     * Answers in instrument order: DIS-1..3, TRU-1..3, VUL-1..3, COM-1..3, EMP-1..3, NUR-1..3, OUT-1, OUT-2;
     * 0 means skipped.
     */
    private static int[] codes(int... values) {
        int[] c = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            c[i] = values[i] == 0 ? -1 : values[i] - 1;
        }
        return c;
    }

    // Alex: DIS 5,1,5 (keyed 5,5,5)  TRU 5,1,4 (keyed 5,5,4)  VUL 3,3,3  COM 3,3,3  EMP 2,4,2 (keyed 2,2,2)
    //       NUR 3,3,skipped  OUT 1,1
    private static final int[] ALEX = codes(5, 1, 5, 5, 1, 4, 3, 3, 3, 3, 3, 3, 2, 4, 2, 3, 3, 0, 1, 1);
    // Sam:  DIS 5,1,5 (keyed 5,5,5)  TRU 2,3,4 (keyed 2,3,4)  VUL 3,3,3  COM 3,3,3  EMP 2,4,1 (keyed 2,2,1)
    //       NUR 3,3,3  OUT 5,5
    private static final int[] SAM = codes(5, 1, 5, 2, 3, 4, 3, 3, 3, 3, 3, 3, 2, 4, 1, 3, 3, 3, 5, 5);

    private static Assessment alex() {
        return TestInstruments.assessment(I, ALEX, "alex");
    }

    private static Assessment sam() {
        return TestInstruments.assessment(I, SAM, "sam");
    }

    @Nested
    class Dimensions {
        private final CoupleProfile couple = SCORER.scoreCouple(alex(), sam());

        @Test
        void trust_holds_both_scores_the_couple_mean_the_discrepancy_and_the_agreement() {
            // Alex: mean 14/3, POMP 100·(11/3)/4 = 275/3 = 91.67 (STRENGTH). Sam: mean 3, POMP 50 (DEVELOPING).
            // Couple mean (275/3 + 50)/2 = 425/6; discrepancy 275/3 − 50 = 125/3 = 41.67 >= 25: DISCREPANT.
            // Both keyed answers above the midpoint 3: TRU-1 (5, 2) no, TRU-2 (5, 3) no, TRU-3 (4, 4) yes: 1/3.
            CoupleDimension trust = couple.dimension(Dimension.TRUST).orElseThrow();

            assertThat(trust.firstPomp().getAsDouble()).isCloseTo(275.0 / 3, within(1e-9));
            assertThat(trust.secondPomp().getAsDouble()).isCloseTo(50.0, within(1e-9));
            assertThat(trust.first().band()).contains(Band.STRENGTH);
            assertThat(trust.meanPomp().getAsDouble()).isCloseTo(425.0 / 6, within(1e-9));
            assertThat(trust.discrepancy().getAsDouble()).isCloseTo(125.0 / 3, within(1e-9));
            assertThat(trust.agreement().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
            assertThat(trust.itemsCompared()).isEqualTo(3);
            assertThat(trust.pattern()).contains(CouplePattern.DISCREPANT);
        }

        @Test
        void each_pattern_follows_the_documented_rules() {
            // DIS: both POMP 100 (STRENGTH). EMP: Alex POMP 25, Sam mean 5/3 so POMP 50/3; 25/3 apart, both GROWTH.
            // VUL and COM: both POMP 50 (DEVELOPING). NUR: Alex prorated over 2 answered items, both POMP 50.
            assertThat(couple.withPattern(CouplePattern.SHARED_STRENGTH)).containsExactly(Dimension.DISCLOSURE);
            assertThat(couple.withPattern(CouplePattern.DISCREPANT)).containsExactly(Dimension.TRUST);
            assertThat(couple.withPattern(CouplePattern.SHARED_GROWTH)).containsExactly(Dimension.EMPATHY);
            assertThat(couple.withPattern(CouplePattern.MIXED))
                    .containsExactly(Dimension.VULNERABILITY, Dimension.COMMUNICATION, Dimension.NURTURING);
            CoupleDimension empathy = couple.dimension(Dimension.EMPATHY).orElseThrow();
            assertThat(empathy.discrepancy().getAsDouble()).isCloseTo(25.0 / 3, within(1e-9));
            assertThat(empathy.meanPomp().getAsDouble()).isCloseTo(125.0 / 6, within(1e-9));
        }

        @Test
        void agreement_counts_only_answers_strictly_above_the_midpoint_on_items_both_answered() {
            // DIS: keyed 5,5,5 both: 3/3. VUL: all 3, the midpoint itself: 0/3. NUR: Alex skipped NUR-3, so 2 compared.
            assertThat(couple.dimension(Dimension.DISCLOSURE).orElseThrow().agreement())
                    .hasValue(1.0);
            assertThat(couple.dimension(Dimension.VULNERABILITY).orElseThrow().agreement())
                    .hasValue(0.0);
            CoupleDimension nurturing = couple.dimension(Dimension.NURTURING).orElseThrow();
            assertThat(nurturing.itemsCompared()).isEqualTo(2);
            assertThat(nurturing.agreement()).hasValue(0.0);
        }

        @Test
        void the_composite_is_reported_for_each_partner_and_for_the_couple() {
            // Alex: (100 + 275/3 + 50 + 50 + 25 + 50)/6 = 1100/18; Sam: (100 + 50 + 50 + 50 + 50/3 + 50)/6 = 950/18.
            // Couple: (1100/18 + 950/18)/2 = 2050/36.
            assertThat(couple.firstComposite().getAsDouble()).isCloseTo(1100.0 / 18, within(1e-9));
            assertThat(couple.secondComposite().getAsDouble()).isCloseTo(950.0 / 18, within(1e-9));
            assertThat(couple.coupleComposite().getAsDouble()).isCloseTo(2050.0 / 36, within(1e-9));
            assertThat(couple.coupleCompositeReason()).isEmpty();
        }
    }

    @Nested
    class ItemsToTalkAbout {
        @Test
        void items_two_or_more_scale_points_apart_are_listed_largest_first_and_outcome_items_are_left_out() {
            // TRU-1: 5 vs 2 = 3; TRU-2: 1 vs 3 = 2 (keyed 5 vs 3, the same distance); EMP-3: 2 vs 1 = 1 (below 2).
            // OUT-1 and OUT-2 differ by 4 but are outcome items, not topics of a dimension.
            CoupleProfile couple = SCORER.scoreCouple(alex(), sam());

            assertThat(couple.itemsToTalkAbout())
                    .containsExactly(
                            ItemDifference.of(ItemId.of("TRU-1"), Dimension.TRUST, 3),
                            ItemDifference.of(ItemId.of("TRU-2"), Dimension.TRUST, 2));
        }

        @Test
        void the_threshold_is_configurable_and_equal_differences_keep_the_instruments_order() {
            // With a threshold of 1 EMP-3 joins. Give Sam VUL-1 = 4 (1 from Alex's 3) too: EMP-3 and VUL-1 both
            // differ by 1, and VUL-1 comes first in the instrument.
            int[] sam = SAM.clone();
            sam[6] = 3;
            CoupleProfile couple = CoupleScorer.builder(ScoringEngine.builder(I).build())
                    .topicThreshold(1)
                    .build()
                    .scoreCouple(alex(), TestInstruments.assessment(I, sam, "sam"));

            assertThat(couple.itemsToTalkAbout())
                    .extracting(d -> d.item().value())
                    .containsExactly("TRU-1", "TRU-2", "VUL-1", "EMP-3");
        }

        @Test
        void to_string_shows_the_item_and_the_difference_only() {
            assertThat(ItemDifference.of(ItemId.of("TRU-1"), Dimension.TRUST, 3).toString())
                    .isEqualTo("ItemDifference[TRU-1, 3]");
        }
    }

    @Nested
    class Understanding {
        @Test
        void accuracy_and_bias_are_item_level_pomp_differences_of_keyed_answers() {
            // Alex predicts Sam: exactly Sam's answers except TRU-1, predicted 4 where Sam said 2:
            // d = 100·(4 − 2)/4 = 50 on TRU-1, 0 elsewhere. TRUST accuracy 100 − 50/3 = 250/3, bias +50/3.
            // Overall (equal composite weights): (5·100 + 250/3)/6 = 1750/18; bias (50/3)/6 = 50/18.
            int[] guess = SAM.clone();
            guess[3] = 3;
            // Sam predicts Alex: Alex's answers except TRU-2 (reverse-keyed), predicted 3 where Alex said 1:
            // keyed 3 vs 5, d = 100·(3 − 5)/4 = −50: under-estimates Alex's trust. NUR-3, which Alex skipped, is
            // answered in the prediction and simply not compared.
            int[] guessOfAlex = ALEX.clone();
            guessOfAlex[4] = 2;
            guessOfAlex[17] = 2;
            CoupleProfile couple = SCORER.scoreCouple(
                    alex(),
                    sam(),
                    List.of(
                            TestInstruments.prediction(I, guess, "alex", "sam"),
                            TestInstruments.prediction(I, guessOfAlex, "sam", "alex")));

            PartnerUnderstanding byAlex = couple.understandingByFirst().orElseThrow();
            DimensionUnderstanding trust = byAlex.dimension(Dimension.TRUST).orElseThrow();
            assertThat(byAlex.predictor()).isEqualTo(RespondentId.of("alex"));
            assertThat(byAlex.partner()).isEqualTo(RespondentId.of("sam"));
            assertThat(trust.accuracy().getAsDouble()).isCloseTo(250.0 / 3, within(1e-9));
            assertThat(trust.bias().getAsDouble()).isCloseTo(50.0 / 3, within(1e-9));
            assertThat(byAlex.dimension(Dimension.EMPATHY).orElseThrow().accuracy())
                    .hasValue(100.0);
            assertThat(byAlex.overallAccuracy().getAsDouble()).isCloseTo(1750.0 / 18, within(1e-9));
            assertThat(byAlex.overallBias().getAsDouble()).isCloseTo(50.0 / 18, within(1e-9));

            PartnerUnderstanding bySam = couple.understandingBySecond().orElseThrow();
            assertThat(bySam.dimension(Dimension.TRUST).orElseThrow().bias().getAsDouble())
                    .isCloseTo(-50.0 / 3, within(1e-9));
            assertThat(bySam.dimension(Dimension.NURTURING).orElseThrow().itemsCompared())
                    .isEqualTo(2);
            assertThat(bySam.dimension(Dimension.NURTURING).orElseThrow().accuracy())
                    .hasValue(100.0);
        }

        @Test
        void a_prediction_with_too_few_items_in_common_has_no_accuracy_and_says_why() {
            // Alex predicts only TRU-3 of the trust items: 1 of 3 compared, prorate:0.5 needs at least 2.
            int[] guess = SAM.clone();
            guess[3] = -1;
            guess[4] = -2;
            PartnerUnderstanding u = SCORER.understanding(TestInstruments.prediction(I, guess, "alex", "sam"), sam());

            DimensionUnderstanding trust = u.dimension(Dimension.TRUST).orElseThrow();
            assertThat(trust.accuracy()).isEmpty();
            assertThat(trust.reason())
                    .contains("1 of 3 items answered both in the prediction and in sam's own answers; policy"
                            + " prorate:0.5 needs at least 2");
            assertThat(u.overallAccuracy()).isEmpty();
            assertThat(u.overallReason())
                    .contains("the overall accuracy needs TRUST, which has too few items compared");
        }
    }

    @Nested
    class Insufficient {
        @Test
        void a_partners_insufficient_dimension_leaves_the_couple_values_absent_with_a_reason() {
            // Sam skips TRU-1 and TRU-2: 1 of 3 answered, prorate:0.5 needs 2, so Sam's TRUST is insufficient.
            int[] sam = SAM.clone();
            sam[3] = -1;
            sam[4] = -1;
            CoupleProfile couple = SCORER.scoreCouple(alex(), TestInstruments.assessment(I, sam, "sam"));
            CoupleDimension trust = couple.dimension(Dimension.TRUST).orElseThrow();

            assertThat(trust.meanPomp()).isEmpty();
            assertThat(trust.discrepancy()).isEmpty();
            assertThat(trust.pattern()).isEmpty();
            assertThat(trust.agreement()).isEmpty();
            assertThat(trust.itemsCompared()).isEqualTo(1);
            assertThat(trust.reason()).contains("TRUST needs both partners' scores; sam's TRUST score is absent");
            assertThat(couple.coupleComposite()).isEmpty();
            assertThat(couple.coupleCompositeReason())
                    .contains("the couple composite needs both partners' composite indices; sam's composite is absent");
        }
    }

    @Nested
    class RoleNeutrality {
        @Test
        void scoring_the_other_way_round_swaps_the_partners_and_nothing_else() {
            CoupleProfile ab = SCORER.scoreCouple(alex(), sam());
            CoupleProfile ba = SCORER.scoreCouple(sam(), alex());

            assertThat(ba).isEqualTo(CoupleMirror.mirror(ab));
            assertThat(ba.first().respondent()).isEqualTo(RespondentId.of("sam"));
        }
    }

    @Nested
    class Dyads {
        @Test
        void a_couple_scored_as_a_dyad_carries_it_and_survives_json() {
            Dyad dyad = Dyad.builder()
                    .id(DyadId.of("couple-1"))
                    .addPartners(RespondentId.of("sam"), RespondentId.of("alex"))
                    .putLabels(RespondentId.of("sam"), "B")
                    .putLabels(RespondentId.of("alex"), "A")
                    .build();
            CoupleProfile couple = SCORER.scoreCouple(dyad, alex(), sam(), List.of());

            assertThat(couple.dyad()).contains(dyad);
            assertThat(IntimacyJson.read(IntimacyJson.write(couple), CoupleProfile.class))
                    .isEqualTo(couple);
        }
    }

    @Nested
    class Rules {
        @Test
        void the_discrepancy_rule_starts_at_its_threshold_and_wins_over_shared_bands() {
            PatternRules rules = PatternRules.defaults();

            assertThat(rules.classify(100, Band.STRENGTH, 75, Band.STRENGTH)).isEqualTo(CouplePattern.DISCREPANT);
            assertThat(rules.classify(99.9, Band.STRENGTH, 75, Band.STRENGTH)).isEqualTo(CouplePattern.SHARED_STRENGTH);
            assertThat(rules.classify(0, Band.GROWTH, 24.9, Band.GROWTH)).isEqualTo(CouplePattern.SHARED_GROWTH);
            assertThat(rules.classify(40, Band.GROWTH, 60, Band.DEVELOPING)).isEqualTo(CouplePattern.MIXED);
            assertThat(PatternRules.of(10).classify(40, Band.GROWTH, 30, Band.GROWTH))
                    .isEqualTo(CouplePattern.DISCREPANT);
        }

        @Test
        void bands_come_from_the_engine_so_its_cut_points_configure_the_shared_patterns() {
            // Growth below POMP 20 and strength from 90: EMPATHY (25 DEVELOPING, 16.67 GROWTH) becomes MIXED;
            // DISCLOSURE (100 and 100) stays a shared strength.
            CoupleScorer scorer = CoupleScorer.of(ScoringEngine.builder(I)
                    .bands(BandCutPoints.of(20, 90, 40, 60))
                    .build());
            CoupleProfile couple = scorer.scoreCouple(alex(), sam());

            assertThat(couple.dimension(Dimension.EMPATHY).orElseThrow().pattern())
                    .contains(CouplePattern.MIXED);
            assertThat(couple.dimension(Dimension.DISCLOSURE).orElseThrow().pattern())
                    .contains(CouplePattern.SHARED_STRENGTH);
        }
    }

    @Nested
    class Privacy {
        @Test
        void to_string_of_a_couple_profile_shows_no_answer_value() {
            // Answers on a 1000..1999 scale are four-digit numbers that cannot appear by chance in ids, counts,
            // patterns, POMP-based accuracies (at most 100.0) or item differences (at most 999).
            Instrument wide = Instrument.builder()
                    .id(InstrumentId.of("privacy"))
                    .version(SemanticVersion.of(1, 0, 0))
                    .titleKey("t")
                    .scale(ResponseScale.of(1000, 1999))
                    .addCovers(Dimension.TRUST)
                    .addItems(item("A"), item("B"))
                    .build();
            CoupleScorer scorer = CoupleScorer.of(ScoringEngine.builder(wide).build());
            int[][] values = {{1234, 1876}, {1555, 1402}, {1999, 1000}};
            for (int[] v : values) {
                Assessment one = answers(wide, "one", v[0], v[1], null);
                Assessment two = answers(wide, "two", v[1], v[0], null);
                Assessment guess = answers(wide, "one", v[1], v[1], "two");
                CoupleProfile couple = scorer.scoreCouple(one, two, List.of(guess));
                String text = couple + " " + couple.dimensions().values() + " " + couple.itemsToTalkAbout() + " "
                        + couple.understandingByFirst().orElseThrow();
                for (int value : v) {
                    assertThat(text).doesNotContain(Integer.toString(value));
                }
                assertThat(text).contains("one & two", "items to talk about");
            }
        }

        private Assessment answers(Instrument instrument, String who, int a, int b, String predicts) {
            Assessment.Builder x = Assessment.builder()
                    .respondent(RespondentId.of(who))
                    .instrument(instrument.ref())
                    .completedAt(Instant.EPOCH)
                    .putAnswers(ItemId.of("A"), Answer.of(a))
                    .putAnswers(ItemId.of("B"), Answer.of(b));
            if (predicts != null) {
                x.predicts(RespondentId.of(predicts));
            }
            return x.build();
        }

        private Item item(String id) {
            return Item.builder()
                    .id(ItemId.of(id))
                    .dimension(Dimension.TRUST)
                    .keying(Keying.POSITIVE)
                    .perspective(Perspective.SELF)
                    .textKey("k")
                    .build();
        }
    }
}

package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.answer.InvalidAssessmentException;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.MissingDataPolicy;
import dev.intimacy.model.json.IntimacyJson;
import dev.intimacy.model.result.Band;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.model.result.ScoreStatus;
import dev.intimacy.scoring.norms.Norm;
import dev.intimacy.scoring.norms.Norms;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    private final Instrument instrument = TestInstruments.sixByThree(1, 5);

    /** Codes in instrument order: three per dimension (DIS, TRU, VUL, COM, EMP, NUR), then two outcome items. */
    private static int[] codes(int... c) {
        return c;
    }

    private static int[] allCodes(int value) {
        int[] c = new int[20];
        Arrays.fill(c, value);
        return c;
    }

    @Nested
    class Keying {
        @Test
        void reverse_keyed_items_are_reflected_around_the_scale_midpoint() {
            // Disclosure answers 5, 2, 4 (codes 4, 1, 3); the second is reverse-keyed: 1 + 5 - 2 = 4.
            // Mean = (5 + 4 + 4) / 3 = 13/3; POMP = 100 * (13/3 - 1) / 4 = 83.333...
            int[] c = allCodes(2);
            c[0] = 4;
            c[1] = 1;
            c[2] = 3;
            DimensionScore s = score(c).score(Dimension.DISCLOSURE).orElseThrow();

            assertThat(s.mean().getAsDouble()).isCloseTo(13.0 / 3, within(1e-12));
            assertThat(s.pomp().getAsDouble()).isCloseTo(100 * (13.0 / 3 - 1) / 4, within(1e-12));
            assertThat(s.status()).isEqualTo(ScoreStatus.COMPLETE);
            assertThat(s.band()).contains(Band.STRENGTH);
        }
    }

    @Nested
    class MissingData {
        @Test
        void prorating_uses_the_mean_of_the_answered_items_and_records_what_was_missing() {
            int[] c = allCodes(2);
            c[3] = 4; // TRU-1 = 5
            c[4] = -2; // TRU-2 declined
            c[5] = 0; // TRU-3 = 1
            DimensionScore s = score(c).score(Dimension.TRUST).orElseThrow();

            assertThat(s.status()).isEqualTo(ScoreStatus.PRORATED);
            assertThat(s.mean().getAsDouble()).isEqualTo(3.0);
            assertThat(s.answered()).isEqualTo(2);
            assertThat(s.declined()).isEqualTo(1);
            assertThat(s.proratedItems()).containsExactly(ItemId.of("TRU-2"));
        }

        @Test
        void too_few_answers_make_a_dimension_insufficient_with_a_reason() {
            int[] c = allCodes(2);
            c[6] = -1;
            c[7] = -2;
            IntimacyProfile p = score(c);
            DimensionScore s = p.score(Dimension.VULNERABILITY).orElseThrow();

            assertThat(s.status()).isEqualTo(ScoreStatus.INSUFFICIENT);
            assertThat(s.mean()).isEmpty();
            assertThat(s.reason())
                    .contains("1 of 3 items answered (1 skipped, 1 declined); policy prorate:0.5 needs at least 2");
            assertThat(p.compositeIndex()).isEmpty();
            assertThat(p.compositeReason()).contains("the composite needs VULNERABILITY, which is insufficient");
        }

        @Test
        void the_strict_policy_needs_every_item() {
            int[] c = allCodes(2);
            c[9] = -1;
            IntimacyProfile p = ScoringEngine.builder(instrument)
                    .missingData(MissingDataPolicy.strict())
                    .build()
                    .score(TestInstruments.assessment(instrument, c));

            assertThat(p.score(Dimension.COMMUNICATION).orElseThrow().reason())
                    .contains("2 of 3 items answered (1 skipped, 0 declined); the strict policy needs all 3");
        }
    }

    @Nested
    class Composite {
        @Test
        void the_composite_is_the_equally_weighted_mean_of_the_six_pomp_scores() {
            // Every item answered 3 except disclosure's, all 5 (reverse item answered 1 → keyed 5).
            int[] c = allCodes(2);
            c[0] = 4;
            c[1] = 0;
            c[2] = 4;
            IntimacyProfile p = score(c);

            // Disclosure POMP 100, the other five 50: (100 + 5 * 50) / 6.
            assertThat(p.compositeIndex().getAsDouble()).isCloseTo(350.0 / 6, within(1e-12));
            assertThat(p.compositeBand()).contains(Band.DEVELOPING);
        }

        @Test
        void custom_weights_are_used_and_unlisted_dimensions_weigh_zero() {
            int[] c = allCodes(2);
            c[0] = 4;
            c[1] = 0;
            c[2] = 4;
            IntimacyProfile p = ScoringEngine.builder(instrument)
                    .compositeWeights(Map.of(Dimension.DISCLOSURE, 3.0, Dimension.TRUST, 1.0))
                    .build()
                    .score(TestInstruments.assessment(instrument, c));

            // (3 * 100 + 1 * 50) / 4
            assertThat(p.compositeIndex().getAsDouble()).isCloseTo(87.5, within(1e-12));
        }
    }

    @Nested
    class Outcome {
        @Test
        void outcome_items_form_a_separate_score_and_never_enter_the_composite() {
            int[] c = allCodes(2);
            c[18] = 4; // OUT-1 = 5
            c[19] = 4; // OUT-2 = 5, reverse-keyed → 1
            IntimacyProfile p = score(c);

            assertThat(p.outcome().orElseThrow().mean().getAsDouble()).isEqualTo(3.0);
            assertThat(p.compositeIndex().getAsDouble()).isEqualTo(50.0);
        }
    }

    @Nested
    class Norming {
        @Test
        void norms_give_z_t_and_percentile_and_bands_by_t() {
            Norms norms = Norms.builder()
                    .source("hand-made")
                    .putDimensions(Dimension.TRUST, Norm.of(40, 20, 100))
                    .build();
            IntimacyProfile p = ScoringEngine.builder(instrument)
                    .norms(norms)
                    .build()
                    .score(TestInstruments.assessment(instrument, allCodes(2)));
            DimensionScore trust = p.score(Dimension.TRUST).orElseThrow();

            // POMP 50: z = (50 - 40) / 20 = 0.5, T = 55, percentile = 100 * Phi(0.5) = 69.146246...
            assertThat(trust.standard().orElseThrow().z()).isCloseTo(0.5, within(1e-12));
            assertThat(trust.standard().orElseThrow().t()).isCloseTo(55, within(1e-12));
            assertThat(trust.standard().orElseThrow().percentile()).isCloseTo(69.14624612740131, within(1e-9));
            assertThat(trust.band()).contains(Band.DEVELOPING);
            assertThat(p.score(Dimension.EMPATHY).orElseThrow().standard()).isEmpty();
        }

        @Test
        void norms_from_profiles_use_the_sample_mean_and_sd_and_round_trip_through_json() {
            ScoringEngine engine = ScoringEngine.builder(instrument).build();
            List<IntimacyProfile> sample = List.of(
                    engine.score(TestInstruments.assessment(
                            instrument, allCodes(1), "a")), // answers 2, 2, 2: keyed 2, 4, 2 → POMP 41.67
                    engine.score(TestInstruments.assessment(instrument, allCodes(2), "b")), // answers 3: POMP 50
                    engine.score(TestInstruments.assessment(
                            instrument, allCodes(3), "c"))); // answers 4, 4, 4: keyed 4, 2, 4 → POMP 58.33
            Norms norms = Norms.fromProfiles(sample, "three people");

            Norm trust = norms.norm(Dimension.TRUST).orElseThrow();
            assertThat(trust.mean()).isCloseTo(50, within(1e-12));
            assertThat(trust.standardDeviation()).isCloseTo(25.0 / 3, within(1e-12)); // sqrt(2 * (25/3)² / 2)
            assertThat(trust.n()).isEqualTo(3);
            assertThat(IntimacyJson.read(IntimacyJson.write(norms), Norms.class))
                    .isEqualTo(norms);
        }
    }

    @Nested
    class Errors {
        @Test
        void an_assessment_that_does_not_fit_fails_with_every_problem_listed() {
            var bad = dev.intimacy.model.answer.Assessment.builder()
                    .respondent(dev.intimacy.model.RespondentId.of("r"))
                    .instrument(instrument.ref())
                    .completedAt(java.time.Instant.EPOCH)
                    .putAnswers(ItemId.of("TRU-1"), dev.intimacy.model.answer.Answer.of(9))
                    .putAnswers(ItemId.of("NOPE"), dev.intimacy.model.answer.Answer.of(3))
                    .build();

            assertThatThrownBy(() -> ScoringEngine.builder(instrument).build().score(bad))
                    .isInstanceOf(InvalidAssessmentException.class)
                    .hasMessageContainingAll(
                            "2 problems", "item TRU-1: answer 9 is outside the scale 1..5", "item NOPE");
        }
    }

    private IntimacyProfile score(int[] c) {
        return ScoringEngine.builder(instrument).build().score(TestInstruments.assessment(instrument, c));
    }
}

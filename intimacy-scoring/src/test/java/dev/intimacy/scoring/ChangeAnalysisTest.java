package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.change.Change;
import dev.intimacy.model.change.ChangeClass;
import dev.intimacy.model.change.CheckIn;
import dev.intimacy.model.change.CoupleChange;
import dev.intimacy.model.change.DimensionChange;
import dev.intimacy.model.change.Timeline;
import dev.intimacy.model.change.Trend;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.instrument.DeclaredReliability;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.json.IntimacyJson;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.change.ChangeAnalysis;
import dev.intimacy.scoring.couple.CoupleScorer;
import dev.intimacy.scoring.norms.Norm;
import dev.intimacy.scoring.norms.Norms;
import dev.intimacy.scoring.reliability.ReliabilityAnalysis;
import dev.intimacy.scoring.reliability.ReliabilityReport;
import dev.intimacy.scoring.reliability.ScaleReliability;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChangeAnalysisTest {

    private static final Instant T0 = Instant.parse("2026-01-05T18:00:00Z");

    private static DeclaredReliability declared(double r, double sd) {
        return DeclaredReliability.builder()
                .reliability(r)
                .standardDeviation(sd)
                .source("test value, not a published one")
                .build();
    }

    private static IntimacyProfile score(Instrument instrument, String who, int... values) {
        return ScoringEngine.builder(instrument)
                .build()
                .score(TestInstruments.trustAnswers(instrument, who, T0, values));
    }

    @Nested
    class JacobsonTruax {
        // Two trust items on 1..5; the instrument declares r = 0.84 and SD = 0.8 scale points of the mean.
        private final Instrument instrument = TestInstruments.trustOnly(1, 5, 2, declared(0.84, 0.8));
        private final ChangeAnalysis analysis =
                ChangeAnalysis.builder(instrument).build();

        @Test
        void a_worked_rci_follows_the_jacobson_truax_formulas() {
            // Before: answers 2, 3, mean 2.5, POMP 100·1.5/4 = 37.5. After: 3, 4, mean 3.5, POMP 62.5.
            // In scale points: SEM = SD·√(1 − r) = 0.8·√0.16 = 0.32; S_diff = √(2·SEM²) = √0.2048 = 0.452548;
            // RCI = (3.5 − 2.5)/0.452548 = 2.209709 > 1.96: a reliable improvement.
            // In POMP points the same: SD = 0.8·100/4 = 20, SEM = 8, S_diff = √128 = 11.313708, RCI = 25/√128.
            // The smallest reliable difference is 1.96·√128 = 22.174869 POMP points.
            Change change = analysis.change(score(instrument, "r", 2, 3), score(instrument, "r", 3, 4));
            DimensionChange trust = change.dimension(Dimension.TRUST).orElseThrow();

            assertThat(trust.difference().getAsDouble()).isCloseTo(25.0, within(1e-12));
            assertThat(trust.scoreDifference().getAsDouble()).isCloseTo(1.0, within(1e-12));
            assertThat(trust.standardDeviation()).isCloseTo(20.0, within(1e-12));
            assertThat(trust.sem()).isCloseTo(8.0, within(1e-12));
            assertThat(trust.rci().getAsDouble()).isCloseTo(1.0 / Math.sqrt(2 * 0.32 * 0.32), within(1e-9));
            assertThat(trust.rci().getAsDouble()).isCloseTo(2.2097086912, within(1e-9));
            assertThat(trust.reliableDifference()).isCloseTo(22.1748686580, within(1e-9));
            assertThat(trust.changeClass()).contains(ChangeClass.RELIABLE_IMPROVEMENT);
            assertThat(trust.reliabilitySource())
                    .contains("declared by the instrument", "r 0.8400", "SD 0.8000 scale points (20.0000 POMP points)");
            assertThat(change.withClass(ChangeClass.RELIABLE_IMPROVEMENT)).containsExactly(Dimension.TRUST);
        }

        @Test
        void a_smaller_change_is_not_reliable_and_a_fall_is_a_deterioration() {
            // 2, 3 → 3, 3: POMP 37.5 → 50, RCI = 12.5/√128 = 1.104854, within ±1.96.
            DimensionChange small = analysis.change(score(instrument, "r", 2, 3), score(instrument, "r", 3, 3))
                    .dimension(Dimension.TRUST)
                    .orElseThrow();
            // 3, 4 → 2, 3: RCI = −25/√128 = −2.209709.
            DimensionChange fall = analysis.change(score(instrument, "r", 3, 4), score(instrument, "r", 2, 3))
                    .dimension(Dimension.TRUST)
                    .orElseThrow();

            assertThat(small.rci().getAsDouble()).isCloseTo(1.1048543456, within(1e-9));
            assertThat(small.changeClass()).contains(ChangeClass.NO_RELIABLE_CHANGE);
            assertThat(fall.rci().getAsDouble()).isCloseTo(-2.2097086912, within(1e-9));
            assertThat(fall.changeClass()).contains(ChangeClass.RELIABLE_DETERIORATION);
        }

        @Test
        void an_insufficient_dimension_has_no_rci_and_says_why() {
            IntimacyProfile empty = ScoringEngine.builder(instrument)
                    .build()
                    .score(Assessment.builder()
                            .respondent(RespondentId.of("r"))
                            .instrument(instrument.ref())
                            .completedAt(T0)
                            .build());

            DimensionChange trust = analysis.change(empty, score(instrument, "r", 3, 4))
                    .dimension(Dimension.TRUST)
                    .orElseThrow();

            assertThat(trust.rci()).isEmpty();
            assertThat(trust.afterPomp()).hasValue(62.5);
            assertThat(trust.reason().orElseThrow()).contains("TRUST was not scored before", "0 of 2 items answered");
            assertThat(trust.sem()).isCloseTo(8.0, within(1e-12));
        }

        @Test
        void a_change_survives_json() {
            Change change = analysis.change(
                    CheckIn.of(T0, score(instrument, "r", 2, 3)),
                    CheckIn.of(T0.plus(Duration.ofDays(14)), score(instrument, "r", 3, 4)));

            assertThat(change.from()).contains(T0);
            assertThat(IntimacyJson.read(IntimacyJson.write(change), Change.class))
                    .isEqualTo(change);
        }
    }

    @Nested
    class ReliabilityFromYourOwnData {
        // Three trust items on 1..5, no declared reliability; eight respondents whose items move together.
        private final Instrument instrument = TestInstruments.trustOnly(1, 5, 3, null);
        private final int[][] sample = {
            {1, 2, 1}, {2, 2, 3}, {3, 3, 3}, {4, 3, 4}, {5, 4, 5}, {2, 1, 2}, {4, 5, 4}, {3, 4, 2}
        };

        private List<Assessment> assessments() {
            List<Assessment> out = new ArrayList<>();
            for (int i = 0; i < sample.length; i++) {
                out.add(TestInstruments.trustAnswers(instrument, "s" + i, T0, sample[i]));
            }
            return out;
        }

        @Test
        void alpha_from_a_report_and_the_sd_from_norms_already_in_pomp_points() {
            List<Assessment> data = assessments();
            ReliabilityReport report =
                    ReliabilityAnalysis.builder(instrument).build().analyze(data);
            ScoringEngine engine = ScoringEngine.builder(instrument).build();
            List<IntimacyProfile> profiles = new ArrayList<>();
            data.forEach(a -> profiles.add(engine.score(a)));
            Norms norms = Norms.fromProfiles(profiles, "the eight test respondents");
            double alpha =
                    report.dimension(Dimension.TRUST).orElseThrow().rawAlpha().getAsDouble();
            Norm norm = norms.norm(Dimension.TRUST).orElseThrow();

            DimensionChange trust = ChangeAnalysis.builder(instrument)
                    .reliability(report, norms)
                    .build()
                    .change(score(instrument, "r", 2, 2, 2), score(instrument, "r", 4, 4, 4))
                    .dimension(Dimension.TRUST)
                    .orElseThrow();

            // POMP 25 → 75; SEM = SD_norm·√(1 − alpha), both taken from the inputs.
            double sem = norm.standardDeviation() * Math.sqrt(1 - alpha);
            assertThat(alpha).isBetween(0.0, 1.0);
            assertThat(trust.reliability()).isEqualTo(alpha);
            assertThat(trust.standardDeviation()).isEqualTo(norm.standardDeviation());
            assertThat(trust.sem()).isCloseTo(sem, within(1e-12));
            assertThat(trust.rci().getAsDouble()).isCloseTo(50 / Math.sqrt(2 * sem * sem), within(1e-9));
            assertThat(trust.reliabilitySource()).contains("from a reliability report on 8 rows", "from norms");
        }

        @Test
        void the_reports_own_sd_is_in_scale_points_and_is_converted_to_pomp() {
            ReliabilityReport report =
                    ReliabilityAnalysis.builder(instrument).build().analyze(assessments());
            ScaleReliability s = report.dimension(Dimension.TRUST).orElseThrow();

            DimensionChange trust = ChangeAnalysis.builder(instrument)
                    .reliability(report)
                    .build()
                    .change(score(instrument, "r", 2, 2, 2), score(instrument, "r", 4, 4, 4))
                    .dimension(Dimension.TRUST)
                    .orElseThrow();

            double sdPomp = s.sd().getAsDouble() * 100 / 4;
            assertThat(trust.standardDeviation()).isCloseTo(sdPomp, within(1e-12));
            assertThat(trust.sem())
                    .isCloseTo(sdPomp * Math.sqrt(1 - s.rawAlpha().getAsDouble()), within(1e-12));
            assertThat(trust.reliabilitySource()).contains("scale points", "from the same report");
        }

        @Test
        void a_report_comes_before_the_declared_reliability_which_is_the_fallback() {
            // Declared for every dimension; the report on one trust item has no alpha (one item cannot have one).
            Instrument both = TestInstruments.trustOnly(1, 5, 3, declared(0.9, 1.0));
            Instrument single = TestInstruments.trustOnly(1, 5, 1, declared(0.9, 1.0));
            ReliabilityReport report = ReliabilityAnalysis.builder(both).build().analyze(assessments());
            ReliabilityReport none = ReliabilityAnalysis.builder(single)
                    .build()
                    .analyze(List.of(
                            TestInstruments.trustAnswers(single, "x", T0, 1),
                            TestInstruments.trustAnswers(single, "y", T0, 5)));

            assertThat(ChangeAnalysis.builder(both)
                            .reliability(report)
                            .build()
                            .change(score(both, "r", 2, 2, 2), score(both, "r", 3, 3, 3))
                            .dimension(Dimension.TRUST)
                            .orElseThrow()
                            .reliabilitySource())
                    .startsWith("alpha ");
            assertThat(ChangeAnalysis.builder(single)
                            .reliability(none)
                            .build()
                            .change(score(single, "r", 2), score(single, "r", 3))
                            .dimension(Dimension.TRUST)
                            .orElseThrow()
                            .reliabilitySource())
                    .startsWith("declared by the instrument");
        }

        @Test
        void the_analysis_can_be_restricted_to_the_dimensions_with_a_reliability() {
            Instrument six = TestInstruments.sixByThree(1, 5);
            Instrument.Builder trustDeclared = Instrument.builder()
                    .id(six.id())
                    .version(six.version())
                    .titleKey(six.titleKey())
                    .scale(six.scale())
                    .addAllItems(six.items())
                    .putDeclaredReliability(Dimension.TRUST, declared(0.8, 0.7));
            Instrument instrument = trustDeclared.build();

            ChangeAnalysis analysis = ChangeAnalysis.builder(instrument)
                    .dimensions(Set.of(Dimension.TRUST))
                    .build();

            assertThat(analysis.dimensions()).containsExactly(Dimension.TRUST);
            assertThat(analysis.sem(Dimension.TRUST).getAsDouble()).isCloseTo(0.7 * 25 * Math.sqrt(0.2), within(1e-12));
            assertThat(analysis.sem(Dimension.EMPATHY)).isEmpty();
        }
    }

    @Nested
    class Timelines {
        // Two trust items on 0..10; declared r = 0.84, SD = 2 scale points = 20 POMP points, so SEM = 8 and
        // S_diff = √128 = 11.3137, as in the worked RCI above.
        private final Instrument instrument = TestInstruments.trustOnly(0, 10, 2, declared(0.84, 2.0));
        private final ChangeAnalysis analysis =
                ChangeAnalysis.builder(instrument).build();

        private CheckIn at(double weeks, Integer... values) {
            Instant when = T0.plus(Duration.ofMinutes(Math.round(weeks * 7 * 24 * 60)));
            Assessment.Builder a = Assessment.builder()
                    .respondent(RespondentId.of("r"))
                    .instrument(instrument.ref())
                    .completedAt(when);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    a.putAnswers(instrument.items().get(i).id(), Answer.of(values[i]));
                }
            }
            return CheckIn.of(when, ScoringEngine.builder(instrument).build().score(a.build()));
        }

        @Test
        void the_trend_is_the_least_squares_slope_per_week_and_the_last_reliable_change_is_found() {
            // Week 0: 4, 4 → POMP 40. Week 1: 6, 7 → 65. Week 3: 6, 6 → 60. Week 2: nothing answered (insufficient).
            // Slope over the three scored check-ins: t̄ = 4/3, ȳ = 55; Σ(t − t̄)(y − ȳ) = (−4/3)(−15) + (−1/3)(10)
            // + (5/3)(5) = 25; Σ(t − t̄)² = 42/9; slope = 25·9/42 = 225/42 = 5.357143 POMP points per week.
            // Scored neighbours: 40 → 65 is +25, RCI 2.2097 (reliable improvement); 65 → 60 is −5, RCI −0.44 (not).
            // Given out of order, the check-ins are sorted by time.
            List<CheckIn> checkIns = List.of(at(3, 6, 6), at(0, 4, 4), at(2, null, null), at(1, 6, 7));

            Timeline timeline = analysis.timeline(checkIns);
            Trend trust = timeline.trend(Dimension.TRUST).orElseThrow();

            assertThat(timeline.checkIns()).isSorted().hasSize(4);
            assertThat(timeline.changes()).hasSize(3);
            assertThat(timeline.changes()
                            .get(1)
                            .dimension(Dimension.TRUST)
                            .orElseThrow()
                            .rci())
                    .isEmpty();
            assertThat(trust.points()).isEqualTo(3);
            assertThat(trust.slopePerWeek().getAsDouble()).isCloseTo(225.0 / 42, within(1e-9));
            assertThat(trust.lastReliableChange().orElseThrow().changeClass())
                    .contains(ChangeClass.RELIABLE_IMPROVEMENT);
            assertThat(trust.lastReliableChange().orElseThrow().difference().getAsDouble())
                    .isCloseTo(25, within(1e-9));
            assertThat(trust.lastReliableChangeFrom()).contains(T0);
            assertThat(trust.lastReliableChangeTo()).contains(T0.plus(Duration.ofDays(7)));
            assertThat(IntimacyJson.read(IntimacyJson.write(timeline), Timeline.class))
                    .isEqualTo(timeline);
        }

        @Test
        void one_check_in_gives_no_slope_and_says_why() {
            Trend trust = analysis.timeline(List.of(at(0, 4, 4)))
                    .trend(Dimension.TRUST)
                    .orElseThrow();

            assertThat(trust.slopePerWeek()).isEmpty();
            assertThat(trust.reason()).contains("TRUST was scored in 1 of 1 check-ins (a slope needs at least 2)");
            assertThat(trust.lastReliableChange()).isEmpty();
        }
    }

    @Nested
    class Couples {
        @Test
        void a_couples_change_is_each_partners_own_matched_by_respondent() {
            Instrument instrument = TestInstruments.trustOnly(1, 5, 2, declared(0.84, 0.8));
            CoupleScorer scorer =
                    CoupleScorer.of(ScoringEngine.builder(instrument).build());
            CoupleProfile before = scorer.scoreCouple(
                    TestInstruments.trustAnswers(instrument, "alex", T0, 2, 3),
                    TestInstruments.trustAnswers(instrument, "sam", T0, 4, 4));
            // Scored the other way round a month later: Alex 2, 3 → 3, 4 (RCI +2.21), Sam unchanged.
            CoupleProfile after = scorer.scoreCouple(
                    TestInstruments.trustAnswers(instrument, "sam", T0, 4, 4),
                    TestInstruments.trustAnswers(instrument, "alex", T0, 3, 4));

            CoupleChange change = ChangeAnalysis.builder(instrument).build().change(before, after);

            assertThat(change.first().respondent()).isEqualTo(RespondentId.of("alex"));
            assertThat(change.first().dimension(Dimension.TRUST).orElseThrow().changeClass())
                    .contains(ChangeClass.RELIABLE_IMPROVEMENT);
            assertThat(change.second().dimension(Dimension.TRUST).orElseThrow().rci())
                    .hasValue(0.0);
        }
    }
}

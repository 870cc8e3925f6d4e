package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.MissingDataPolicy;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.batch.ResponseMatrix;
import dev.intimacy.scoring.reliability.ItemReliability;
import dev.intimacy.scoring.reliability.ReliabilityAnalysis;
import dev.intimacy.scoring.reliability.ReliabilityReport;
import dev.intimacy.scoring.reliability.ReliabilityWarning;
import dev.intimacy.scoring.reliability.ScaleReliability;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Agreement with R's psych 2.2.9 on the committed fixtures (src/test/resources/psych, made by
 * make-fixtures.R): scoreItems(impute = "none", totals = FALSE) to 1e-9 and alpha to 1e-6.
 */
class PsychAgreementTest {

    private static final List<String> AB =
            List.of("A1", "A2", "A3", "A4", "A5", "A6", "B1", "B2", "B3", "B4", "B5", "B6");
    private static final List<String> C_ALL = List.of("C1", "C2", "C3", "C4", "C5", "C6");

    @Nested
    class ScoreItems {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"complete", "missing"})
        void means_agree_with_psych_score_items(String set) {
            Instrument instrument = Fixtures.instrument(AB, Set.of());
            assertMeansAgree(set, instrument, List.of("A", "B"));
        }

        @Test
        void means_with_a_reverse_keyed_item_agree_with_psych_score_items() {
            // psych drops the constant item C6 before scoring, so the oracle is the mean of C1..C5 with C3 reversed.
            Instrument instrument = Fixtures.instrument(List.of("C1", "C2", "C3", "C4", "C5"), Set.of("C3"));
            assertMeansAgree("reverse", instrument, List.of("C"));
        }

        private void assertMeansAgree(String set, Instrument instrument, List<String> scales) {
            Fixtures.Table data = Fixtures.read(set + "-data.csv");
            Fixtures.Table scores = Fixtures.read(set + "-scores.csv");
            // Any coverage above zero: the mean of whatever was answered, as impute = "none".
            ScoringEngine engine = ScoringEngine.builder(instrument)
                    .missingData(MissingDataPolicy.prorate(1e-9))
                    .build();
            List<Assessment> assessments = Fixtures.assessments(data, instrument);
            assertThat(assessments).hasSize(scores.rows().size());
            for (int r = 0; r < assessments.size(); r++) {
                IntimacyProfile p = engine.score(assessments.get(r));
                for (String scale : scales) {
                    Dimension d = Fixtures.dimensionOf(scale);
                    double expected = scores.number(scores.rows().get(r), scale);
                    assertThat(p.score(d).orElseThrow().mean().getAsDouble())
                            .as("%s row %d scale %s", set, r + 1, scale)
                            .isCloseTo(expected, within(1e-9));
                }
            }
        }
    }

    @Nested
    class Alpha {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"complete", "missing"})
        void alpha_agrees_with_psych(String set) {
            Instrument instrument = Fixtures.instrument(AB, Set.of());
            ReliabilityReport report = analyze(set, instrument);
            assertScaleAgrees(set, "A", report.dimension(Dimension.DISCLOSURE).orElseThrow());
            assertScaleAgrees(set, "B", report.dimension(Dimension.TRUST).orElseThrow());
            assertThat(report.warnings()).isEmpty();
        }

        @Test
        void alpha_with_a_reverse_keyed_item_and_a_constant_item_agrees_with_psych() {
            ReliabilityReport report = analyze("reverse", Fixtures.instrument(C_ALL, Set.of("C3")));
            ScaleReliability c = report.dimension(Dimension.EMPATHY).orElseThrow();

            assertScaleAgrees("reverse", "C_keyed", c);
            assertThat(c.k()).isEqualTo(5);
            assertThat(report.warnings()).singleElement().satisfies(w -> {
                assertThat(w.kind()).isEqualTo(ReliabilityWarning.Kind.ZERO_VARIANCE);
                assertThat(w.message()).contains("item C6", "zero variance");
            });
        }

        @Test
        void an_item_keyed_the_wrong_way_gets_a_negative_r_drop_and_a_warning() {
            ReliabilityReport report = analyze("reverse", Fixtures.instrument(C_ALL, Set.of()));
            ScaleReliability c = report.dimension(Dimension.EMPATHY).orElseThrow();

            assertScaleAgrees("reverse", "C_raw", c);
            assertThat(report.warnings())
                    .extracting(ReliabilityWarning::kind)
                    .containsExactlyInAnyOrder(
                            ReliabilityWarning.Kind.ZERO_VARIANCE, ReliabilityWarning.Kind.NEGATIVE_R_DROP);
            assertThat(report.warnings())
                    .anySatisfy(w -> assertThat(w.message()).contains("item C3", "keyed the wrong way"));
        }

        @Test
        void the_matrix_path_gives_the_same_report_as_the_assessment_path() {
            Instrument instrument = Fixtures.instrument(AB, Set.of("A2"));
            Fixtures.Table data = Fixtures.read("missing-data.csv");
            int[] values = new int[data.rows().size() * AB.size()];
            for (int r = 0; r < data.rows().size(); r++) {
                for (int c = 0; c < AB.size(); c++) {
                    String v = data.rows().get(r).get(data.column(AB.get(c)));
                    values[r * AB.size() + c] = v.equals("NA") ? -1 : Integer.parseInt(v);
                }
            }
            List<ItemId> columns = AB.stream().map(ItemId::of).toList();
            ReliabilityAnalysis analysis =
                    ReliabilityAnalysis.builder(instrument).build();

            assertThat(analysis.analyze(ResponseMatrix.rowMajor(columns, values, -1)))
                    .isEqualTo(analysis.analyze(Fixtures.assessments(data, instrument)));
        }

        @Test
        void listwise_equals_pairwise_on_the_complete_rows_only() {
            Instrument instrument = Fixtures.instrument(List.of("A1", "A2", "A3", "A4", "A5", "A6"), Set.of());
            List<Assessment> all = Fixtures.assessments(Fixtures.read("missing-data.csv"), instrument);
            List<Assessment> complete = all.stream()
                    .filter(a -> a.answers().values().stream().allMatch(dev.intimacy.model.answer.Answer::isValue))
                    .toList();
            ScaleReliability listwise = ReliabilityAnalysis.builder(instrument)
                    .method(ReliabilityAnalysis.Method.LISTWISE)
                    .build()
                    .analyze(all)
                    .dimension(Dimension.DISCLOSURE)
                    .orElseThrow();
            ScaleReliability pairwiseOnComplete = ReliabilityAnalysis.builder(instrument)
                    .build()
                    .analyze(complete)
                    .dimension(Dimension.DISCLOSURE)
                    .orElseThrow();

            assertThat(complete.size()).isLessThan(all.size()).isGreaterThan(10);
            assertThat(listwise).isEqualTo(pairwiseOnComplete);
        }

        private ReliabilityReport analyze(String set, Instrument instrument) {
            Fixtures.Table data = Fixtures.read(set + "-data.csv");
            return ReliabilityAnalysis.builder(instrument).build().analyze(Fixtures.assessments(data, instrument));
        }

        private void assertScaleAgrees(String set, String scale, ScaleReliability actual) {
            Fixtures.Table alpha = Fixtures.read(set + "-alpha.csv");
            List<String> row = alpha.row(scale);
            String what = set + " " + scale + " ";
            assertThat(actual.n()).as(what + "n").isEqualTo((long) alpha.number(row, "n_obs"));
            assertThat(actual.rawAlpha().getAsDouble())
                    .as(what + "raw alpha")
                    .isCloseTo(alpha.number(row, "raw_alpha"), within(1e-6));
            assertThat(actual.stdAlpha().getAsDouble())
                    .as(what + "std alpha")
                    .isCloseTo(alpha.number(row, "std_alpha"), within(1e-6));
            assertThat(actual.averageR().getAsDouble())
                    .as(what + "average r")
                    .isCloseTo(alpha.number(row, "average_r"), within(1e-6));
            assertThat(actual.feldtLower().getAsDouble())
                    .as(what + "Feldt lower")
                    .isCloseTo(alpha.number(row, "feldt_lower"), within(1e-6));
            assertThat(actual.feldtUpper().getAsDouble())
                    .as(what + "Feldt upper")
                    .isCloseTo(alpha.number(row, "feldt_upper"), within(1e-6));

            Fixtures.Table items = Fixtures.read(set + "-alpha-items.csv");
            for (List<String> ir : items.rows()) {
                if (!ir.get(0).equals(scale)) {
                    continue;
                }
                String id = ir.get(1);
                ItemReliability item = actual.items().stream()
                        .filter(i -> i.item().value().equals(id))
                        .findFirst()
                        .orElseThrow();
                if (ir.get(items.column("r_drop")).equals("NA")) {
                    assertThat(item.zeroVariance())
                            .as(what + id + " zero variance")
                            .isTrue();
                    assertThat(item.rDrop()).isEmpty();
                    continue;
                }
                assertThat(item.mean().getAsDouble())
                        .as(what + id + " mean")
                        .isCloseTo(items.number(ir, "mean"), within(1e-6));
                assertThat(item.sd().getAsDouble())
                        .as(what + id + " sd")
                        .isCloseTo(items.number(ir, "sd"), within(1e-6));
                assertThat(item.rDrop().getAsDouble())
                        .as(what + id + " r.drop")
                        .isCloseTo(items.number(ir, "r_drop"), within(1e-6));
                assertThat(item.alphaIfDropped().getAsDouble())
                        .as(what + id + " alpha if dropped")
                        .isCloseTo(items.number(ir, "alpha_if_dropped"), within(1e-6));
                assertThat(item.stdAlphaIfDropped().getAsDouble())
                        .as(what + id + " std alpha if dropped")
                        .isCloseTo(items.number(ir, "std_alpha_if_dropped"), within(1e-6));
            }
        }
    }
}

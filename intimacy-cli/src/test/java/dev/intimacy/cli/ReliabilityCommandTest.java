package dev.intimacy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.intimacy.content.ContentPacks;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.json.IntimacyJson;
import dev.intimacy.scoring.reliability.ReliabilityAnalysis;
import dev.intimacy.scoring.reliability.ReliabilityReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ReliabilityCommandTest {
    // Keyed trust answers (T1, 6 - T2) are (1, 1), (3, 2), (5, 3): variances 4 and 1, covariance 2, so
    // alpha = 2 * (1 - (4 + 1) / (4 + 1 + 2 * 2)) = 8/9. Communication (C1, C2) = (2, 2), (3, 4), (5, 4):
    // variances 7/3 and 4/3, covariance 4/3, so alpha = 2 * (1 - (11/3) / (19/3)) = 16/19.
    private static final String SMALL =
            "respondent_id,T1,T2,C1,C2,O1\n" + "r1,1,5,2,2,1\n" + "r2,3,4,3,4,2\n" + "r3,5,3,5,4,3\n";

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new Cli(dir);
        Files.copy(Path.of("src/test/resources/two-scales.json"), dir.resolve("two-scales.json"));
    }

    @Test
    void alpha_worked_by_hand_in_json() {
        cli.write("in.csv", SMALL);

        Cli.Result r = cli.run("reliability", "--in", "in.csv", "--instrument", "two-scales.json", "--format", "json");

        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode json = IntimacyJson.mapper().readTree(r.out());
        assertThat(json.get("instrument").asString()).isEqualTo("two-scales@1.0.0");
        assertThat(json.get("rows").asLong()).isEqualTo(3);
        JsonNode trust = json.get("scales").get(0);
        assertThat(trust.get("scale").asString()).isEqualTo("TRUST");
        assertThat(trust.get("n").asLong()).isEqualTo(3);
        assertThat(trust.get("alpha").asDouble()).isCloseTo(8.0 / 9, within(1e-6));
        assertThat(trust.get("std_alpha").asDouble()).isCloseTo(1.0, within(1e-6));
        assertThat(trust.get("items").get(0).get("mean").asDouble()).isEqualTo(3.0);
        assertThat(trust.get("items").get(0).get("sd").asDouble()).isEqualTo(2.0);
        JsonNode communication = json.get("scales").get(1);
        assertThat(communication.get("alpha").asDouble()).isCloseTo(16.0 / 19, within(1e-6));
        JsonNode outcome = json.get("scales").get(2);
        assertThat(outcome.get("scale").asString()).isEqualTo("outcome");
        assertThat(outcome.get("alpha").isNull()).isTrue();
        assertThat(json.get("warnings").toString()).contains("too_few_items");
    }

    @Test
    void text_output_has_a_line_per_scale_and_a_row_per_item() {
        cli.write("in.csv", SMALL);

        Cli.Result r = cli.run("reliability", "--in", "in.csv", "--instrument", "two-scales.json");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("Reliability of two-scales@1.0.0 on 3 respondents (pairwise-complete covariances; 95%"
                        + " Feldt interval)")
                .contains("TRUST\n  n 3   items 2   alpha 0.889   std. alpha 1.000")
                .contains("COMMUNICATION\n  n 3   items 2   alpha 0.842")
                .contains("  T1              3   3.000   2.000")
                .contains("Warnings\n  - ");
        assertThat(r.err()).contains("3 rows read from in.csv; 3 used; 0 with errors");
    }

    @Test
    void rows_with_errors_are_left_out_and_counted() {
        cli.write("in.csv", SMALL + "r4,9,1,1,1,1\n");

        Cli.Result r = cli.run(
                "reliability",
                "--in",
                "in.csv",
                "--instrument",
                "two-scales.json",
                "--format",
                "json",
                "--errors",
                "errors.csv");

        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERRORS);
        JsonNode json = IntimacyJson.mapper().readTree(r.out());
        assertThat(json.get("rows").asLong()).isEqualTo(3);
        assertThat(json.get("rows_with_errors").asLong()).isEqualTo(1);
        assertThat(json.get("scales").get(0).get("alpha").asDouble()).isCloseTo(8.0 / 9, within(1e-6));
        assertThat(cli.read("errors.csv")).contains("5,r4,item T1: answer 9 is outside the scale 1..5");
    }

    @Test
    void the_sample_file_gives_the_library_s_numbers_for_every_dimension() throws IOException {
        Path sample = Cli.repository().resolve("samples/answers.csv");
        Instrument core = ContentPacks.bundled()
                .instrument(InstrumentId.of("intimacy-core"))
                .orElseThrow();
        ReliabilityReport expected = ReliabilityAnalysis.builder(core).build().analyze(readIndependently(sample, core));

        Cli.Result r = cli.run("reliability", "--in", sample.toString(), "--format", "json");

        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode scales = IntimacyJson.mapper().readTree(r.out()).get("scales");
        assertThat(scales.size()).isEqualTo(7);
        for (int i = 0; i < 6; i++) {
            Dimension d = Dimension.values()[i];
            assertThat(scales.get(i).get("scale").asString()).isEqualTo(d.code());
            assertThat(scales.get(i).get("alpha").asDouble())
                    .isCloseTo(expected.dimension(d).orElseThrow().rawAlpha().getAsDouble(), within(1e-6));
            assertThat(scales.get(i).get("sem").asDouble())
                    .isCloseTo(expected.dimension(d).orElseThrow().sem().getAsDouble(), within(1e-6));
        }
    }

    /** Reads the CSV with FastCSV's named records, independently of the command's reader. */
    private static List<Assessment> readIndependently(Path csv, Instrument instrument) throws IOException {
        List<Assessment> out = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord rec : reader) {
                Assessment.Builder b = Assessment.builder()
                        .respondent(RespondentId.of(rec.getField("respondent_id")))
                        .instrument(instrument.ref())
                        .completedAt(Instant.EPOCH);
                for (Item item : instrument.items()) {
                    String cell = rec.getField(item.id().value());
                    if (cell.equals("declined")) {
                        b.putAnswers(item.id(), Answer.declined());
                    } else if (!cell.equals("NA") && !cell.isEmpty()) {
                        b.putAnswers(ItemId.of(item.id().value()), Answer.of(Integer.parseInt(cell)));
                    }
                }
                out.add(b.build());
            }
        }
        return out;
    }
}

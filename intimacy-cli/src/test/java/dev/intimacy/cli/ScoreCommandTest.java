package dev.intimacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.intimacy.model.json.IntimacyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class ScoreCommandTest {
    private static final String HEADER = "respondent_id,T1,T2,C1,C2,O1";
    private static final String OUT_HEADER = "respondent_id,trust_mean,trust_pomp,trust_status,communication_mean,"
            + "communication_pomp,communication_status,composite_index,outcome_pomp";

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new Cli(dir);
        Files.copy(Path.of("src/test/resources/two-scales.json"), dir.resolve("two-scales.json"));
    }

    @Nested
    class Scores {
        @Test
        void scores_worked_by_hand_for_an_instrument_read_from_a_file() {
            // r1: T2 = 2 is reverse-keyed to 4, so trust = (4 + 4) / 2 = 4, POMP 100 * (4 - 1) / 4 = 75;
            //     communication = (5 + 3) / 2 = 4, POMP 75; composite = (75 + 75) / 2; outcome O1 = 5, POMP 100.
            // r2: trust prorated from T1 = 5 alone (1 of 2 >= 0.5), POMP 100; communication prorated from C2 = 1
            //     (C1 declined), POMP 0; composite 50; the outcome's only item is skipped: insufficient, empty.
            // r3: trust (3 + 3) / 2 = 3, POMP 50; communication 2, POMP 25; composite 37.5; outcome 1, POMP 0.
            cli.write("in.csv", HEADER + "\nr1,4,2,5,3,5\nr2,5,NA,declined,1,\nr3,3,3,2,2,1\n");

            Cli.Result r = cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json", "--out", "out.csv");

            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(cli.read("out.csv"))
                    .isEqualTo(OUT_HEADER + "\n"
                            + "r1,4,75,complete,4,75,complete,75,100\n"
                            + "r2,5,100,prorated,1,0,prorated,50,\n"
                            + "r3,3,50,complete,2,25,complete,37.5,0\n");
            assertThat(r.err()).contains("3 rows read from in.csv; 3 scored", "0 with errors");
        }

        @Test
        void strict_missing_data_makes_a_dimension_with_a_skipped_item_insufficient() {
            cli.write("in.csv", HEADER + "\nr2,5,NA,declined,1,\n");

            Cli.Result r = cli.run(
                    "score", "--in", "in.csv", "--instrument", "two-scales.json", "--missing", "strict", "--out", "-");

            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out()).isEqualTo(OUT_HEADER + "\nr2,,,insufficient,,,insufficient,,\n");
        }

        @Test
        void json_output_has_the_csv_columns_as_names_and_null_for_absent_numbers() {
            cli.write("in.csv", HEADER + "\nr1,4,2,5,3,5\nr2,5,NA,declined,1,\n");

            Cli.Result r = cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json", "--format", "json");

            assertThat(r.exit()).as(r.toString()).isZero();
            JsonNode json = IntimacyJson.mapper().readTree(r.out());
            assertThat(json.size()).isEqualTo(2);
            assertThat(json.get(0).get("respondent_id").asString()).isEqualTo("r1");
            assertThat(json.get(0).get("trust_pomp").asDouble()).isEqualTo(75.0);
            assertThat(json.get(0).get("composite_index").asDouble()).isEqualTo(75.0);
            assertThat(json.get(1).get("communication_status").asString()).isEqualTo("prorated");
            assertThat(json.get(1).get("outcome_pomp").isNull()).isTrue();
        }

        @Test
        void the_bundled_instrument_scores_the_sample_file_with_every_dimension() throws IOException {
            Path samples = Cli.repository().resolve("samples/answers.csv");

            Cli.Result r = cli.run("score", "--in", samples.toString(), "--out", "scores.csv");

            assertThat(r.exit()).as(r.toString()).isZero();
            List<String> lines = Files.readAllLines(dir.resolve("scores.csv"));
            assertThat(lines).hasSize(41);
            assertThat(lines.get(0))
                    .isEqualTo("respondent_id,disclosure_mean,disclosure_pomp,disclosure_status,trust_mean,trust_pomp,"
                            + "trust_status,vulnerability_mean,vulnerability_pomp,vulnerability_status,"
                            + "communication_mean,communication_pomp,communication_status,empathy_mean,empathy_pomp,"
                            + "empathy_status,nurturing_mean,nurturing_pomp,nurturing_status,composite_index,"
                            + "outcome_pomp");
            assertThat(lines.get(1)).startsWith("s001,");
            assertThat(lines.get(40)).startsWith("s040,");
        }

        @Test
        void a_hostile_respondent_id_is_written_as_data_with_csv_quoting() {
            cli.write("in.csv", HEADER + "\n\"<script>alert(1)</script>, \"\"x\"\"\",4,2,5,3,5\n");

            Cli.Result r = cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json");

            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out()).contains("\"<script>alert(1)</script>, \"\"x\"\"\",4,75,complete");
        }

        @Test
        void ids_that_a_spreadsheet_would_run_as_formulas_are_written_as_text_in_csv_and_unchanged_in_json() {
            cli.write(
                    "in.csv",
                    HEADER + "\n\"=HYPERLINK(\"\"http://x\"\")\",4,2,5,3,5\n+1,4,2,5,3,5\n-2,4,2,5,3,5\n@r,4,2,5,3,5\n"
                            + "r-1,4,2,5,3,5\n");

            Cli.Result csv = cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json");
            Cli.Result json = cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json", "--format", "json");

            assertThat(csv.exit()).as(csv.toString()).isZero();
            assertThat(csv.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(",4,75"))))
                    .containsExactly("\"'=HYPERLINK(\"\"http://x\"\")\"", "'+1", "'-2", "'@r", "r-1");
            assertThat(json.out())
                    .contains("\"=HYPERLINK(\\\"http://x\\\")\"", "\"+1\"", "\"-2\"", "\"@r\"")
                    .doesNotContain("'");
        }
    }

    /** One row per kind of hostile input: what it is, the file's bytes, and what must happen. */
    static Stream<Arguments> hostileInputs() {
        return Stream.of(
                Arguments.of(
                        "unknown column",
                        HEADER + ",T3\nr1,4,2,5,3,5,1\n",
                        ExitCode.USAGE,
                        List.of("unknown column T3", "--ignore-unknown-columns"),
                        -1,
                        List.of()),
                Arguments.of(
                        "an item id in the wrong case",
                        "respondent_id,t1,T2,C1,C2,O1\nr1,4,2,5,3,5\n",
                        ExitCode.USAGE,
                        List.of("unknown column t1", "did you mean T1?"),
                        -1,
                        List.of()),
                Arguments.of(
                        "duplicate column",
                        "respondent_id,T1,T1,C1\nr1,4,4,5\n",
                        ExitCode.USAGE,
                        List.of("column 'T1' appears twice in the header (columns 2 and 3)"),
                        -1,
                        List.of()),
                Arguments.of(
                        "no respondent_id column",
                        "id,T1,T2\nr1,4,2\n",
                        ExitCode.USAGE,
                        List.of("has no respondent_id column"),
                        -1,
                        List.of()),
                Arguments.of(
                        "no item column",
                        "respondent_id\nr1\n",
                        ExitCode.USAGE,
                        List.of("no column for any item of two-scales@1.0.0"),
                        -1,
                        List.of()),
                Arguments.of(
                        "a blank column name",
                        "respondent_id,,T1\nr1,,4\n",
                        ExitCode.USAGE,
                        List.of("column 2 of the header has no name"),
                        -1,
                        List.of()),
                Arguments.of(
                        "a predicts column in a respondents file",
                        "respondent_id,predicts,T1\nr1,,4\n",
                        ExitCode.USAGE,
                        List.of("predicts column", "intimacy couple"),
                        -1,
                        List.of()),
                Arguments.of(
                        "text in a number cell",
                        HEADER + "\nr1,4,2,5,3,5\nr2,four,2,5,3,5\nr3,4,2,5,3,5\n",
                        ExitCode.DATA_ERRORS,
                        List.of("3 rows read", "2 scored", "1 with errors"),
                        2,
                        List.of("3,r2,\"item T1: 'four' is not a whole number (allowed: 1..5, empty or NA for"
                                + " skipped, declined)\"")),
                Arguments.of(
                        "a decimal in a number cell",
                        HEADER + "\nr1,4.0,2,5,3,5\n",
                        ExitCode.DATA_ERRORS,
                        List.of("0 scored"),
                        0,
                        List.of("2,r1,\"item T1: '4.0' is not a whole number (allowed: 1..5, empty or NA for"
                                + " skipped, declined)\"")),
                Arguments.of(
                        "out-of-range values, every problem of the row reported",
                        HEADER + "\nr1,9,2,0,3,5\nr2,4,2,5,3,5\n",
                        ExitCode.DATA_ERRORS,
                        List.of("1 scored", "1 with errors"),
                        1,
                        List.of("2,r1,item T1: answer 9 is outside the scale 1..5; item C1: answer 0 is outside the"
                                + " scale 1..5")),
                Arguments.of(
                        "a huge number",
                        HEADER + "\nr1,99999999999999999999999,2,5,3,5\n",
                        ExitCode.DATA_ERRORS,
                        List.of("1 with errors"),
                        0,
                        List.of("2,r1,item T1: answer 99999999999999999999999 is outside the scale 1..5")),
                Arguments.of(
                        "too few and too many cells",
                        HEADER + "\nr1,4,2\nr2,4,2,5,3,5,9\nr3,4,2,5,3,5\n",
                        ExitCode.DATA_ERRORS,
                        List.of("1 scored", "2 with errors"),
                        1,
                        List.of("2,r1,\"has 3 cells, the header has 6\"", "3,r2,\"has 7 cells, the header has 6\"")),
                Arguments.of(
                        "an empty respondent id",
                        HEADER + "\n,4,2,5,3,5\n  ,4,2,5,3,5\n",
                        ExitCode.DATA_ERRORS,
                        List.of("2 with errors"),
                        0,
                        List.of("2,,respondent_id is empty", "3,,respondent_id is empty")),
                Arguments.of(
                        "an empty file",
                        "",
                        ExitCode.IO,
                        List.of("in.csv is empty: expected a header line with respondent_id"),
                        -1,
                        List.of()),
                Arguments.of("blank lines only", "\n\n", ExitCode.IO, List.of("is empty"), -1, List.of()),
                Arguments.of(
                        "a header only", HEADER + "\n", ExitCode.OK, List.of("0 rows read", "0 scored"), 0, List.of()),
                Arguments.of(
                        "a header only, without a line end", HEADER, ExitCode.OK, List.of("0 rows read"), 0, List.of()),
                Arguments.of(
                        "a byte-order mark",
                        "\uFEFF" + HEADER + "\nr1,4,2,5,3,5\n",
                        ExitCode.OK,
                        List.of("1 scored"),
                        1,
                        List.of()),
                Arguments.of(
                        "CRLF line ends",
                        HEADER + "\r\nr1,4,2,5,3,5\r\nr2,4,2,5,3,5\r\n",
                        ExitCode.OK,
                        List.of("2 scored"),
                        2,
                        List.of()),
                Arguments.of(
                        "blank lines between rows are not rows",
                        HEADER + "\n\nr1,4,2,5,3,5\n\n\nr2,4,2,5,3,5\n",
                        ExitCode.OK,
                        List.of("2 rows read", "2 scored"),
                        2,
                        List.of()),
                Arguments.of(
                        "quoted newlines: line numbers are the physical start of each record",
                        HEADER + "\n\"r\n1\",4,2,5,3,5\nr2,\"4\n\",2,5,3,5\nr3,x,2,5,3,5\n",
                        ExitCode.DATA_ERRORS,
                        List.of("3 rows read", "1 scored", "2 with errors"),
                        1,
                        List.of(
                                "2,,respondent_id: respondent id 'r\\u000A1' contains a control or line-break"
                                        + " character (not allowed)",
                                "6,r3,\"item T1: 'x' is not a whole number (allowed: 1..5, empty or NA for skipped,"
                                        + " declined)\"")),
                Arguments.of(
                        "a quote left open runs to the end of the file, as one bad row",
                        HEADER + "\nr1,4,2,5,3,5\nr2,\"4,2,5,3,5\nr3,4,2,5,3,5\n",
                        ExitCode.DATA_ERRORS,
                        List.of("2 rows read", "1 scored", "1 with errors"),
                        1,
                        List.of("3,r2,\"has 2 cells, the header has 6\"")),
                Arguments.of(
                        "semicolons instead of commas",
                        "respondent_id;T1;T2\nr1;4;2\n",
                        ExitCode.USAGE,
                        List.of("has no respondent_id column (it has: respondent_id;T1;T2)"),
                        -1,
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void hostile_input_is_refused_or_accounted_for_row_by_row(
            String what, String content, int exit, List<String> messages, int scored, List<String> errorRows)
            throws IOException {
        cli.write("in.csv", content);

        Cli.Result r = cli.run(
                "score",
                "--in",
                "in.csv",
                "--instrument",
                "two-scales.json",
                "--out",
                "out.csv",
                "--errors",
                "errors.csv");

        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        assertThat(r.err()).as(r.toString()).contains(messages);
        if (scored < 0) {
            assertThat(dir.resolve("out.csv")).doesNotExist();
            assertThat(dir.resolve("errors.csv")).doesNotExist();
        } else {
            assertThat(Files.readAllLines(dir.resolve("out.csv"))).hasSize(1 + scored);
            List<String> errors = Files.readAllLines(dir.resolve("errors.csv"));
            assertThat(errors.get(0)).isEqualTo("line,respondent_id,reason");
            assertThat(String.join("\n", errors.subList(1, errors.size()))).isEqualTo(String.join("\n", errorRows));
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void unknown_columns_may_be_ignored_on_request_with_a_warning() {
        cli.write("in.csv", HEADER + ",started_at,T3\nr1,4,2,5,3,5,2026-11-27,1\n");

        Cli.Result r =
                cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json", "--ignore-unknown-columns");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).contains("warning: ", "ignoring unknown columns started_at, T3");
        assertThat(r.out()).contains("r1,4,75,complete");
    }

    @Test
    void item_columns_the_file_lacks_count_as_skipped_with_a_warning() {
        cli.write("in.csv", "respondent_id,T1,C1,C2\nr1,4,5,3\n");

        Cli.Result r = cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).contains("no column for 2 items T2, O1; they count as skipped in every row");
        assertThat(r.out()).contains("r1,4,75,prorated,4,75,complete,75,\n");
    }

    @Test
    void without_an_errors_file_invalid_rows_are_listed_on_standard_error() {
        cli.write("in.csv", HEADER + "\nr1,4,2,5,3,5\nr2,7,2,5,3,5\n");

        Cli.Result r = cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json");

        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERRORS);
        assertThat(r.err()).contains("line 3 (r2): item T1: answer 7 is outside the scale 1..5");
        assertThat(r.out()).contains("r1,").doesNotContain("r2,");
    }

    @Test
    void error_rows_write_a_formula_like_respondent_id_as_text() {
        cli.write("in.csv", HEADER + "\n=1+1,4,2,x,3,5\n");

        Cli.Result r = cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json", "--errors", "errors.csv");

        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERRORS);
        assertThat(cli.read("errors.csv").lines().skip(1))
                .singleElement()
                .asString()
                .startsWith("2,'=1+1,");
    }

    @Test
    void error_rows_name_the_rejected_value_but_never_the_valid_answers_of_the_row() {
        cli.write("in.csv", HEADER + "\nr1,4,2,x,3,5\n");

        Cli.Result r = cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json", "--errors", "errors.csv");

        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERRORS);
        String errors = cli.read("errors.csv");
        assertThat(errors)
                .isEqualTo("line,respondent_id,reason\n"
                        + "2,r1,\"item C1: 'x' is not a whole number (allowed: 1..5, empty or NA for skipped,"
                        + " declined)\"\n");
    }

    @Test
    void input_that_is_not_utf8_fails_whole_and_leaves_an_earlier_output_untouched() throws IOException {
        cli.write("out.csv", "an earlier result\n");
        byte[] head = (HEADER + "\nr1,4,2,5,3,5\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "r2,4,2,5,3,\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(dir.resolve("in.csv"), all);

        Cli.Result r = cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json", "--out", "out.csv");

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.IO);
        assertThat(r.err()).contains("in.csv is not UTF-8 text");
        assertThat(cli.read("out.csv")).isEqualTo("an earlier result\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void a_missing_input_file_is_an_input_output_error() {
        Cli.Result r = cli.run("score", "--in", "nowhere.csv");

        assertThat(r.exit()).isEqualTo(ExitCode.IO);
        assertThat(r.err()).contains("cannot read", "nowhere.csv: no such file");
    }

    @Test
    void an_output_directory_that_does_not_exist_is_an_input_output_error() {
        cli.write("in.csv", HEADER + "\nr1,4,2,5,3,5\n");

        Cli.Result r =
                cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json", "--out", "no/such/dir/out.csv");

        assertThat(r.exit()).isEqualTo(ExitCode.IO);
        assertThat(r.err()).contains("does not exist");
    }

    @Test
    void the_output_may_not_overwrite_the_input() {
        cli.write("in.csv", HEADER + "\nr1,4,2,5,3,5\n");

        Cli.Result r = cli.run("score", "--in", "in.csv", "--instrument", "two-scales.json", "--out", "in.csv");

        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.read("in.csv")).startsWith(HEADER);
    }

    @Test
    void bad_option_values_are_usage_errors_with_the_allowed_values() {
        cli.write("in.csv", HEADER + "\nr1,4,2,5,3,5\n");

        assertThat(cli.run("score", "--in", "in.csv", "--missing", "sometimes").err())
                .contains("expected strict or prorate:SHARE");
        assertThat(cli.run("score", "--in", "in.csv", "--missing", "prorate:2").exit())
                .isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("score", "--in", "in.csv", "--format", "xml").exit()).isEqualTo(ExitCode.USAGE);
        Cli.Result unknown = cli.run("score", "--in", "in.csv", "--instrument", "no-such-instrument");
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("unknown instrument 'no-such-instrument'", "intimacy-core, intimacy-pulse");
        assertThat(cli.run("score").err()).contains("Missing required option: '--in=FILE.csv'");
    }

    @Test
    void an_instrument_file_that_is_not_an_instrument_is_an_input_output_error_naming_the_place() {
        cli.write("bad.json", "{\"id\": \"x\", \"version\": \"1.0.0\", \"colour\": \"red\"}");
        cli.write("in.csv", HEADER + "\nr1,4,2,5,3,5\n");

        Cli.Result r = cli.run("score", "--in", "in.csv", "--instrument", "bad.json");

        assertThat(r.exit()).isEqualTo(ExitCode.IO);
        assertThat(r.err()).contains("the instrument file", "bad.json is not a valid instrument", "colour");
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                    .toList();
        }
    }
}

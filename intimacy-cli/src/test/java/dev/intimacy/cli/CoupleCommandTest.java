package dev.intimacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoupleCommandTest {
    private static final String HEADER = "respondent_id,dyad_id,predicts,T1,T2,C1,C2,O1";

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new Cli(dir);
        Files.copy(Path.of("src/test/resources/two-scales.json"), dir.resolve("two-scales.json"));
    }

    private Document report(String name) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void the_sample_couples_get_a_section_each_with_chart_patterns_items_understanding_and_plan() throws IOException {
        Path sample = Cli.repository().resolve("samples/couples.csv");

        Cli.Result r = cli.run("couple", "--in", sample.toString(), "--out", "report.html");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).contains("12 rows read from couples.csv; 3 couples (12 rows) in", "0 rows with errors");
        Document doc = report("report.html");
        assertThat(doc.select("section.part > h2").eachText()).containsExactly("couple-1", "couple-2", "couple-3");
        for (var section : doc.select("section.part")) {
            assertThat(section.select("g.series polygon")).hasSize(2);
            assertThat(section.select("table.patterns tr")).hasSize(6);
            assertThat(section.select("ul.understanding li")).hasSize(2);
            assertThat(section.select("ol.prompts li")).isNotEmpty();
        }
    }

    @Test
    void rows_that_do_not_make_a_couple_go_to_the_errors_file_and_the_others_are_reported() throws IOException {
        cli.write(
                "in.csv",
                HEADER + "\n"
                        + "a1,d1,,4,2,5,3,5\n" // d1 is a whole couple with a prediction each way
                        + "b1,d1,,3,3,2,2,1\n"
                        + "a1,d1,b1,3,3,2,2,1\n"
                        + "b1,d1,a1,4,2,5,3,5\n"
                        + "a2,d2,,4,2,5,3,5\n" // d2 has one partner only
                        + "a3,d3,,4,2,5,3,5\n" // d3 has a prediction by someone outside it
                        + "b3,d3,,4,2,5,3,5\n"
                        + "x3,d3,a3,4,2,5,3,5\n"
                        + "a4,d4,,4,9,5,3,5\n"); // d4's only valid row: bad data and one partner

        Cli.Result r = cli.run(
                "couple",
                "--in",
                "in.csv",
                "--instrument",
                "two-scales.json",
                "--out",
                "report.html",
                "--errors",
                "errors.csv");

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.DATA_ERRORS);
        assertThat(r.err()).contains("9 rows read", "1 couple (4 rows)", "5 rows with errors");
        assertThat(cli.read("errors.csv"))
                .isEqualTo(
                        "line,respondent_id,reason\n"
                                + "10,a4,item T2: answer 9 is outside the scale 1..5\n"
                                + "6,a2,\"dyad d2: has 1 row of own answers (an empty predicts cell); a couple needs exactly 2,"
                                + " one per partner\"\n"
                                + "7,a3,\"dyad d3: line 9 is a prediction by x3, who is not a partner of this couple (a3, b3)\"\n"
                                + "8,b3,\"dyad d3: line 9 is a prediction by x3, who is not a partner of this couple (a3, b3)\"\n"
                                + "9,x3,\"dyad d3: line 9 is a prediction by x3, who is not a partner of this couple (a3, b3)\"\n");
        Document doc = report("report.html");
        assertThat(doc.select("section.part > h2").eachText()).containsExactly("d1");
        assertThat(doc.select("ul.understanding li").eachText())
                .containsExactly("a1 about b1: Understanding accuracy 100", "b1 about a1: Understanding accuracy 100");
    }

    @Test
    void hostile_ids_are_shown_in_the_report_never_run() throws IOException {
        cli.write(
                "in.csv",
                HEADER + "\n"
                        + "\"<script>alert(1)</script>\",\"<b onmouseover=x>d</b>\",,4,2,5,3,5\n"
                        + "\"<img src=x onerror=alert(2)>\",\"<b onmouseover=x>d</b>\",,3,3,2,2,1\n");

        Cli.Result r = cli.run("couple", "--in", "in.csv", "--instrument", "two-scales.json", "--out", "report.html");

        assertThat(r.exit()).as(r.toString()).isZero();
        Document doc = report("report.html");
        assertThat(doc.select("script, img, b, [onerror], [onmouseover]")).isEmpty();
        assertThat(doc.selectFirst("section.part > h2").text()).isEqualTo("<b onmouseover=x>d</b>");
        // An instrument of two dimensions makes no radar chart; the table of scores stands alone.
        assertThat(doc.select("svg")).isEmpty();
        assertThat(doc.select("table.scores tbody tr")).hasSize(2);
        assertThat(doc.select("div.person h3").eachText())
                .containsExactly("<script>alert(1)</script>", "<img src=x onerror=alert(2)>");
    }

    @Test
    void the_report_is_written_in_spanish_on_request() throws IOException {
        Path sample = Cli.repository().resolve("samples/couples.csv");

        Cli.Result r = cli.run("couple", "--in", sample.toString(), "--out", "informe.html", "--locale", "es");

        assertThat(r.exit()).as(r.toString()).isZero();
        Document doc = report("informe.html");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(doc.select("div.couple h3").eachText()).contains("Temas para conversar", "Entendernos");
    }

    @Test
    void a_file_without_a_dyad_column_is_a_usage_error() {
        cli.write("in.csv", "respondent_id,T1,T2,C1,C2,O1\nr1,4,2,5,3,5\n");

        Cli.Result r = cli.run("couple", "--in", "in.csv", "--instrument", "two-scales.json", "--out", "report.html");

        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("has no dyad_id column");
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void a_header_only_file_gives_an_empty_report() throws IOException {
        cli.write("in.csv", HEADER + "\n");

        Cli.Result r = cli.run("couple", "--in", "in.csv", "--instrument", "two-scales.json", "--out", "report.html");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(report("report.html").select("section.part")).isEmpty();
        assertThat(r.err()).contains("0 rows read", "0 couples");
    }
}

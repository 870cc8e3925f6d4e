package dev.intimacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    private static final String ESC = "\u001B[";

    @TempDir
    Path dir;

    @Test
    void the_demo_prints_a_profile_with_bars_a_comparison_and_a_plan_and_writes_the_report() throws IOException {
        Cli.Result r = new Cli(dir).run("demo", "--out", "out");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("Your intimacy profile", "not a diagnosis", "Sample answers, made up")
                .contains("Partner A\n  Sharing & authenticity    [")
                .containsPattern("Openness to vulnerability \\[#+-+\\] +\\d+  Growth area")
                .contains("Strengths: ", "Growth areas: ")
                .contains("Our couple profile", "Partner B")
                .containsPattern("Trust & safety +\\[#+-*\\] +\\d+ \\[#+-*\\] +\\d+  Shared strength")
                .contains("Things to talk about\n   - ")
                .containsPattern("Partner A about Partner B: Understanding accuracy \\d+")
                .contains("Your plan for this week", "Conversation prompts", "Exercises")
                .contains("Report written to " + dir.resolve("out/report.html"))
                .doesNotContain(ESC);
        Document doc = Jsoup.parse(Files.readString(dir.resolve("out/report.html"), StandardCharsets.UTF_8));
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("g.series polygon")).hasSize(2);
        assertThat(doc.select("ol.prompts li")).hasSize(3);
        assertThat(doc.select("div.exercise")).hasSize(1);
        assertThat(doc.select("table.patterns tr")).hasSize(6);
        assertThat(doc.select("ul.understanding li")).hasSize(2);
    }

    @Test
    void the_report_s_table_shows_the_scores_the_terminal_shows() throws IOException {
        Cli.Result r = new Cli(dir).run("demo", "--out", ".");

        Document doc = Jsoup.parse(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("(?m)^  (Trust & safety) +\\[[#-]+\\] +(\\d+) \\[[#-]+\\] +(\\d+)(  .*)?$")
                .matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        assertThat(doc.select("table.scores tbody tr").eachText())
                .contains("Trust & safety " + m.group(2) + " " + m.group(3));
    }

    @Test
    void the_demo_speaks_spanish_on_request() throws IOException {
        Cli.Result r = new Cli(dir).run("demo", "--locale", "es", "--out", "es");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("Tu perfil de intimidad", "Pareja A", "Confianza y seguridad", "Tu plan para esta semana")
                .contains("Informe guardado en");
        Document doc = Jsoup.parse(Files.readString(dir.resolve("es/report.html"), StandardCharsets.UTF_8));
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(doc.title()).isEqualTo("Tu perfil de intimidad");
    }

    @Test
    void colour_only_on_a_terminal_and_never_with_no_color_or_a_dumb_terminal() {
        assertThat(new Cli(dir).terminal(true).run("demo", "--out", "a").out()).contains(ESC);
        assertThat(new Cli(dir)
                        .terminal(true)
                        .variable("NO_COLOR", "1")
                        .run("demo", "--out", "b")
                        .out())
                .doesNotContain(ESC);
        assertThat(new Cli(dir)
                        .terminal(true)
                        .variable("NO_COLOR", "")
                        .run("demo", "--out", "c")
                        .out())
                .doesNotContain(ESC);
        assertThat(new Cli(dir)
                        .terminal(true)
                        .variable("TERM", "dumb")
                        .run("demo", "--out", "d")
                        .out())
                .doesNotContain(ESC);
    }

    @Test
    void a_language_the_pack_lacks_is_a_usage_error_naming_the_ones_it_has() {
        Cli.Result r = new Cli(dir).run("demo", "--locale", "fr");

        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--locale fr", "en, es");
    }

    @Test
    void an_output_folder_that_cannot_be_created_is_an_input_output_error() throws IOException {
        Files.writeString(dir.resolve("taken"), "a file, not a folder");

        Cli.Result r = new Cli(dir).run("demo", "--out", "taken");

        assertThat(r.exit()).isEqualTo(ExitCode.IO);
        assertThat(r.err()).contains("cannot create the directory");
    }
}

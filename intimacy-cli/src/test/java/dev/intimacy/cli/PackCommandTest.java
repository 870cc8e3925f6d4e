package dev.intimacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCommandTest {
    private static final Path CORE =
            Cli.repository().resolve("intimacy-content/src/main/resources/META-INF/intimacy/packs/core");

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
    }

    @Test
    void the_bundled_pack_is_valid() {
        Cli.Result r = cli.run("pack", "validate", CORE.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("pack 'core': valid (0 errors, 0 warnings)");
    }

    @Test
    void every_problem_is_listed_with_its_file_and_json_pointer_and_the_exit_code_is_1() throws IOException {
        Path copy = copy(CORE, dir.resolve("broken"));
        Path prompts = copy.resolve("prompts.json");
        String text = Files.readString(prompts, StandardCharsets.UTF_8);
        Files.writeString(
                prompts,
                text.replaceFirst("\"dimension\": \"DISCLOSURE\"", "\"dimension\": \"DISCLOSUR\"")
                        .replaceFirst("\"depth\": 2", "\"depth\": 7"),
                StandardCharsets.UTF_8);

        Cli.Result r = cli.run("pack", "validate", "broken");

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.DATA_ERRORS);
        assertThat(r.out())
                .contains("prompts.json /prompts/0/dimension: unknown dimension 'DISCLOSUR'")
                .contains("/depth")
                .contains("pack 'core': invalid (");
    }

    @Test
    void a_file_that_cannot_be_read_is_reported_with_its_place_and_exit_code_1() throws IOException {
        Path copy = copy(CORE, dir.resolve("malformed"));
        Files.writeString(copy.resolve("exercises.json"), "{\"exercises\": [", StandardCharsets.UTF_8);

        Cli.Result r = cli.run("pack", "validate", "malformed");

        assertThat(r.exit()).isEqualTo(ExitCode.DATA_ERRORS);
        assertThat(r.out()).contains("cannot be read", "exercises.json", "invalid");
    }

    @Test
    void an_add_on_is_validated_composed_onto_the_bundled_pack() throws IOException {
        Path addOn = Files.createDirectories(dir.resolve("add-on/texts"));
        Files.writeString(dir.resolve("add-on/manifest.json"), """
                {"id": "extra", "version": "1.0.0", "titleKey": "pack.extra.title",
                 "descriptionKey": "pack.extra.description", "licence": "CC-BY-4.0", "authors": ["A test"],
                 "notice": "Test content.", "locales": ["en"], "defaultLocale": "en", "extends": "core",
                 "files": {"prompts": "prompts.json", "texts": {"en": "texts/en.json"}}}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("add-on/prompts.json"), """
                {"prompts": [{"id": "pr-extra-01", "dimension": "TRUST", "depth": 1, "textKey": "prompt.pr-extra-01"}]}
                """, StandardCharsets.UTF_8);
        Files.writeString(addOn.resolve("en.json"), """
                {"locale": "en", "texts": {"pack.extra.title": "Extra", "pack.extra.description": "Extra prompts.",
                 "prompt.pr-extra-01": "What made you feel safe with me this week?"}}
                """, StandardCharsets.UTF_8);

        Cli.Result r = cli.run("pack", "validate", "add-on");

        assertThat(r.out()).contains("is an add-on of the bundled pack 'core'");
        // Composed, the add-on's new key lacks a Spanish text: the whole pack must stay complete in es.
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.DATA_ERRORS);
        assertThat(r.out()).contains("prompt.pr-extra-01");
    }

    @Test
    void a_path_with_nothing_there_is_an_input_output_error() {
        Cli.Result r = cli.run("pack", "validate", "no-such-pack");

        assertThat(r.exit()).isEqualTo(ExitCode.IO);
        assertThat(r.err()).contains("no pack folder or zip archive at");
    }

    @Test
    void info_shows_counts_per_dimension_and_depth_and_locale_coverage() {
        Cli.Result r = cli.run("pack", "info");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("Emotional intimacy — core pack")
                .contains("intimacy-core      1.0.0    Emotional intimacy: core questionnaire: 42 items (36 on 6"
                        + " dimensions, 6 outcome), scale 1..5")
                .contains("Prompts (180) by dimension and depth, and exercises (42)")
                .containsPattern("Trust & safety +10 +10 +10 +7")
                .contains("Interpretations: 18 personal, 24 couple; care notes: 3; safety items: 2")
                .containsPattern("en +798 of 798 +100.0%  \\(default\\)")
                .containsPattern("es +798 of 798 +100.0%");
    }

    @Test
    void info_names_dimensions_in_the_chosen_language() {
        Cli.Result r = cli.run("pack", "info", "--locale", "es");

        assertThat(r.out()).contains("Confianza y seguridad", "Ligera", "Profunda");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}

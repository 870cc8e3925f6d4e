package dev.intimacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CommandLineTest {
    @TempDir
    Path dir;

    static List<List<String>> commands() {
        return List.of(
                List.of(),
                List.of("demo"),
                List.of("score"),
                List.of("reliability"),
                List.of("couple"),
                List.of("pack"),
                List.of("pack", "validate"),
                List.of("pack", "info"));
    }

    @ParameterizedTest(name = "intimacy {0} --help")
    @MethodSource("commands")
    void every_command_has_help_that_lists_its_exit_codes(List<String> command) {
        String[] args = new java.util.ArrayList<>(command) {
            {
                add("--help");
            }
        }.toArray(new String[0]);

        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        Cli.Result r;
        try {
            // picocli reports a malformed help text on System.err itself, not on the command's writer.
            System.setErr(new java.io.PrintStream(stray, true, java.nio.charset.StandardCharsets.UTF_8));
            r = new Cli(dir).run(args);
        } finally {
            System.setErr(original);
        }

        assertThat(stray.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Usage: intimacy" + (command.isEmpty() ? "" : " " + String.join(" ", command)));
        if (!command.equals(List.of("pack"))) {
            assertThat(r.out()).contains("Exit codes:");
        }
    }

    /** Each command with its required arguments, so that only the unknown option is wrong. */
    static List<List<String>> completeCommands() {
        return List.of(
                List.of(),
                List.of("demo"),
                List.of("score", "--in", "x.csv"),
                List.of("reliability", "--in", "x.csv"),
                List.of("couple", "--in", "x.csv", "--out", "r.html"),
                List.of("pack"),
                List.of("pack", "validate", "p"),
                List.of("pack", "info"));
    }

    @ParameterizedTest(name = "intimacy {0} --nonsense")
    @MethodSource("completeCommands")
    void an_unknown_option_is_a_usage_error_that_points_to_the_help(List<String> command) {
        String[] args = new java.util.ArrayList<>(command) {
            {
                add("--nonsense");
            }
        }.toArray(new String[0]);

        Cli.Result r = new Cli(dir).run(args);

        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Unknown option: '--nonsense'", "--help' for the options");
    }

    @org.junit.jupiter.api.Test
    void version_names_the_release_and_the_java_runtime() {
        Cli.Result r = new Cli(dir).run("--version");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("intimacy 0.1.0-SNAPSHOT").contains("Java ");
    }

    @org.junit.jupiter.api.Test
    void without_a_command_the_help_is_shown() {
        Cli.Result r = new Cli(dir).run();

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: intimacy", "demo", "score", "reliability", "pack");
    }

    @org.junit.jupiter.api.Test
    void an_unknown_command_is_a_usage_error() {
        Cli.Result r = new Cli(dir).run("frobnicate");

        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("frobnicate");
    }
}

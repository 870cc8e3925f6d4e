package dev.intimacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code reliability} and {@code couple} read the same CSV as {@code score}: each meets the same hostile files
 * with the same exit codes and a clear message.
 */
class HostileInputAcrossCommandsTest {
    private static final String COLUMNS = "T1,T2,C1,C2,O1";

    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        List<Arguments> rows = new ArrayList<>();
        for (String command : List.of("reliability", "couple")) {
            String header = command.equals("couple") ? "respondent_id,dyad_id," + COLUMNS : "respondent_id," + COLUMNS;
            String a = command.equals("couple") ? "a,d," : "a,";
            String b = command.equals("couple") ? "b,d," : "b,";
            rows.add(Arguments.of(command, "empty file", "", ExitCode.IO, "is empty"));
            rows.add(Arguments.of(command, "header only", header + "\n", ExitCode.OK, "0 rows read"));
            rows.add(Arguments.of(
                    command,
                    "unknown column",
                    header + ",Z9\n" + a + "4,2,5,3,5,1\n",
                    ExitCode.USAGE,
                    "unknown column Z9"));
            rows.add(Arguments.of(
                    command,
                    "BOM and CRLF",
                    "\uFEFF" + header + "\r\n" + a + "4,2,5,3,5\r\n" + b + "3,3,2,2,1\r\n",
                    ExitCode.OK,
                    "2 rows read"));
            rows.add(Arguments.of(
                    command,
                    "text and an out-of-range value",
                    header + "\n" + a + "4,x,5,3,5\n" + b + "3,3,2,2,8\n",
                    ExitCode.DATA_ERRORS,
                    "item T2: 'x' is not a whole number"));
            rows.add(Arguments.of(
                    command,
                    "a quoted newline in a respondent id",
                    header + "\n\"a\nz\"," + (command.equals("couple") ? "d," : "") + "4,2,5,3,5\n",
                    ExitCode.DATA_ERRORS,
                    "line 2: respondent_id"));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("files")
    void hostile_files_get_the_documented_exit_code_and_a_clear_message(
            String command, String what, String content, int exit, String message) throws IOException {
        Files.copy(Path.of("src/test/resources/two-scales.json"), dir.resolve("two-scales.json"));
        Files.writeString(dir.resolve("in.csv"), content, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(command, "--in", "in.csv", "--instrument", "two-scales.json"));
        if (command.equals("couple")) {
            args.addAll(List.of("--out", "report.html"));
        }

        Cli.Result r = new Cli(dir).run(args.toArray(new String[0]));

        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        assertThat(r.err()).as(r.toString()).contains(message);
    }
}

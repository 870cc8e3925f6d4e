package dev.intimacy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost: over random CSVs with random corruption, every row read is either scored (in input order) or
 * in the errors file (with the physical line it starts on), never both, never neither.
 */
class RowAccountingTest {
    private static final String[] ITEMS = {"T1", "T2", "C1", "C2", "O1"};

    @TempDir
    Path dir;

    /** A generated file and what the command must make of it. */
    record Case(String csv, int rows, List<String> scoredIds, List<Long> errorLines) {}

    @Test
    void scored_rows_plus_error_rows_equal_rows_read_and_each_error_names_its_starting_line() throws IOException {
        Files.copy(Path.of("src/test/resources/two-scales.json"), dir.resolve("two-scales.json"));
        Cli cli = new Cli(dir);
        qt().withExamples(150)
                .forAll(
                        lists().of(integers().between(0, 11)).ofSizeBetween(0, 30),
                        booleans().all(),
                        booleans().all(),
                        integers().between(0, 1_000_000))
                .checkAssert((kinds, crlf, bom, seed) -> {
                    Case c = generate(kinds, crlf, bom, seed);
                    cli.write("in.csv", c.csv());

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

                    List<CsvRecord> out = records(dir.resolve("out.csv"));
                    List<CsvRecord> errors = records(dir.resolve("errors.csv"));
                    assertThat(out.size() - 1 + errors.size() - 1)
                            .as(r.toString())
                            .isEqualTo(c.rows());
                    assertThat(out.stream().skip(1).map(rec -> rec.getField(0)).toList())
                            .isEqualTo(c.scoredIds());
                    assertThat(errors.stream()
                                    .skip(1)
                                    .map(rec -> Long.parseLong(rec.getField(0)))
                                    .toList())
                            .isEqualTo(c.errorLines());
                    assertThat(r.exit()).isEqualTo(c.errorLines().isEmpty() ? ExitCode.OK : ExitCode.DATA_ERRORS);
                    assertThat(r.err()).contains(c.rows() + " row");
                });
    }

    /**
     * Writes a file: kinds 0 to 4 are valid rows (with skipped, NA and declined cells), 5 text in a number cell,
     * 6 a value outside the scale, 7 a missing cell, 8 an extra cell, 9 a respondent id with a quoted line break
     * (invalid, spanning two lines), 10 a valid id with a quoted comma and quote, 11 a blank line (not a row).
     */
    static Case generate(List<Integer> kinds, boolean crlf, boolean bom, int seed) {
        Random random = new Random(seed);
        String nl = crlf ? "\r\n" : "\n";
        StringBuilder csv = new StringBuilder(bom ? "\uFEFF" : "");
        csv.append("respondent_id,").append(String.join(",", ITEMS)).append(nl);
        long line = 2;
        int rows = 0;
        List<String> scored = new ArrayList<>();
        List<Long> errors = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            int kind = kinds.get(i);
            if (kind == 11) {
                csv.append(nl);
                line++;
                continue;
            }
            rows++;
            String id = "r" + i;
            String[] cells = new String[ITEMS.length];
            for (int c = 0; c < cells.length; c++) {
                int pick = random.nextInt(8);
                cells[c] = pick == 5 ? "" : pick == 6 ? "NA" : pick == 7 ? "declined" : Integer.toString(1 + pick % 5);
            }
            int target = random.nextInt(cells.length);
            String row;
            long lines = 1;
            switch (kind) {
                case 5 -> {
                    cells[target] = random.nextBoolean() ? "four" : "3.5";
                    row = id + "," + String.join(",", cells);
                }
                case 6 -> {
                    cells[target] = random.nextBoolean() ? "0" : "-7";
                    row = id + "," + String.join(",", cells);
                }
                case 7 -> row = id + "," + String.join(",", List.of(cells).subList(0, cells.length - 1));
                case 8 -> row = id + "," + String.join(",", cells) + ",5";
                case 9 -> {
                    row = "\"" + id + nl + "x\"," + String.join(",", cells);
                    lines = 2;
                }
                case 10 -> {
                    id = id + ", \"quoted\"";
                    row = "\"" + id.replace("\"", "\"\"") + "\"," + String.join(",", cells);
                }
                default -> row = id + "," + String.join(",", cells);
            }
            if (kind >= 5 && kind <= 9) {
                errors.add(line);
            } else {
                scored.add(id);
            }
            csv.append(row).append(nl);
            line += lines;
        }
        return new Case(csv.toString(), rows, scored, errors);
    }

    private static List<CsvRecord> records(Path file) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

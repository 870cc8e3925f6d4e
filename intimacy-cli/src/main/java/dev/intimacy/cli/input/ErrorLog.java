package dev.intimacy.cli.input;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.intimacy.cli.CliException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where invalid rows go. With a file, a CSV with the columns {@code line,respondent_id,reason} (written whole
 * or not at all, like every output, and written even when empty so that a stale file never survives); without
 * one, a line per row on standard error. It records the line, the respondent id when readable and the reason,
 * never the row's answers.
 */
public final class ErrorLog implements AutoCloseable {
    private final @Nullable OutputFile file;
    private final @Nullable CsvWriter csv;
    private final PrintWriter err;
    private long count;

    private ErrorLog(@Nullable OutputFile file, PrintWriter err) {
        this.file = file;
        this.err = err;
        if (file != null) {
            this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file.writer());
            csv.writeRecord("line", AnswerReader.RESPONDENT_COLUMN, "reason");
        } else {
            this.csv = null;
        }
    }

    /**
     * Opens an error log.
     *
     * @param path the errors file, or null to report on standard error
     * @param err standard error
     * @return the log
     */
    public static ErrorLog open(@Nullable Path path, PrintWriter err) {
        return new ErrorLog(path == null ? null : OutputFile.file(path), err);
    }

    /**
     * Records one invalid row.
     *
     * @param row the row
     */
    public void add(Row.Invalid row) {
        count++;
        if (csv != null) {
            try {
                csv.writeRecord(
                        Long.toString(row.line()),
                        CsvText.cell(row.respondentId().orElse("")),
                        CsvText.cell(row.reason()));
            } catch (UncheckedIOException e) {
                throw CliException.io("cannot write the errors file: " + e.getMessage(), e);
            }
        } else {
            err.println("line " + row.line()
                    + row.respondentId()
                            .map(r -> " (" + AnswerReader.shown(r) + ")")
                            .orElse("") + ": " + row.reason());
        }
    }

    /** Returns how many rows were recorded. */
    public long count() {
        return count;
    }

    /** Returns where the rows go: the errors file, or "standard error". */
    public String describe() {
        return file == null ? "standard error" : file.describe();
    }

    /**
     * Finishes the log: moves the errors file into place.
     *
     * @throws CliException an input/output error when it cannot be written
     */
    public void commit() {
        if (csv != null && file != null) {
            try {
                csv.flush();
            } catch (IOException e) {
                throw CliException.io("cannot write " + file.describe() + ": " + e.getMessage(), e);
            }
            file.commit();
        } else {
            err.flush();
        }
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}

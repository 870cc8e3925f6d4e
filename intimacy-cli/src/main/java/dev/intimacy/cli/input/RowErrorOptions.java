package dev.intimacy.cli.input;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options every command that reads an answers CSV shares: where rows with bad data go ({@code --errors})
 * and whether columns that are not items of the instrument stop the run ({@code --ignore-unknown-columns}).
 */
public final class RowErrorOptions {

    @Option(
            names = "--errors",
            paramLabel = "FILE",
            description = "Write rows with bad data here as CSV (line, respondent_id, reason); without it they are"
                    + " listed on standard error.")
    @Nullable
    Path errors;

    @Option(
            names = "--ignore-unknown-columns",
            description = "Skip columns that are not items of the instrument (with a warning) instead of stopping.")
    boolean ignoreUnknown;

    /** Creates the options with their defaults. */
    public RowErrorOptions() {}

    /** Returns the errors file named, or null for standard error. */
    public @Nullable Path errors() {
        return errors;
    }

    /** Returns whether unknown columns are skipped with a warning instead of stopping the run. */
    public boolean ignoreUnknownColumns() {
        return ignoreUnknown;
    }
}

package dev.intimacy.cli.score;

import dev.intimacy.cli.CliException;
import dev.intimacy.cli.ExitCode;
import dev.intimacy.cli.IntimacyCommand;
import dev.intimacy.cli.input.AnswerReader;
import dev.intimacy.cli.input.ErrorLog;
import dev.intimacy.cli.input.InstrumentOption;
import dev.intimacy.cli.input.Layout;
import dev.intimacy.cli.input.MissingDataOption;
import dev.intimacy.cli.input.OutputFile;
import dev.intimacy.cli.input.Row;
import dev.intimacy.cli.input.RowErrorOptions;
import dev.intimacy.cli.terminal.Progress;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.IntimacyException;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.MissingDataPolicy;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.ScoringEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code intimacy score}: scores a wide answers CSV, streaming. Every input row ends up in exactly one place:
 * the scores (valid rows, in input order) or the errors (invalid rows, with line and reason), so that scored
 * rows plus error rows always equal the rows read. Outputs appear whole or not at all.
 */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Score a wide answers CSV: a respondent_id column and one column per item id.",
            "A cell is a whole number on the scale; empty or NA means skipped; 'declined' means prefer not to say.",
            "Writes one row per valid input row, in input order: respondent_id, then per dimension"
                    + " <dimension>_mean, _pomp and _status, then composite_index and outcome_pomp.",
            "Rows with bad data go to the errors file (line, respondent_id, reason); scored rows + error rows ="
                    + " rows read."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every row was scored",
            "1:some rows had data errors (see --errors); every other row was written",
            "2:usage error (options, or a header that does not fit the instrument)",
            "3:input/output error (unreadable, empty or non-UTF-8 input; unwritable output)"
        })
public final class ScoreCommand implements Callable<Integer> {

    /** The output formats. */
    public enum Format {
        /** Comma-separated values with a header line. */
        CSV,
        /** A JSON array of objects. */
        JSON
    }

    @ParentCommand
    @Nullable
    IntimacyCommand root;

    @Option(names = "--in", required = true, paramLabel = "FILE.csv", description = "The answers CSV (UTF-8).")
    @Nullable
    Path in;

    @Mixin
    InstrumentOption instrument = new InstrumentOption();

    @Option(
            names = "--out",
            paramLabel = "FILE|-",
            defaultValue = "-",
            description = "Where the scores go; - (the default) is standard output. In CSV, an id that begins with ="
                    + " + - or @ gets a leading ' so that spreadsheets do not run it as a formula.")
    String out = "-";

    @Option(
            names = "--format",
            paramLabel = "csv|json",
            defaultValue = "csv",
            description = "Output format: csv (default) or json.")
    Format format = Format.CSV;

    @Option(
            names = "--missing",
            paramLabel = "strict|prorate:SHARE",
            converter = MissingDataOption.class,
            description = "Missing-data policy: strict, or prorate:SHARE (score a dimension when at least SHARE"
                    + " of its items were answered, e.g. prorate:0.5). Default: the instrument's own policy.")
    @Nullable
    MissingDataPolicy missing;

    @Mixin
    RowErrorOptions rowErrors = new RowErrorOptions();

    /** Creates the command; picocli fills its options. */
    public ScoreCommand() {}

    @Override
    public Integer call() {
        IntimacyCommand cli = java.util.Objects.requireNonNull(root);
        PrintWriter err = cli.err();
        Path input = cli.environment().resolve(java.util.Objects.requireNonNull(in));
        Path output = out.equals("-") ? null : cli.environment().resolve(Path.of(out));
        Path errorsFile = rowErrors.errors() == null ? null : cli.environment().resolve(rowErrors.errors());
        if (input.equals(output) || input.equals(errorsFile)) {
            throw CliException.usage("--out and --errors must not name the input file " + input);
        }
        if (output != null && output.equals(errorsFile)) {
            throw CliException.usage("--out and --errors must name different files");
        }
        Instrument inst = instrument.resolve(cli.environment());
        ScoringEngine.Builder builder = ScoringEngine.builder(inst);
        if (missing != null) {
            builder.missingData(missing);
        }
        ScoringEngine engine = builder.build();
        List<Dimension> dimensions = List.copyOf(inst.coveredDimensions());
        Instant now = Instant.now();
        long read = 0;
        long scored = 0;
        try (AnswerReader reader = AnswerReader.open(
                        input, inst, Layout.RESPONDENTS, rowErrors.ignoreUnknownColumns(), cli::warn);
                OutputFile target = output == null ? OutputFile.standardOutput(cli.out()) : OutputFile.file(output);
                ErrorLog log = ErrorLog.open(errorsFile, err);
                Progress progress =
                        Progress.start("scoring", size(input), cli.environment().terminal())) {
            ScoreSink sink = format == Format.JSON
                    ? new JsonScoreSink(target.writer(), dimensions)
                    : new CsvScoreSink(target.writer(), dimensions);
            for (Row row = reader.next(); row != null; row = reader.next()) {
                read++;
                if (row instanceof Row.Valid valid) {
                    IntimacyProfile profile;
                    try {
                        profile = engine.score(valid.toAssessment(inst, now));
                    } catch (IntimacyException e) {
                        // A plug-in strategy or a rule of the engine refused the row; it is still accounted for.
                        log.add(new Row.Invalid(valid.line(), valid.respondent().value(), e.getMessage()));
                        continue;
                    }
                    sink.write(profile);
                    scored++;
                } else {
                    log.add((Row.Invalid) row);
                }
                if ((read & 1023) == 0) {
                    progress.update(reader.bytesRead());
                }
            }
            sink.finish();
            target.commit();
            log.commit();
            progress.done();
            if (read != scored + log.count()) {
                throw new IllegalStateException(
                        "row accounting broke: " + read + " read, " + scored + " scored, " + log.count() + " errors");
            }
            err.println(String.format(
                    Locale.ROOT,
                    "intimacy score: %d row%s read from %s; %d scored to %s; %d with errors%s",
                    read,
                    read == 1 ? "" : "s",
                    input.getFileName(),
                    scored,
                    target.describe(),
                    log.count(),
                    log.count() == 0 ? "" : " (see " + log.describe() + ")"));
            err.flush();
            return log.count() == 0 ? ExitCode.OK : ExitCode.DATA_ERRORS;
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}

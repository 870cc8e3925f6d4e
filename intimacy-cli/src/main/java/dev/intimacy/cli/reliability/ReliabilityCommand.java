package dev.intimacy.cli.reliability;

import dev.intimacy.cli.CliException;
import dev.intimacy.cli.ExitCode;
import dev.intimacy.cli.IntimacyCommand;
import dev.intimacy.cli.input.AnswerReader;
import dev.intimacy.cli.input.ErrorLog;
import dev.intimacy.cli.input.InstrumentOption;
import dev.intimacy.cli.input.Layout;
import dev.intimacy.cli.input.Row;
import dev.intimacy.cli.input.RowErrorOptions;
import dev.intimacy.cli.terminal.Progress;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.scoring.reliability.ReliabilityAnalysis;
import dev.intimacy.scoring.reliability.ReliabilityReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code intimacy reliability}: per dimension (and the outcome scale) n, Cronbach's alpha, standardized alpha,
 * average inter-item r, the Feldt 95% interval and the SEM; per item n, mean, SD, corrected item-total r
 * ({@code r.drop}) and alpha if dropped; warnings for suspicious items. One streaming pass over the rows with
 * pairwise-complete covariances, as R's {@code psych::alpha}.
 */
@Command(
        name = "reliability",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reliability of each dimension on your own data: n, alpha, standardized alpha, average r, Feldt 95%%"
                    + " CI, SEM; per item n, mean, SD, r.drop and alpha if dropped; warnings for suspicious items.",
            "Reads the same CSV as 'intimacy score', in one streaming pass (pairwise-complete covariances)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every row was used",
            "1:some rows had data errors and were left out (see --errors)",
            "2:usage error",
            "3:input/output error"
        })
public final class ReliabilityCommand implements Callable<Integer> {

    /** The output formats. */
    public enum Format {
        /** Tables for people. */
        TEXT,
        /** One JSON object. */
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
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "Output format: text (default) or json.")
    Format format = Format.TEXT;

    @Mixin
    RowErrorOptions rowErrors = new RowErrorOptions();

    /** Creates the command; picocli fills its options. */
    public ReliabilityCommand() {}

    @Override
    public Integer call() {
        IntimacyCommand cli = Objects.requireNonNull(root);
        PrintWriter err = cli.err();
        Path input = cli.environment().resolve(Objects.requireNonNull(in));
        Path errorsFile = rowErrors.errors() == null ? null : cli.environment().resolve(rowErrors.errors());
        if (input.equals(errorsFile)) {
            throw CliException.usage("--errors must not name the input file " + input);
        }
        Instrument inst = instrument.resolve(cli.environment());
        ReliabilityAnalysis.Accumulator acc =
                ReliabilityAnalysis.builder(inst).build().accumulator();
        int[] values = new int[inst.items().size()];
        long read = 0;
        long used = 0;
        ReliabilityReport report;
        long errorCount;
        String errorsWhere;
        try (AnswerReader reader = AnswerReader.open(
                        input, inst, Layout.RESPONDENTS, rowErrors.ignoreUnknownColumns(), cli::warn);
                ErrorLog log = ErrorLog.open(errorsFile, err);
                Progress progress = Progress.start(
                        "reliability", size(input), cli.environment().terminal())) {
            for (Row row = reader.next(); row != null; row = reader.next()) {
                read++;
                if (row instanceof Row.Valid valid) {
                    acc.add(valid.missingAsMinValue(values));
                    used++;
                } else {
                    log.add((Row.Invalid) row);
                }
                if ((read & 1023) == 0) {
                    progress.update(reader.bytesRead());
                }
            }
            log.commit();
            progress.done();
            report = acc.report();
            errorCount = log.count();
            errorsWhere = log.describe();
        }
        PrintWriter out = cli.out();
        if (format == Format.JSON) {
            out.println(ReliabilityFormat.json(inst, report, errorCount));
        } else {
            out.print(ReliabilityFormat.text(inst, report, errorCount));
        }
        out.flush();
        err.println(String.format(
                Locale.ROOT,
                "intimacy reliability: %d row%s read from %s; %d used; %d with errors%s",
                read,
                read == 1 ? "" : "s",
                input.getFileName(),
                used,
                errorCount,
                errorCount == 0 ? "" : " (see " + errorsWhere + ")"));
        err.flush();
        return errorCount == 0 ? ExitCode.OK : ExitCode.DATA_ERRORS;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}

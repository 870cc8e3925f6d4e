package dev.intimacy.cli.couple;

import dev.intimacy.cli.CliException;
import dev.intimacy.cli.ExitCode;
import dev.intimacy.cli.IntimacyCommand;
import dev.intimacy.cli.input.AnswerReader;
import dev.intimacy.cli.input.ErrorLog;
import dev.intimacy.cli.input.InstrumentOption;
import dev.intimacy.cli.input.Layout;
import dev.intimacy.cli.input.MissingDataOption;
import dev.intimacy.cli.input.Row;
import dev.intimacy.cli.input.RowErrorOptions;
import dev.intimacy.cli.report.CoupleViews;
import dev.intimacy.cli.report.HtmlReport;
import dev.intimacy.cli.report.ReportBuilder;
import dev.intimacy.cli.report.ReportView;
import dev.intimacy.content.ContentPack;
import dev.intimacy.content.ContentPacks;
import dev.intimacy.content.recommend.Plan;
import dev.intimacy.content.recommend.RecommendationRequest;
import dev.intimacy.content.recommend.Recommender;
import dev.intimacy.model.DyadId;
import dev.intimacy.model.IntimacyException;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.answer.Dyad;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.MissingDataPolicy;
import dev.intimacy.scoring.ScoringEngine;
import dev.intimacy.scoring.couple.CoupleScorer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code intimacy couple}: reads the answers CSV with a {@code dyad_id} column — two rows of own answers per
 * couple, and optionally prediction rows whose {@code predicts} column names the partner predicted — and writes
 * one self-contained HTML report with a section per couple, in the order couples first appear: both partners'
 * profiles on a radar chart with a table beside it, the couple's patterns, items to talk about, understanding
 * accuracy (when they predicted each other) and a plan.
 *
 * <p>A couple whose rows do not make a couple (not exactly two own rows of two different respondents, a
 * prediction of someone other than the partner, two predictions the same way) is left out, and each of its
 * rows goes to the errors file with the reason; so does every row with bad data. Rows in the report plus error
 * rows equal the rows read. Unlike {@code score}, this command holds the file in memory while it groups rows by
 * couple: it is meant for check-ins, up to {@value #MAX_COUPLES} couples per report.
 */
@Command(
        name = "couple",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write an HTML report with a section per couple: both partners' profiles on a radar chart, the"
                    + " couple's patterns, items to talk about, understanding accuracy and a plan.",
            "The CSV is as for 'intimacy score' plus a dyad_id column (two rows per couple) and, optionally, a"
                    + " predicts column: a row whose predicts names the partner holds the answers the respondent"
                    + " thinks their partner gave."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every couple is in the report",
            "1:some rows had data errors or did not make a couple (see --errors); the others are in the report",
            "2:usage error",
            "3:input/output error"
        })
public final class CoupleCommand implements Callable<Integer> {
    /** The most couples one report holds. */
    public static final int MAX_COUPLES = 1000;

    @ParentCommand
    @Nullable
    IntimacyCommand root;

    @Option(names = "--in", required = true, paramLabel = "FILE.csv", description = "The couples CSV (UTF-8).")
    @Nullable
    Path in;

    @Mixin
    InstrumentOption instrument = new InstrumentOption();

    @Option(names = "--out", required = true, paramLabel = "report.html", description = "The HTML report to write.")
    @Nullable
    Path out;

    @Option(
            names = "--locale",
            paramLabel = "en|es",
            defaultValue = "en",
            description = "The language of the report: en (default) or es.")
    String locale = "en";

    @Option(
            names = "--missing",
            paramLabel = "strict|prorate:SHARE",
            converter = MissingDataOption.class,
            description = "Missing-data policy (default: the instrument's own).")
    @Nullable
    MissingDataPolicy missing;

    @Mixin
    RowErrorOptions rowErrors = new RowErrorOptions();

    /** Creates the command; picocli fills its options. */
    public CoupleCommand() {}

    @Override
    public Integer call() {
        IntimacyCommand cli = Objects.requireNonNull(root);
        PrintWriter err = cli.err();
        ContentPack pack = ContentPacks.bundled();
        Locale lang = ReportBuilder.language(pack, locale);
        Path input = cli.environment().resolve(Objects.requireNonNull(in));
        Path report = cli.environment().resolve(Objects.requireNonNull(out));
        Path errorsFile = rowErrors.errors() == null ? null : cli.environment().resolve(rowErrors.errors());
        if (input.equals(report) || input.equals(errorsFile) || report.equals(errorsFile)) {
            throw CliException.usage("--in, --out and --errors must name three different files");
        }
        Instrument inst = instrument.resolve(cli.environment());
        ScoringEngine.Builder builder = ScoringEngine.builder(inst);
        if (missing != null) {
            builder.missingData(missing);
        }
        CoupleScorer scorer = CoupleScorer.of(builder.build());
        Recommender recommender = Recommender.of(pack);
        ReportBuilder reports = new ReportBuilder(pack, lang);
        CoupleViews couples = new CoupleViews(pack, lang, reports);
        Instant now = Instant.now();

        long read = 0;
        long reported = 0;
        List<ReportView.Section> sections = new ArrayList<>();
        try (AnswerReader reader =
                        AnswerReader.open(input, inst, Layout.COUPLES, rowErrors.ignoreUnknownColumns(), cli::warn);
                ErrorLog log = ErrorLog.open(errorsFile, err)) {
            Map<DyadId, List<Row.Valid>> byDyad = new LinkedHashMap<>();
            for (Row row = reader.next(); row != null; row = reader.next()) {
                read++;
                if (row instanceof Row.Valid valid) {
                    DyadId dyad = valid.dyadId().orElseThrow();
                    if (!byDyad.containsKey(dyad) && byDyad.size() == MAX_COUPLES) {
                        throw CliException.usage(input + " holds more than " + MAX_COUPLES + " couples (at line "
                                + valid.line() + "); split it into several reports");
                    }
                    byDyad.computeIfAbsent(dyad, d -> new ArrayList<>()).add(valid);
                } else {
                    log.add((Row.Invalid) row);
                }
            }
            for (Map.Entry<DyadId, List<Row.Valid>> e : byDyad.entrySet()) {
                List<Row.Valid> rows = e.getValue();
                String problem = CouplesRows.problem(e.getKey(), rows);
                if (problem != null) {
                    rows.forEach(r ->
                            log.add(new Row.Invalid(r.line(), r.respondent().value(), problem)));
                    continue;
                }
                try {
                    sections.add(section(e.getKey(), rows, inst, now, scorer, recommender, reports, couples, lang));
                    reported += rows.size();
                } catch (IntimacyException failure) {
                    // A rule of the couple scorer refused the couple; its rows are still accounted for.
                    rows.forEach(r ->
                            log.add(new Row.Invalid(r.line(), r.respondent().value(), failure.getMessage())));
                }
            }
            HtmlReport.write(reports.report(sections, false), report);
            log.commit();
            if (read != reported + log.count()) {
                throw new IllegalStateException("row accounting broke: " + read + " read, " + reported + " reported, "
                        + log.count() + " errors");
            }
            err.println(String.format(
                    Locale.ROOT,
                    "intimacy couple: %d row%s read from %s; %d couple%s (%d rows) in %s; %d row%s with errors%s",
                    read,
                    read == 1 ? "" : "s",
                    input.getFileName(),
                    sections.size(),
                    sections.size() == 1 ? "" : "s",
                    reported,
                    report,
                    log.count(),
                    log.count() == 1 ? "" : "s",
                    log.count() == 0 ? "" : " (see " + log.describe() + ")"));
            err.flush();
            return log.count() == 0 ? ExitCode.OK : ExitCode.DATA_ERRORS;
        }
    }

    private static ReportView.Section section(
            DyadId id,
            List<Row.Valid> rows,
            Instrument instrument,
            Instant now,
            CoupleScorer scorer,
            Recommender recommender,
            ReportBuilder reports,
            CoupleViews couples,
            Locale lang) {
        List<Assessment> own = new ArrayList<>();
        List<Assessment> predictions = new ArrayList<>();
        for (Row.Valid r : rows) {
            Assessment a = r.toAssessment(instrument, now);
            (a.isPrediction() ? predictions : own).add(a);
        }
        Assessment a = own.get(0);
        Assessment b = own.get(1);
        Dyad dyad = Dyad.of(id, a.respondent(), b.respondent());
        CoupleProfile couple = scorer.scoreCouple(dyad, a, b, predictions);
        Plan plan = recommender.recommend(RecommendationRequest.forCouple(couple, a, b)
                .locale(lang)
                .seed(id.value().hashCode())
                .build());
        Map<RespondentId, String> labels = Map.of(
                a.respondent(),
                a.respondent().value(),
                b.respondent(),
                b.respondent().value());
        return reports.section(
                id.value(),
                List.of(
                        reports.named(a.respondent().value(), couple.first()),
                        reports.named(b.respondent().value(), couple.second())),
                couples.view(couple, instrument, labels),
                plan);
    }
}

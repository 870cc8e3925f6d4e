package dev.intimacy.cli.demo;

import dev.intimacy.cli.CliException;
import dev.intimacy.cli.ExitCode;
import dev.intimacy.cli.IntimacyCommand;
import dev.intimacy.cli.report.CoupleViews;
import dev.intimacy.cli.report.HtmlReport;
import dev.intimacy.cli.report.ReportBuilder;
import dev.intimacy.cli.report.ReportView;
import dev.intimacy.cli.terminal.Bars;
import dev.intimacy.cli.terminal.Style;
import dev.intimacy.content.ContentPack;
import dev.intimacy.content.ContentPacks;
import dev.intimacy.content.Texts;
import dev.intimacy.content.recommend.Plan;
import dev.intimacy.content.recommend.PlannedCareNote;
import dev.intimacy.content.recommend.PlannedExercise;
import dev.intimacy.content.recommend.PlannedPrompt;
import dev.intimacy.content.recommend.RecommendationRequest;
import dev.intimacy.content.recommend.Recommender;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.ScoringEngine;
import dev.intimacy.scoring.couple.CoupleScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code intimacy demo}: the SDK's main job, end to end, on the bundled pack and built-in made-up answers.
 * Scores a couple's answers and predictions, prints partner A's profile (six dimensions with bars), strengths
 * and growth areas, the couple's comparison (both partners' scores and each dimension's pattern, items to talk
 * about, understanding accuracy) and a short plan of prompts and exercises for the couple, and writes an HTML
 * report with a radar chart of both partners. Texts come from the pack in the chosen language; colour only on a terminal
 * and never with {@code NO_COLOR}.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Show what the SDK does, on the bundled content and made-up sample answers: a profile with bars,"
                    + " strengths and growth areas, a couple's comparison with items to talk about and"
                    + " understanding accuracy, a plan of prompts and exercises, and an HTML report (report.html)"
                    + " with a radar chart."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage error", "3:the report cannot be written"})
public final class DemoCommand implements Callable<Integer> {
    /** The seed of the demo's plan, so that the demo shows the same plan every time. */
    public static final long SEED = 2026L;

    private static final int BAR = 20;

    /** How many items to talk about the terminal shows; the report shows them all. */
    private static final int MAX_ITEMS = 5;

    @ParentCommand
    @Nullable
    IntimacyCommand root;

    @Option(
            names = "--locale",
            paramLabel = "en|es",
            defaultValue = "en",
            description = "The language of the texts: en (default) or es.")
    String locale = "en";

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "intimacy-demo",
            description = "Where to write report.html (created if needed). Default: ${DEFAULT-VALUE}.")
    Path out = Path.of("intimacy-demo");

    /** Creates the command; picocli fills its options. */
    public DemoCommand() {}

    @Override
    public Integer call() {
        IntimacyCommand cli = Objects.requireNonNull(root);
        ContentPack pack = ContentPacks.bundled();
        Locale lang = ReportBuilder.language(pack, locale);
        Path dir = cli.environment().resolve(out);
        Instrument instrument =
                pack.instrument(InstrumentId.of("intimacy-core")).orElseThrow();
        SampleCouple sample = SampleCouple.load(instrument);
        ScoringEngine engine = ScoringEngine.builder(instrument).build();
        CoupleProfile couple =
                CoupleScorer.of(engine).scoreCouple(sample.first(), sample.second(), sample.predictions());
        IntimacyProfile first = couple.first();
        IntimacyProfile second = couple.second();
        Plan plan = Recommender.of(pack)
                .recommend(RecommendationRequest.forCouple(couple, sample.first(), sample.second())
                        .locale(lang)
                        .seed(SEED)
                        .promptCount(3)
                        .exerciseCount(1)
                        .build());

        ReportBuilder report = new ReportBuilder(pack, lang);
        Texts t = report.texts();
        Style style = Style.of(cli.environment().colour());
        PrintWriter o = cli.out();
        String a = report.partner("A");
        String b = report.partner("B");
        Map<RespondentId, String> labels = Map.of(first.respondent(), a, second.respondent(), b);
        ReportView.CoupleView coupleView = new CoupleViews(pack, lang, report).view(couple, instrument, labels);

        o.println(style.bold(t.text("report.title")));
        o.println(style.dim(t.text("report.not-diagnostic")));
        o.println(style.dim(t.text("report.sample-data")));
        o.println();
        profile(o, style, report, a, first);
        o.println();
        comparison(o, style, report, a, b, couple, coupleView);
        o.println();
        plan(o, style, t, report, plan);

        ReportView.Section section = report.section(
                a + " · " + b, List.of(report.named(a, first), report.named(b, second)), coupleView, plan);
        Path file = dir.resolve("report.html");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw CliException.io("cannot create the directory " + dir + ": " + e.getMessage(), e);
        }
        HtmlReport.write(report.report(List.of(section), true), file);
        o.println();
        o.println(t.format("report.written", file));
        o.flush();
        return ExitCode.OK;
    }

    private static void profile(PrintWriter o, Style style, ReportBuilder r, String label, IntimacyProfile p) {
        Texts t = r.texts();
        int width = nameWidth(r);
        o.println(style.bold(label));
        for (DimensionScore s : p.dimensions().values()) {
            String name = Bars.pad(r.name(s.dimension()), width);
            if (s.pomp().isPresent() && s.band().isPresent()) {
                double pomp = s.pomp().getAsDouble();
                o.println(String.format(
                        Locale.ROOT,
                        "  %s %s %3d  %s",
                        name,
                        style.band(s.band().get(), Bars.bar(pomp, BAR)),
                        Math.round(pomp),
                        style.band(s.band().get(), r.name(s.band().get()))));
            } else {
                o.println("  " + name + " " + Bars.empty(BAR) + "      " + r.insufficient());
            }
        }
        o.println("  " + Bars.pad(t.text("report.composite"), width) + " " + " ".repeat(BAR + 2) + " "
                + style.bold(r.points(p.compositeIndex())));
        o.println();
        o.println("  " + t.text("report.strengths") + ": " + names(r, p.strengths()));
        o.println("  " + t.text("report.growth-areas") + ": " + names(r, p.growthAreas()));
    }

    private static void comparison(
            PrintWriter o,
            Style style,
            ReportBuilder r,
            String a,
            String b,
            CoupleProfile couple,
            ReportView.CoupleView view) {
        Texts t = r.texts();
        int width = nameWidth(r);
        int half = BAR / 2;
        o.println(style.bold(t.text("report.couple.title")));
        o.println("  " + Bars.pad("", width) + " " + Bars.pad(a, half + 6) + " " + b);
        int row = 0;
        for (CoupleDimension d : couple.dimensions().values()) {
            o.println("  " + Bars.pad(r.name(d.dimension()), width) + " " + cell(style, d.first(), half) + " "
                    + cell(style, d.second(), half) + "  "
                    + view.patterns().get(row++).pattern());
        }
        o.println("  " + Bars.pad(t.text("report.composite"), width) + " "
                + Bars.pad(r.points(couple.firstComposite()), half + 6) + " " + r.points(couple.secondComposite()));
        o.println();
        o.println("  " + style.bold(t.text("report.items-to-talk-about")));
        if (view.items().isEmpty()) {
            o.println("   " + ReportBuilder.NONE);
        }
        int shown = 0;
        for (ReportView.ItemRow item : view.items()) {
            if (shown++ == MAX_ITEMS) {
                break;
            }
            o.println(
                    "   - " + item.text() + " " + style.dim("(" + item.dimension() + " · " + item.difference() + ")"));
        }
        o.println();
        o.println("  " + style.bold(t.text("report.understanding")));
        for (ReportView.UnderstandingRow u : view.understanding()) {
            o.println(
                    "   " + u.who() + ": " + t.text("report.understanding.accuracy") + " " + style.bold(u.accuracy()));
        }
    }

    private static String cell(Style style, @Nullable DimensionScore s, int width) {
        if (s == null || s.pomp().isEmpty() || s.band().isEmpty()) {
            return Bars.empty(width) + "  " + ReportBuilder.NONE + " ";
        }
        double pomp = s.pomp().getAsDouble();
        return style.band(s.band().get(), Bars.bar(pomp, width)) + String.format(Locale.ROOT, " %3d", Math.round(pomp));
    }

    private static void plan(PrintWriter o, Style style, Texts t, ReportBuilder r, Plan plan) {
        o.println(style.bold(t.text("report.plan")));
        for (PlannedCareNote note : plan.careNotes()) {
            o.println("  ! " + note.text());
        }
        o.println("  " + t.text("report.prompts"));
        int n = 1;
        for (PlannedPrompt p : plan.prompts()) {
            o.println("   " + n++ + ". " + p.text() + " "
                    + style.dim("(" + r.name(p.prompt().dimension()) + " · "
                            + t.text("depth." + p.prompt().depth()) + ")"));
            p.followUp().ifPresent(f -> o.println("      " + style.dim(f)));
        }
        o.println("  " + t.text("report.exercises"));
        for (PlannedExercise e : plan.exercises()) {
            o.println("   - " + style.bold(e.title()) + " "
                    + style.dim("(" + t.format("exercise.minutes", e.exercise().minutes()) + " · "
                            + t.text("exercise.mode."
                                    + e.exercise().mode().name().toLowerCase(Locale.ROOT)) + ")"));
            o.println("     " + e.goal());
            int step = 1;
            for (String s : e.steps()) {
                o.println("     " + step++ + ". " + s);
            }
        }
    }

    private static int nameWidth(ReportBuilder r) {
        int width = r.texts().text("report.composite").length();
        for (Dimension d : Dimension.values()) {
            String name = r.name(d);
            width = Math.max(width, name.codePointCount(0, name.length()));
        }
        return width;
    }

    private static String names(ReportBuilder r, List<Dimension> dimensions) {
        if (dimensions.isEmpty()) {
            return ReportBuilder.NONE;
        }
        List<String> out = new ArrayList<>();
        dimensions.forEach(d -> out.add(r.name(d)));
        return String.join(", ", out);
    }
}

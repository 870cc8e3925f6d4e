package dev.intimacy.cli.report;

import dev.intimacy.cli.CliException;
import dev.intimacy.content.ContentPack;
import dev.intimacy.content.Texts;
import dev.intimacy.content.recommend.Plan;
import dev.intimacy.content.recommend.PlannedExercise;
import dev.intimacy.content.recommend.PlannedPrompt;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.result.Band;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Turns profiles and plans into a {@link ReportView}, with every label and name taken from the content pack's
 * texts in the report's locale (with the pack's fallback). Scores are shown as whole POMP points.
 *
 * <pre>{@code
 * ReportBuilder b = new ReportBuilder(ContentPacks.bundled(), Locale.forLanguageTag("es"));
 * ReportView.Section s = b.section("Partner A", List.of(b.named("Partner A", profileA)), List.of(), plan);
 * String html = HtmlReport.render(b.report(List.of(s), true));
 * }</pre>
 */
public final class ReportBuilder {
    /** What stands for an empty list or a missing value. */
    public static final String NONE = "—";

    private final Texts texts;
    private final Locale locale;

    /**
     * A profile with the name it is shown under.
     *
     * @param label the name, for example a respondent id or "Partner A"
     * @param profile the profile
     */
    public record Named(String label, IntimacyProfile profile) {}

    /**
     * Creates a builder.
     *
     * @param pack the pack whose texts name dimensions, bands and headings
     * @param locale the report's language
     */
    public ReportBuilder(ContentPack pack, Locale locale) {
        this.texts = pack.texts(locale);
        this.locale = locale;
    }

    /**
     * Returns the locale for a tag, when the pack has its language.
     *
     * @param pack the pack
     * @param tag the tag given
     * @return the locale
     * @throws CliException a usage error naming the pack's locales otherwise
     */
    public static Locale language(ContentPack pack, String tag) {
        Locale requested = Locale.forLanguageTag(tag);
        for (Locale l : pack.locales()) {
            if (!requested.getLanguage().isEmpty() && l.getLanguage().equals(requested.getLanguage())) {
                return requested;
            }
        }
        List<String> tags = new ArrayList<>();
        pack.locales().forEach(l -> tags.add(l.toLanguageTag()));
        throw CliException.usage("--locale " + tag + ": the pack has no texts in that language (it has "
                + String.join(", ", tags) + ")");
    }

    /** Returns the texts in use. */
    public Texts texts() {
        return texts;
    }

    /**
     * Names a profile.
     *
     * @param label the name shown
     * @param profile the profile
     * @return the named profile
     */
    public Named named(String label, IntimacyProfile profile) {
        return new Named(label, profile);
    }

    /**
     * Returns a partner's label in the report's language, e.g. "Partner A" or "Pareja A".
     *
     * @param letter the letter, e.g. "A"
     * @return the label
     */
    public String partner(String letter) {
        return texts.text("report.partner") + " " + letter;
    }

    /**
     * Returns a dimension's name.
     *
     * @param d the dimension
     * @return its name in the report's language
     */
    public String name(Dimension d) {
        return texts.text("dimension." + d.key() + ".name");
    }

    /**
     * Returns a band's name.
     *
     * @param band the band
     * @return its name in the report's language
     */
    public String name(Band band) {
        return texts.text("band." + band.name().toLowerCase(Locale.ROOT));
    }

    /** Returns the "not enough answers" text. */
    public String insufficient() {
        return texts.text("report.insufficient");
    }

    /**
     * Formats a POMP or an index as whole points.
     *
     * @param value the value, possibly absent
     * @return e.g. {@code 63}, or the "not enough answers" text
     */
    public String points(OptionalDouble value) {
        return value.isPresent() ? Long.toString(Math.round(value.getAsDouble())) : insufficient();
    }

    /**
     * Builds one person's part of a section.
     *
     * @param named the profile and its name
     * @param index the person's position in the section, 1-based
     * @return the view
     */
    public ReportView.Person person(Named named, int index) {
        IntimacyProfile p = named.profile();
        List<ReportView.DimensionRow> rows = new ArrayList<>();
        for (DimensionScore s : p.dimensions().values()) {
            OptionalDouble pomp = s.pomp();
            rows.add(new ReportView.DimensionRow(
                    name(s.dimension()),
                    points(pomp),
                    s.band().map(this::name).orElse(""),
                    s.band().map(b -> b.name().toLowerCase(Locale.ROOT)).orElse("none"),
                    pomp.isPresent() ? RadarChart.coordinate(pomp.getAsDouble()) : "0"));
        }
        List<String> strengths = new ArrayList<>();
        p.strengths().forEach(d -> strengths.add(name(d)));
        List<String> growth = new ArrayList<>();
        p.growthAreas().forEach(d -> growth.add(name(d)));
        return new ReportView.Person(named.label(), index, points(p.compositeIndex()), rows, strengths, growth);
    }

    /**
     * Builds a section: the people's profiles, a radar chart of all of them with its table, and optionally a
     * couple's results and a plan.
     *
     * @param heading the section's heading
     * @param people the profiles, on the same instrument
     * @param couple the couple's results, or null
     * @param plan the plan, or null
     * @return the section
     */
    public ReportView.Section section(
            String heading, List<Named> people, ReportView.@Nullable CoupleView couple, @Nullable Plan plan) {
        List<Dimension> dimensions =
                new ArrayList<>(people.get(0).profile().dimensions().keySet());
        List<String> axisLabels = new ArrayList<>();
        dimensions.forEach(d -> axisLabels.add(name(d)));
        List<RadarChart.Series> series = new ArrayList<>();
        List<ReportView.Person> persons = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Named n : people) {
            List<Double> pomp = new ArrayList<>();
            for (Dimension d : dimensions) {
                DimensionScore s = n.profile().dimensions().get(d);
                pomp.add(s != null && s.pomp().isPresent() ? s.pomp().getAsDouble() : Double.NaN);
            }
            series.add(new RadarChart.Series(n.label(), pomp));
            persons.add(person(n, persons.size() + 1));
            columns.add(n.label());
        }
        List<ReportView.TableRow> rows = new ArrayList<>();
        for (Dimension d : dimensions) {
            List<String> values = new ArrayList<>();
            for (Named n : people) {
                DimensionScore s = n.profile().dimensions().get(d);
                values.add(s == null ? NONE : points(s.pomp()));
            }
            rows.add(new ReportView.TableRow(name(d), values));
        }
        String alt = people.size() >= 2
                ? texts.format(
                        "report.chart.alt", people.get(0).label(), people.get(1).label())
                : texts.format(
                        "report.chart.alt", people.get(0).label(), people.get(0).label());
        return new ReportView.Section(
                heading,
                persons,
                axisLabels.size() < 3 ? List.of() : List.of(RadarChart.of(axisLabels, series)),
                alt,
                new ReportView.Table(columns, rows),
                couple == null ? List.of() : List.of(couple),
                plan == null ? List.of() : List.of(plan(plan)));
    }

    /**
     * Builds the view of a plan.
     *
     * @param plan the plan, with its texts already in the plan's locale
     * @return the view
     */
    public ReportView.PlanView plan(Plan plan) {
        List<String> notes = new ArrayList<>();
        plan.careNotes().forEach(n -> notes.add(n.text()));
        List<ReportView.PromptRow> prompts = new ArrayList<>();
        for (PlannedPrompt p : plan.prompts()) {
            prompts.add(new ReportView.PromptRow(
                    name(p.prompt().dimension()),
                    texts.text("depth." + p.prompt().depth()),
                    p.text(),
                    p.followUp().orElse("")));
        }
        List<ReportView.ExerciseRow> exercises = new ArrayList<>();
        for (PlannedExercise e : plan.exercises()) {
            exercises.add(new ReportView.ExerciseRow(
                    e.title(),
                    e.goal(),
                    texts.format("exercise.minutes", e.exercise().minutes()) + " · "
                            + texts.text("exercise.mode."
                                    + e.exercise().mode().name().toLowerCase(Locale.ROOT)),
                    e.steps()));
        }
        return new ReportView.PlanView(notes, prompts, exercises);
    }

    /**
     * Assembles the report.
     *
     * @param sections its sections
     * @param sample whether the answers are made-up samples (the report then says so)
     * @return the report
     */
    public ReportView report(List<ReportView.Section> sections, boolean sample) {
        ReportView.Labels labels = new ReportView.Labels(
                texts.text("report.strengths"),
                texts.text("report.growth-areas"),
                texts.text("report.composite"),
                texts.text("report.table.dimension"),
                texts.text("report.table.score"),
                texts.text("report.plan"),
                texts.text("report.prompts"),
                texts.text("report.exercises"),
                texts.text("report.couple.title"),
                texts.text("report.items-to-talk-about"),
                texts.text("report.understanding"),
                texts.text("report.understanding.accuracy"),
                NONE);
        return new ReportView(
                locale.toLanguageTag(),
                texts.text("report.title"),
                texts.text("report.not-diagnostic"),
                texts.text("report.scale-note"),
                sample ? texts.text("report.sample-data") : null,
                labels,
                List.copyOf(sections));
    }
}

package dev.intimacy.cli.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the HTML report shows, as plain text and numbers already formatted for the reader's language:
 * the template only lays it out and escapes it. Lists that are empty hide their part of the report.
 *
 * @param lang the language tag of the texts, for the page's {@code lang} attribute
 * @param title the page title
 * @param notice that the report is for reflection, not a diagnosis
 * @param scaleNote how to read the scores (0 to 100)
 * @param sampleNote that the answers are made-up samples, or null for real answers
 * @param labels the report's headings and captions
 * @param sections one section per person or couple
 */
public record ReportView(
        String lang,
        String title,
        String notice,
        String scaleNote,
        @Nullable String sampleNote,
        Labels labels,
        List<Section> sections) {

    /**
     * Headings and captions, in the report's language.
     *
     * @param strengths "Strengths"
     * @param growthAreas "Growth areas"
     * @param composite "Intimacy index"
     * @param dimension the table's dimension column
     * @param score the table's caption, "Score"
     * @param plan the plan's heading
     * @param prompts "Conversation prompts"
     * @param exercises "Exercises"
     * @param couple the couple section's heading
     * @param itemsToTalkAbout "Things to talk about"
     * @param understanding "Understanding each other"
     * @param understandingAccuracy "Understanding accuracy"
     * @param none what stands in an empty list
     */
    public record Labels(
            String strengths,
            String growthAreas,
            String composite,
            String dimension,
            String score,
            String plan,
            String prompts,
            String exercises,
            String couple,
            String itemsToTalkAbout,
            String understanding,
            String understandingAccuracy,
            String none) {}

    /**
     * One part of the report: one person, or a couple with both partners.
     *
     * @param heading the section's heading
     * @param people the profiles shown
     * @param chart the radar chart of their scores (one), or none when the instrument covers fewer than 3
     *     dimensions; the table then stands alone
     * @param chartAlt the chart's text alternative
     * @param table the chart's scores as a table, shown beside it
     * @param couple the couple's results (empty, or one)
     * @param plan the plan of prompts and exercises (empty, or one)
     */
    public record Section(
            String heading,
            List<Person> people,
            List<RadarChart> chart,
            String chartAlt,
            Table table,
            List<CoupleView> couple,
            List<PlanView> plan) {}

    /**
     * One person's profile.
     *
     * @param label how the person is named (a respondent id or a label such as "Partner A")
     * @param index the person's position in the section, 1-based, matching their series in the chart
     * @param composite the composite index, or the "not enough answers" text
     * @param dimensions one row per dimension
     * @param strengths the names of the dimensions in the strength band
     * @param growthAreas the names of the dimensions in the growth band
     */
    public record Person(
            String label,
            int index,
            String composite,
            List<DimensionRow> dimensions,
            List<String> strengths,
            List<String> growthAreas) {}

    /**
     * One dimension of a profile.
     *
     * @param name the dimension's name
     * @param score the POMP rounded to a whole number, or the "not enough answers" text
     * @param band the band's name, or empty
     * @param bandKey {@code growth}, {@code developing}, {@code strength} or {@code none}, for styling
     * @param width the bar's width, a percentage such as {@code 62.5}
     */
    public record DimensionRow(String name, String score, String band, String bandKey, String width) {}

    /**
     * The chart's numbers as a table.
     *
     * @param columns the series' names
     * @param rows one row per axis
     */
    public record Table(List<String> columns, List<TableRow> rows) {}

    /**
     * One row of the chart's table.
     *
     * @param name the axis's name
     * @param values one value per series
     */
    public record TableRow(String name, List<String> values) {}

    /**
     * A couple's results seen together.
     *
     * @param composite the couple's composite index, or the "not enough answers" text
     * @param patterns one row per dimension
     * @param items the items to talk about, largest difference first
     * @param understanding how well each partner predicted the other, when they did
     */
    public record CoupleView(
            String composite, List<PatternRow> patterns, List<ItemRow> items, List<UnderstandingRow> understanding) {}

    /**
     * How the partners stand on one dimension.
     *
     * @param dimension the dimension's name
     * @param pattern the pattern's name, or the "not enough answers" text
     * @param gap how far apart the partners' scores are, e.g. "25 points apart", or empty
     * @param interpretation what the pack says about this pattern, or empty
     */
    public record PatternRow(String dimension, String pattern, String gap, String interpretation) {}

    /**
     * An item to talk about.
     *
     * @param dimension the dimension's name
     * @param text the item's text
     * @param difference the difference in scale points
     */
    public record ItemRow(String dimension, String text, String difference) {}

    /**
     * How well one partner predicted the other.
     *
     * @param who for example "Partner A about Partner B"
     * @param accuracy the overall accuracy, 0 to 100, or the "not enough answers" text
     */
    public record UnderstandingRow(String who, String accuracy) {}

    /**
     * A plan of prompts and exercises.
     *
     * @param careNotes notes to read first, when any applies
     * @param prompts the prompts
     * @param exercises the exercises
     */
    public record PlanView(List<String> careNotes, List<PromptRow> prompts, List<ExerciseRow> exercises) {}

    /**
     * A conversation prompt.
     *
     * @param dimension the dimension's name
     * @param depth the depth's name
     * @param text the question
     * @param followUp the follow-up question, or empty
     */
    public record PromptRow(String dimension, String depth, String text, String followUp) {}

    /**
     * An exercise.
     *
     * @param title the title
     * @param goal the goal
     * @param details the duration and the mode, e.g. "15 minutes · Together"
     * @param steps the steps, in order
     */
    public record ExerciseRow(String title, String goal, String details, List<String> steps) {}
}

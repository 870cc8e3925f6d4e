package dev.intimacy.cli.demo;

import dev.intimacy.cli.input.AnswerReader;
import dev.intimacy.cli.input.Layout;
import dev.intimacy.cli.input.Row;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.Instrument;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The demo's built-in answers: a made-up couple, {@code partner-a} and {@code partner-b}, on the bundled
 * {@code intimacy-core} instrument — each partner's own answers, and each partner's prediction of the
 * other's. Nobody real answered them; {@code samples/make-samples.py} wrote them from a fixed seed.
 *
 * @param first partner A's own answers
 * @param second partner B's own answers
 * @param predictions the partners' predictions of each other's answers (A about B, then B about A)
 */
public record SampleCouple(Assessment first, Assessment second, List<Assessment> predictions) {

    /** The class-path resource that holds the answers, in the {@code couple} command's CSV format. */
    public static final String RESOURCE = "sample-couple.csv";

    /** The time the sample answers are said to be completed. */
    public static final Instant COMPLETED = Instant.parse("2026-11-27T09:00:00Z");

    /**
     * Reads the sample answers.
     *
     * @param instrument the bundled {@code intimacy-core} instrument
     * @return the couple
     * @throws IllegalStateException when the resource is missing or does not hold the expected rows (a broken
     *     build)
     */
    public static SampleCouple load(Instrument instrument) {
        InputStream in = Objects.requireNonNull(
                SampleCouple.class.getResourceAsStream(RESOURCE), "the demo's " + RESOURCE + " is missing");
        List<Assessment> own = new ArrayList<>();
        List<Assessment> predictions = new ArrayList<>();
        try (AnswerReader reader = AnswerReader.open(in, RESOURCE, instrument, Layout.COUPLES, false, w -> {
            throw new IllegalStateException("the demo's " + RESOURCE + " is broken: " + w);
        })) {
            for (Row row = reader.next(); row != null; row = reader.next()) {
                if (!(row instanceof Row.Valid valid)) {
                    throw new IllegalStateException("the demo's " + RESOURCE + " is broken: " + row);
                }
                Assessment a = valid.toAssessment(instrument, COMPLETED);
                (a.isPrediction() ? predictions : own).add(a);
            }
        }
        if (own.size() != 2
                || !own.get(0).respondent().equals(RespondentId.of("partner-a"))
                || !own.get(1).respondent().equals(RespondentId.of("partner-b"))) {
            throw new IllegalStateException("the demo's " + RESOURCE + " must hold partner-a and partner-b");
        }
        return new SampleCouple(own.get(0), own.get(1), List.copyOf(predictions));
    }
}

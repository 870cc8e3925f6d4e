package dev.intimacy.examples;

import dev.intimacy.content.ContentPack;
import dev.intimacy.content.ContentPacks;
import dev.intimacy.content.Texts;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.ScoringEngine;
import java.time.Instant;
import java.util.Locale;

/**
 * The README's quick start: load the bundled pack, answer its six-item weekly pulse, score the answers and
 * print the profile with the pack's names for dimensions and bands.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples -am compile exec:java}
 */
public final class QuickStart {
    private QuickStart() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ContentPack pack = ContentPacks.bundled();
        Instrument pulse = pack.instrument(InstrumentId.of("intimacy-pulse")).orElseThrow();
        Texts texts = pack.texts(Locale.ENGLISH);

        Assessment.Builder answers = Assessment.builder()
                .respondent(RespondentId.of("r-1"))
                .instrument(pulse.ref())
                .completedAt(Instant.parse("2026-11-27T09:00:00Z"));
        int[] given = {4, 5, 2, 4, 3, 2}; // one answer per item, on the scale 1..5
        for (int i = 0; i < given.length; i++) {
            answers.putAnswers(pulse.items().get(i).id(), Answer.of(given[i]));
        }

        IntimacyProfile profile =
                ScoringEngine.builder(pulse).build().score(answers.build().requireValidFor(pulse));
        profile.dimensions()
                .forEach((d, score) -> System.out.println(texts.text("dimension." + d.key() + ".name")
                        + ": " + Math.round(score.pomp().getAsDouble()) + " ("
                        + texts.text("band." + score.band().orElseThrow().name().toLowerCase(Locale.ROOT)) + ")"));
        System.out.printf(
                Locale.ROOT, "Intimacy index: %.0f%n", profile.compositeIndex().getAsDouble());
    }
}

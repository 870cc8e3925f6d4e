package dev.intimacy.examples;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.SemanticVersion;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.instrument.Perspective;
import dev.intimacy.model.instrument.ResponseScale;
import dev.intimacy.model.json.IntimacyJson;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.ScoringEngine;
import java.time.Instant;
import java.util.Locale;

/**
 * The smallest useful program: describe a two-item trust check-in, record one person's answers, check
 * them against the instrument, score them and write them as JSON.
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
        Instrument checkIn = Instrument.builder()
                .id(InstrumentId.of("trust-check-in"))
                .version(SemanticVersion.parse("1.0.0"))
                .titleKey("A two-item trust check-in")
                .scale(ResponseScale.of(1, 5))
                .addCovers(Dimension.TRUST)
                .addItems(
                        item("T1", Keying.POSITIVE, "I can count on my partner when things get hard."),
                        item("T2", Keying.REVERSE, "I hold back because I am unsure how my partner will respond."))
                .build();

        Assessment answers = Assessment.builder()
                .respondent(RespondentId.of("r-1"))
                .instrument(checkIn.ref())
                .completedAt(Instant.parse("2026-11-27T09:00:00Z"))
                .putAnswers(ItemId.of("T1"), Answer.of(4))
                .putAnswers(ItemId.of("T2"), Answer.of(2))
                .build()
                .requireValidFor(checkIn);

        IntimacyProfile profile = ScoringEngine.builder(checkIn).build().score(answers);
        DimensionScore trust = profile.score(Dimension.TRUST).orElseThrow();

        System.out.println(checkIn + " answered by " + answers.respondent());
        System.out.printf(
                Locale.ROOT,
                "TRUST: mean %.2f, POMP %.1f, %s%n",
                trust.mean().getAsDouble(),
                trust.pomp().getAsDouble(),
                trust.band().orElseThrow());
        System.out.println(IntimacyJson.write(answers));
    }

    private static Item item(String id, Keying keying, String text) {
        return Item.builder()
                .id(ItemId.of(id))
                .dimension(Dimension.TRUST)
                .keying(keying)
                .perspective(Perspective.SELF)
                .textKey(text)
                .build();
    }
}

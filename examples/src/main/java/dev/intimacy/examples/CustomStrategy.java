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
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.scoring.ScoringEngine;
import dev.intimacy.scoring.spi.ScoringStrategies;
import java.time.Instant;
import java.util.Locale;

/**
 * A scoring strategy plugged in through {@link java.util.ServiceLoader}: {@link MedianStrategy} is listed in
 * this module's {@code META-INF/services}, so {@code strategy("median")} finds it without any registration in
 * code. The same answers are scored with the built-in mean and with the median.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples -am compile exec:java -Dexec.mainClass=dev.intimacy.examples.CustomStrategy}
 */
public final class CustomStrategy {
    private CustomStrategy() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Instrument.Builder instrument = Instrument.builder()
                .id(InstrumentId.of("trust-five"))
                .version(SemanticVersion.parse("1.0.0"))
                .titleKey("Five trust items")
                .scale(ResponseScale.of(1, 5))
                .addCovers(Dimension.TRUST);
        Assessment.Builder answers =
                Assessment.builder().respondent(RespondentId.of("r-1")).completedAt(Instant.EPOCH);
        int[] given = {1, 4, 4, 5, 5};
        for (int i = 0; i < given.length; i++) {
            ItemId id = ItemId.of("T" + (i + 1));
            instrument.addItems(Item.builder()
                    .id(id)
                    .dimension(Dimension.TRUST)
                    .keying(Keying.POSITIVE)
                    .perspective(Perspective.SELF)
                    .textKey("Trust item " + (i + 1))
                    .build());
            answers.putAnswers(id, Answer.of(given[i]));
        }
        Instrument trustFive = instrument.build();
        Assessment assessment = answers.instrument(trustFive.ref()).build();

        System.out.println("Strategies found: " + ScoringStrategies.discovered().ids());
        for (String strategy : new String[] {"mean", "median"}) {
            ScoringEngine engine =
                    ScoringEngine.builder(trustFive).strategy(strategy).build();
            DimensionScore trust =
                    engine.score(assessment).score(Dimension.TRUST).orElseThrow();
            System.out.printf(
                    Locale.ROOT,
                    "%-6s TRUST %.2f, POMP %.1f%n",
                    strategy,
                    trust.rawScore().getAsDouble(),
                    trust.pomp().getAsDouble());
        }
    }
}

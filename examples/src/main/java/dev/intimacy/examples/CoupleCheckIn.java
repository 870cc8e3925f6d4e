package dev.intimacy.examples;

import dev.intimacy.content.ContentPack;
import dev.intimacy.content.ContentPacks;
import dev.intimacy.content.Texts;
import dev.intimacy.content.recommend.Plan;
import dev.intimacy.content.recommend.RecommendationRequest;
import dev.intimacy.content.recommend.Recommender;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.couple.ItemDifference;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.scoring.ScoringEngine;
import dev.intimacy.scoring.couple.CoupleScorer;
import java.time.Instant;
import java.util.Locale;

/**
 * A couple's weekly check-in: two partners answer the bundled six-item pulse, the couple is scored together
 * (each dimension's pattern, the items to talk about), and the recommender plans prompts for the two of them.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples -am compile exec:java -Dexec.mainClass=dev.intimacy.examples.CoupleCheckIn}
 */
public final class CoupleCheckIn {
    private CoupleCheckIn() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ContentPack pack = ContentPacks.bundled();
        Texts texts = pack.texts(Locale.ENGLISH);
        Instrument pulse = pack.instrument(InstrumentId.of("intimacy-pulse")).orElseThrow();

        // Made-up answers on 1..5, in the pulse's order: sharing, trust, vulnerability, communication,
        // empathy, shared time.
        Assessment first = answers(pulse, "partner-1", 4, 5, 2, 4, 4, 2);
        Assessment second = answers(pulse, "partner-2", 4, 5, 4, 2, 4, 3);

        CoupleProfile couple =
                CoupleScorer.of(ScoringEngine.builder(pulse).build()).scoreCouple(first, second);

        System.out.println(couple);
        for (CoupleDimension d : couple.dimensions().values()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-26s %3.0f %3.0f  %s%n",
                    texts.text("dimension." + d.dimension().key() + ".name"),
                    d.firstPomp().getAsDouble(),
                    d.secondPomp().getAsDouble(),
                    texts.text("pattern." + d.pattern().orElseThrow().key()));
        }
        System.out.println("Things to talk about:");
        for (ItemDifference topic : couple.itemsToTalkAbout()) {
            String text = texts.text(pulse.item(topic.item()).orElseThrow().textKey());
            System.out.println("  " + text + " (" + topic.difference() + " points apart)");
        }

        Plan plan = Recommender.of(pack)
                .recommend(RecommendationRequest.forCouple(couple, first, second)
                        .seed(7)
                        .build());
        System.out.println("Prompts for the two of you:");
        plan.prompts().forEach(p -> System.out.println("  " + p.text()));
    }

    private static Assessment answers(Instrument pulse, String who, int... values) {
        Assessment.Builder b = Assessment.builder()
                .respondent(RespondentId.of(who))
                .instrument(pulse.ref())
                .completedAt(Instant.parse("2026-11-27T20:00:00Z"));
        for (int i = 0; i < values.length; i++) {
            b.putAnswers(pulse.items().get(i).id(), Answer.of(values[i]));
        }
        return b.build().requireValidFor(pulse);
    }
}

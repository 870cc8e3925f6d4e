package dev.intimacy.examples;

import dev.intimacy.content.ContentPacks;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.change.ChangeClass;
import dev.intimacy.model.change.CheckIn;
import dev.intimacy.model.change.Timeline;
import dev.intimacy.model.change.Trend;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.scoring.ScoringEngine;
import dev.intimacy.scoring.change.ChangeAnalysis;
import dev.intimacy.scoring.reliability.ReliabilityAnalysis;
import dev.intimacy.scoring.reliability.ReliabilityReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Three check-ins of one person, four weeks apart: is the change real or noise? The Reliable Change Index
 * needs each dimension's reliability. The bundled questionnaire is not validated and declares none, so a
 * researcher computes it on their own sample; here that sample is <em>made up</em> by a seeded generator,
 * standing in for real data.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples -am compile exec:java -Dexec.mainClass=dev.intimacy.examples.ProgressOverTime}
 */
public final class ProgressOverTime {
    private static final Instrument CORE =
            ContentPacks.bundled().instrument(InstrumentId.of("intimacy-core")).orElseThrow();
    private static final Instant START = Instant.parse("2026-09-01T09:00:00Z");

    private ProgressOverTime() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ReliabilityReport reliability =
                ReliabilityAnalysis.builder(CORE).build().analyze(madeUpSample(300));
        ChangeAnalysis analysis =
                ChangeAnalysis.builder(CORE).reliability(reliability).build();
        ScoringEngine engine = ScoringEngine.builder(CORE).build();

        // Trust grows from 2 to 4 on the 1..5 scale, shared life from 2 to 3; the rest stays at 3.
        List<CheckIn> checkIns = List.of(
                CheckIn.of(START, engine.score(person(START, 2, 2))),
                CheckIn.of(START.plus(Duration.ofDays(28)), engine.score(person(START, 3, 2))),
                CheckIn.of(START.plus(Duration.ofDays(56)), engine.score(person(START, 4, 3))));
        Timeline timeline = analysis.timeline(checkIns);

        System.out.printf(
                Locale.ROOT,
                "Reliability from a made-up sample of %d: TRUST alpha %.2f%n",
                reliability.rows(),
                reliability.dimension(Dimension.TRUST).orElseThrow().rawAlpha().getAsDouble());
        for (Dimension d : Dimension.values()) {
            Trend trend = timeline.trend(d).orElseThrow();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s", d.code()));
            for (CheckIn c : checkIns) {
                line.append(String.format(
                        Locale.ROOT,
                        " %3.0f",
                        c.profile().score(d).orElseThrow().pomp().getAsDouble()));
            }
            line.append(String.format(
                    Locale.ROOT, "  %+.2f a week", trend.slopePerWeek().orElse(0)));
            trend.lastReliableChange()
                    .flatMap(c -> c.changeClass())
                    .ifPresent(c -> line.append(", last reliable change: ").append(c));
            System.out.println(line);
        }
        List<Dimension> improved =
                analysis.change(checkIns.get(0), checkIns.get(2)).withClass(ChangeClass.RELIABLE_IMPROVEMENT);
        System.out.println("First to last check-in, reliable improvement in: " + improved);
    }

    /** One person's answers: every item at the given keyed level, trust and shared life as asked. */
    private static Assessment person(Instant at, int trust, int nurturing) {
        Map<Dimension, Integer> levels = Map.of(Dimension.TRUST, trust, Dimension.NURTURING, nurturing);
        Assessment.Builder b = Assessment.builder()
                .respondent(RespondentId.of("r-1"))
                .instrument(CORE.ref())
                .completedAt(at);
        for (Item item : CORE.items()) {
            int keyed = item.dimension().map(d -> levels.getOrDefault(d, 3)).orElse(3);
            b.putAnswers(item.id(), Answer.of(item.keying() == Keying.REVERSE ? 6 - keyed : keyed));
        }
        return b.build();
    }

    /** A made-up sample: per person a level per dimension, and each answer near it. Not real data. */
    private static List<Assessment> madeUpSample(int size) {
        Random random = new Random(20261127L);
        List<Assessment> sample = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            double general = random.nextGaussian() * 0.6;
            Map<Dimension, Double> level = new java.util.EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                level.put(d, 3.2 + general + random.nextGaussian() * 0.6);
            }
            Assessment.Builder b = Assessment.builder()
                    .respondent(RespondentId.of("s" + n))
                    .instrument(CORE.ref())
                    .completedAt(START);
            for (Item item : CORE.items()) {
                double centre = item.dimension().map(level::get).orElse(3.3 + general);
                int keyed = (int) Math.max(1, Math.min(5, Math.round(centre + random.nextGaussian() * 0.6)));
                b.putAnswers(item.id(), Answer.of(item.keying() == Keying.REVERSE ? 6 - keyed : keyed));
            }
            sample.add(b.build());
        }
        return sample;
    }
}

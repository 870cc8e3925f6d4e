package dev.intimacy.content.recommend;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.intimacy.content.ContentId;
import dev.intimacy.content.ContentPack;
import dev.intimacy.content.ContentPacks;
import dev.intimacy.content.Prompt;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.InstrumentRef;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.SemanticVersion;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.result.Band;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.model.result.ScoreStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/** Profiles, assessments and histories for the recommender's tests, built with the model's own builders. */
final class Profiles {
    static final RespondentId RESPONDENT = RespondentId.of("r-1");
    static final InstrumentRef CORE = InstrumentRef.of(InstrumentId.of("intimacy-core"), SemanticVersion.of(1, 0, 0));

    private Profiles() {}

    static Band bandOf(double pomp) {
        return pomp < 50 ? Band.GROWTH : pomp < 75 ? Band.DEVELOPING : Band.STRENGTH;
    }

    static DimensionScore scored(Dimension d, double pomp) {
        return DimensionScore.builder()
                .dimension(d)
                .answered(6)
                .skipped(0)
                .declined(0)
                .expected(6)
                .status(ScoreStatus.COMPLETE)
                .rawScore(1 + pomp / 25)
                .mean(1 + pomp / 25)
                .pomp(pomp)
                .band(bandOf(pomp))
                .build();
    }

    static DimensionScore insufficient(Dimension d) {
        return DimensionScore.builder()
                .dimension(d)
                .answered(1)
                .skipped(5)
                .declined(0)
                .expected(6)
                .status(ScoreStatus.INSUFFICIENT)
                .reason("1 of 6 items answered")
                .build();
    }

    /** A profile with the given POMP per dimension; a null POMP is an insufficient dimension. */
    static IntimacyProfile profile(Map<Dimension, @Nullable Double> pomps) {
        IntimacyProfile.Builder b = IntimacyProfile.builder()
                .respondent(RESPONDENT)
                .instrument(CORE)
                .strategy("mean");
        double sum = 0;
        boolean all = true;
        for (Dimension d : Dimension.values()) {
            Double pomp = pomps.get(d);
            if (pomp == null) {
                all = false;
                b.putDimensions(d, insufficient(d));
            } else {
                sum += pomp;
                b.putDimensions(d, scored(d, pomp));
            }
        }
        if (all) {
            double composite = sum / 6;
            b.compositeIndex(composite).compositeBand(bandOf(composite));
        } else {
            b.compositeReason("a dimension is insufficient");
        }
        return b.build();
    }

    /** A profile with every dimension at the same POMP. */
    static IntimacyProfile flat(double pomp) {
        Map<Dimension, @Nullable Double> m = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            m.put(d, pomp);
        }
        return profile(m);
    }

    /** Profiles with random POMPs (in steps of 0.5) and now and then an insufficient dimension. */
    static Gen<IntimacyProfile> profiles() {
        return lists().of(integers().between(0, 1000)).ofSize(6).map(raw -> {
            Map<Dimension, @Nullable Double> m = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                int v = raw.get(d.ordinal());
                m.put(d, v % 13 == 0 ? null : (v % 201) / 2.0);
            }
            return profile(m);
        });
    }

    /** An assessment of intimacy-core by the same respondent with the two safety items answered as given. */
    static Assessment assessment(int tru05, int tru06) {
        return Assessment.builder()
                .respondent(RESPONDENT)
                .instrument(CORE)
                .completedAt(Instant.parse("2026-11-27T10:00:00Z"))
                .putAnswers(ItemId.of("TRU-01"), Answer.of(4))
                .putAnswers(ItemId.of("TRU-05"), Answer.of(tru05))
                .putAnswers(ItemId.of("TRU-06"), Answer.of(tru06))
                .build();
    }

    /** No assessment half of the time, else one with random answers to the safety items (or a skip). */
    static Gen<Optional<Assessment>> assessments() {
        return integers().between(0, 71).map(v -> {
            if (v < 36) {
                return Optional.empty();
            }
            int tru05 = 1 + v % 5;
            int tru06 = 1 + (v / 5) % 5;
            if (v % 11 == 0) {
                return Optional.of(Assessment.builder()
                        .respondent(RESPONDENT)
                        .instrument(CORE)
                        .completedAt(Instant.parse("2026-11-27T10:00:00Z"))
                        .putAnswers(ItemId.of("TRU-05"), Answer.skipped())
                        .build());
            }
            return Optional.of(assessment(tru05, tru06));
        });
    }

    static List<ContentId> allIds(ContentPack pack) {
        List<ContentId> ids = new ArrayList<>();
        pack.prompts().forEach(p -> ids.add(p.id()));
        pack.exercises().forEach(e -> ids.add(e.id()));
        return ids;
    }

    /**
     * Histories as a couple builds them: per dimension, every prompt of the depths already passed (0 to 3
     * depths, or the whole pool), some of the current depth, some exercises, and a few random ids; shuffled.
     */
    static Gen<List<ContentId>> histories() {
        ContentPack pack = ContentPacks.bundled();
        List<ContentId> ids = allIds(pack);
        return lists().of(integers().between(0, 100_000)).ofSize(20).map(raw -> {
            List<ContentId> h = new ArrayList<>();
            for (Dimension d : Dimension.values()) {
                int level = 1 + raw.get(d.ordinal()) % 5; // depths below it are used; 5 means the whole pool
                int extra = raw.get(6 + d.ordinal()) % 11;
                for (Prompt p : pack.prompts(d)) {
                    if (p.depth() < level) {
                        h.add(p.id());
                    } else if (p.depth() == level && extra > 0) {
                        h.add(p.id());
                        extra--;
                    }
                }
                int exercises = raw.get(12 + d.ordinal()) % 9;
                pack.exercises(d).stream().limit(exercises).forEach(e -> h.add(e.id()));
            }
            int noise = raw.get(18) % 20;
            for (int i = 0; i < noise; i++) {
                h.add(ids.get((raw.get(19) + 37 * i) % ids.size()));
            }
            Collections.shuffle(h, new Random(raw.get(19)));
            return h;
        });
    }
}

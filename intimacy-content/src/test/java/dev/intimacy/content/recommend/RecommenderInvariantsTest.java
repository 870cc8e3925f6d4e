package dev.intimacy.content.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.intimacy.content.AvoidFlag;
import dev.intimacy.content.ContentId;
import dev.intimacy.content.ContentPack;
import dev.intimacy.content.ContentPacks;
import dev.intimacy.content.Exercise;
import dev.intimacy.content.Prompt;
import dev.intimacy.content.SafetyItem;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.result.Band;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the recommender over random profiles, assessments, histories and seeds. The expectations are
 * computed here from the pack and the profile, not by asking the recommender.
 */
class RecommenderInvariantsTest {

    private static final ContentPack PACK = ContentPacks.bundled();
    private static final Recommender RECOMMENDER = Recommender.of(PACK);

    private static RecommendationRequest request(
            IntimacyProfile profile, Optional<Assessment> assessment, List<ContentId> history, long seed) {
        RecommendationRequest.Builder b = assessment.isPresent()
                ? RecommendationRequest.forProfile(profile, assessment.get())
                : RecommendationRequest.forProfile(profile);
        return b.addAllHistory(history)
                .seed(seed)
                .promptCount(1 + (int) Math.floorMod(seed, 6L))
                .exerciseCount((int) Math.floorMod(seed / 7, 4L))
                .build();
    }

    /** The care-note condition, worked out from the profile, the assessment and the pack's safety items. */
    static boolean careCondition(IntimacyProfile profile, Optional<Assessment> assessment) {
        Optional<DimensionScore> trust = profile.score(Dimension.TRUST);
        if (trust.isPresent() && trust.get().band().equals(Optional.of(Band.GROWTH))) {
            return true;
        }
        if (profile.compositeBand().equals(Optional.of(Band.GROWTH))) {
            return true;
        }
        if (assessment.isEmpty()) {
            return false;
        }
        for (SafetyItem s : PACK.safetyItems()) {
            Instrument instrument = PACK.instrument(s.instrument()).orElseThrow();
            Keying keying = instrument.item(s.item()).orElseThrow().keying();
            var answer = assessment.get().answer(s.item()).value();
            if (answer.isPresent()) {
                int keyed = keying == Keying.REVERSE ? 6 - answer.getAsInt() : answer.getAsInt();
                if (keyed <= s.concernAtOrBelow()) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean promptAllowed(Prompt p, boolean gated) {
        return !(gated
                && p.depth() == 3
                && (p.dimension() == Dimension.VULNERABILITY || p.dimension() == Dimension.DISCLOSURE));
    }

    static boolean exerciseAllowed(Exercise e, boolean gated) {
        return !(gated && e.avoidWhen().contains(AvoidFlag.SAFETY_CONCERN));
    }

    @Test
    void the_same_request_and_seed_always_give_the_same_plan() {
        qt().forAll(Profiles.profiles(), Profiles.assessments(), Profiles.histories(), longs().all())
                .checkAssert((profile, assessment, history, seed) -> {
                    RecommendationRequest r = request(profile, assessment, history, seed);

                    Plan first = RECOMMENDER.recommend(r);
                    Plan second = Recommender.of(ContentPacks.bundled())
                            .recommend(request(profile, assessment, history, seed));

                    assertThat(second).isEqualTo(first);
                    assertThat(second.contentIds()).isEqualTo(first.contentIds());
                });
    }

    @Test
    void nothing_repeats_until_the_dimensions_pool_is_used_up_and_a_plan_never_holds_an_id_twice() {
        qt().forAll(Profiles.profiles(), Profiles.assessments(), Profiles.histories(), longs().all())
                .checkAssert((profile, assessment, history, seed) -> {
                    Plan plan = RECOMMENDER.recommend(request(profile, assessment, history, seed));
                    boolean gated = careCondition(profile, assessment);

                    assertThat(plan.contentIds()).doesNotHaveDuplicates();
                    Set<ContentId> seen = new HashSet<>(history);
                    for (PlannedPrompt pp : plan.prompts()) {
                        Prompt p = pp.prompt();
                        if (seen.contains(p.id())) {
                            List<ContentId> pool = PACK.prompts(p.dimension()).stream()
                                    .filter(x -> promptAllowed(x, gated))
                                    .map(Prompt::id)
                                    .collect(Collectors.toList());
                            assertThat(seen).as("repeat of %s", p.id()).containsAll(pool);
                        }
                        assertThat(pp.repeat()).isEqualTo(seen.contains(p.id()));
                        seen.add(p.id());
                    }
                    for (PlannedExercise pe : plan.exercises()) {
                        Exercise e = pe.exercise();
                        if (seen.contains(e.id())) {
                            List<ContentId> pool = PACK.exercises(e.dimension()).stream()
                                    .filter(x -> exerciseAllowed(x, gated))
                                    .map(Exercise::id)
                                    .collect(Collectors.toList());
                            assertThat(seen).as("repeat of %s", e.id()).containsAll(pool);
                        }
                        assertThat(pe.repeat()).isEqualTo(seen.contains(e.id()));
                        seen.add(e.id());
                    }
                });
    }

    @Test
    void safety_gating_is_never_violated() {
        qt().forAll(Profiles.profiles(), Profiles.assessments(), Profiles.histories(), longs().all())
                .checkAssert((profile, assessment, history, seed) -> {
                    Plan plan = RECOMMENDER.recommend(request(profile, assessment, history, seed));
                    boolean gated = careCondition(profile, assessment);

                    assertThat(plan.isGated()).isEqualTo(gated);
                    assertThat(plan.careNotes().isEmpty()).isEqualTo(!gated);
                    plan.careNotes()
                            .forEach(n -> assertThat(plan.careTriggers())
                                    .contains(n.note().trigger()));
                    if (gated) {
                        assertThat(plan.prompts())
                                .allSatisfy(p -> assertThat(promptAllowed(p.prompt(), true))
                                        .as("%s withheld", p.prompt())
                                        .isTrue());
                        assertThat(plan.exercises())
                                .allSatisfy(e ->
                                        assertThat(e.exercise().avoidWhen()).doesNotContain(AvoidFlag.SAFETY_CONCERN));
                    }
                });
    }

    @Test
    void growth_areas_come_first_and_otherwise_the_lowest_dimensions_are_deepened() {
        qt().forAll(Profiles.profiles(), Profiles.histories(), longs().all()).checkAssert((profile, history, seed) -> {
            RecommendationRequest r = request(profile, Optional.empty(), history, seed);
            Plan plan = RECOMMENDER.recommend(r);
            List<Dimension> growth = profile.growthAreas();
            List<Dimension> scoredLowestFirst = profile.dimensions().values().stream()
                    .filter(s -> s.pomp().isPresent())
                    .sorted(Comparator.comparingDouble(
                                    (DimensionScore s) -> s.pomp().getAsDouble())
                            .thenComparing(DimensionScore::dimension))
                    .map(DimensionScore::dimension)
                    .collect(Collectors.toList());
            List<Dimension> expected = !growth.isEmpty()
                    ? growth
                    : scoredLowestFirst.isEmpty()
                            ? List.of(Dimension.values())
                            : scoredLowestFirst.subList(0, Math.min(2, scoredLowestFirst.size()));

            assertThat(plan.focus()).extracting(FocusArea::dimension).containsExactlyElementsOf(expected);
            assertThat(plan.prompts()).hasSize(r.promptCount());
            assertThat(plan.exercises()).hasSize(r.exerciseCount());
            assertThat(plan.prompts())
                    .allSatisfy(p -> assertThat(expected).contains(p.prompt().dimension()));
            assertThat(plan.exercises())
                    .allSatisfy(e -> assertThat(expected).contains(e.exercise().dimension()));
            assertThat(plan.prompts().get(0).prompt().dimension()).isEqualTo(expected.get(0));
            // Ordered by focus: the most needed dimension's prompts first.
            List<Integer> ranks = plan.prompts().stream()
                    .map(p -> expected.indexOf(p.prompt().dimension()))
                    .collect(Collectors.toList());
            assertThat(ranks).isSorted();
            if (!growth.isEmpty()) {
                assertThat(plan.focus()).allSatisfy(f -> {
                    assertThat(f.reason()).isEqualTo(FocusArea.Reason.GROWTH);
                    assertThat(f.weight())
                            .isEqualTo(Math.max(1.0, 75.0 - f.pomp().getAsDouble()));
                });
            }
        });
    }

    @Test
    void depth_never_jumps_by_more_than_one_over_a_history() {
        qt().withExamples(300)
                .forAll(
                        Profiles.profiles(),
                        Profiles.histories(),
                        longs().all(),
                        integers().between(0, 12))
                .checkAssert((profile, initial, seed, unlock) -> {
                    Map<Dimension, Integer> deepest = new EnumMap<>(Dimension.class);
                    for (Dimension d : Dimension.values()) {
                        deepest.put(d, 0);
                    }
                    for (ContentId id : initial) {
                        PACK.prompt(id).ifPresent(p -> deepest.merge(p.dimension(), p.depth(), Math::max));
                    }
                    List<ContentId> history = new ArrayList<>(initial);
                    for (int session = 0; session < 8; session++) {
                        RecommendationRequest.Builder b = RecommendationRequest.forProfile(profile)
                                .addAllHistory(history)
                                .seed(seed + session)
                                .promptCount(4)
                                .exerciseCount(1);
                        if (unlock > 0) {
                            b.unlockDeeperAfter(unlock);
                        }
                        Plan plan = RECOMMENDER.recommend(b.build());
                        for (PlannedPrompt pp : plan.prompts()) {
                            Prompt p = pp.prompt();
                            assertThat(p.depth())
                                    .as("depth of %s after a deepest of %d", p.id(), deepest.get(p.dimension()))
                                    .isLessThanOrEqualTo(deepest.get(p.dimension()) + 1);
                            deepest.merge(p.dimension(), p.depth(), Math::max);
                        }
                        history.addAll(plan.contentIds());
                    }
                });
    }
}

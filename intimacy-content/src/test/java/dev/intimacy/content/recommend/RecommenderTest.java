package dev.intimacy.content.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.intimacy.content.AvoidFlag;
import dev.intimacy.content.CareTrigger;
import dev.intimacy.content.ContentError;
import dev.intimacy.content.ContentException;
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
import dev.intimacy.model.json.IntimacyJson;
import dev.intimacy.model.result.IntimacyProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples of the recommender's rules on the bundled pack. */
class RecommenderTest {

    private static final ContentPack PACK = ContentPacks.bundled();
    private final Recommender recommender = Recommender.of(PACK);

    /** A profile where only the given dimensions are low; the others are strengths. */
    private static IntimacyProfile lowIn(Map<Dimension, Double> low) {
        Map<Dimension, @Nullable Double> m = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            m.put(d, low.getOrDefault(d, 90.0));
        }
        return Profiles.profile(m);
    }

    private static List<ContentId> ids(List<Prompt> prompts) {
        return prompts.stream().map(Prompt::id).collect(Collectors.toList());
    }

    @Nested
    class Focus {

        @Test
        void growth_areas_are_planned_lowest_first_with_one_slot_each_before_the_weighted_draw() {
            IntimacyProfile profile = lowIn(Map.of(Dimension.EMPATHY, 40.0, Dimension.NURTURING, 10.0));

            Plan plan = recommender.recommend(RecommendationRequest.forProfile(profile)
                    .promptCount(2)
                    .exerciseCount(2)
                    .build());

            assertThat(plan.focus())
                    .extracting(FocusArea::dimension)
                    .containsExactly(Dimension.NURTURING, Dimension.EMPATHY);
            assertThat(plan.focus()).extracting(FocusArea::weight).containsExactly(65.0, 35.0);
            assertThat(plan.prompts())
                    .extracting(p -> p.prompt().dimension())
                    .containsExactly(Dimension.NURTURING, Dimension.EMPATHY);
            assertThat(plan.exercises())
                    .extracting(e -> e.exercise().dimension())
                    .containsExactly(Dimension.NURTURING, Dimension.EMPATHY);
        }

        @Test
        void the_weighted_draw_favours_the_dimension_furthest_below_the_strength_band() {
            IntimacyProfile profile = lowIn(Map.of(Dimension.TRUST, 45.0, Dimension.COMMUNICATION, 5.0));
            int communication = 0;
            int trust = 0;
            for (long seed = 0; seed < 400; seed++) {
                Plan plan = recommender.recommend(RecommendationRequest.forProfile(profile)
                        .seed(seed)
                        .promptCount(3)
                        .build());
                // The third slot is the weighted draw: 70 : 30.
                for (PlannedPrompt p : plan.prompts()) {
                    if (p.prompt().dimension() == Dimension.COMMUNICATION) {
                        communication++;
                    } else {
                        trust++;
                    }
                }
            }
            // 400 plans: 400 + ~280 for communication, 400 + ~120 for trust.
            assertThat(communication).isBetween(620, 740);
            assertThat(trust).isBetween(460, 580);
        }

        @Test
        void without_a_growth_area_the_two_lowest_dimensions_are_deepened() {
            IntimacyProfile profile = lowIn(Map.of(Dimension.VULNERABILITY, 60.0, Dimension.DISCLOSURE, 70.0));

            Plan plan = recommender.recommend(
                    RecommendationRequest.forProfile(profile).build());

            assertThat(plan.focus())
                    .extracting(FocusArea::dimension)
                    .containsExactly(Dimension.VULNERABILITY, Dimension.DISCLOSURE);
            assertThat(plan.focus()).allSatisfy(f -> assertThat(f.reason()).isEqualTo(FocusArea.Reason.LOWEST));
            assertThat(plan.prompts())
                    .allSatisfy(p ->
                            assertThat(p.prompt().dimension()).isIn(Dimension.VULNERABILITY, Dimension.DISCLOSURE));
            assertThat(plan.isGated()).isFalse();
        }

        @Test
        void a_profile_without_any_score_gets_light_prompts_from_every_dimension() {
            Map<Dimension, @Nullable Double> none = new EnumMap<>(Dimension.class);
            IntimacyProfile profile = Profiles.profile(none);

            Plan plan = recommender.recommend(
                    RecommendationRequest.forProfile(profile).promptCount(6).build());

            assertThat(plan.focus())
                    .hasSize(6)
                    .allSatisfy(f -> assertThat(f.reason()).isEqualTo(FocusArea.Reason.UNSCORED));
            assertThat(plan.prompts()).extracting(p -> p.prompt().dimension()).containsExactly(Dimension.values());
            assertThat(plan.prompts())
                    .allSatisfy(p -> assertThat(p.prompt().depth()).isEqualTo(1));
        }
    }

    @Nested
    class DepthAndRepeats {

        private final IntimacyProfile trustLow = lowIn(Map.of(Dimension.EMPATHY, 30.0));

        @Test
        void a_new_couple_starts_at_depth_one() {
            Plan plan = recommender.recommend(
                    RecommendationRequest.forProfile(trustLow).promptCount(5).build());

            assertThat(plan.prompts()).allSatisfy(p -> {
                assertThat(p.prompt().depth()).isEqualTo(1);
                assertThat(p.repeat()).isFalse();
            });
        }

        @Test
        void depth_two_opens_once_every_depth_one_prompt_of_the_dimension_was_used() {
            List<Prompt> light = PACK.prompts(Dimension.EMPATHY).stream()
                    .filter(p -> p.depth() == 1)
                    .collect(Collectors.toList());
            List<ContentId> almost = ids(light.subList(0, light.size() - 1));

            Plan before = recommender.recommend(RecommendationRequest.forProfile(trustLow)
                    .addAllHistory(almost)
                    .promptCount(3)
                    .build());
            Plan after = recommender.recommend(RecommendationRequest.forProfile(trustLow)
                    .addAllHistory(ids(light))
                    .promptCount(3)
                    .build());

            // The last light prompt comes first; then depth 2 opens within the same plan.
            assertThat(before.prompts()).extracting(p -> p.prompt().depth()).containsExactly(1, 2, 2);
            assertThat(before.prompts().get(0).prompt()).isEqualTo(light.get(light.size() - 1));
            assertThat(after.prompts()).extracting(p -> p.prompt().depth()).containsExactly(2, 2, 2);
        }

        @Test
        void a_lower_unlock_threshold_opens_the_next_depth_sooner() {
            List<ContentId> three = ids(PACK.prompts(Dimension.EMPATHY).stream()
                    .filter(p -> p.depth() == 1)
                    .limit(3)
                    .collect(Collectors.toList()));

            Plan plan = recommender.recommend(RecommendationRequest.forProfile(trustLow)
                    .addAllHistory(three)
                    .unlockDeeperAfter(3)
                    .promptCount(2)
                    .build());

            assertThat(plan.prompts()).extracting(p -> p.prompt().depth()).containsExactly(2, 2);
        }

        @Test
        void once_a_pool_is_used_up_the_least_recently_used_prompt_comes_back_as_a_repeat() {
            List<ContentId> all = ids(PACK.prompts(Dimension.EMPATHY));

            Plan plan = recommender.recommend(RecommendationRequest.forProfile(trustLow)
                    .addAllHistory(all)
                    .promptCount(2)
                    .build());

            assertThat(plan.prompts()).extracting(p -> p.prompt().id()).containsExactly(all.get(0), all.get(1));
            assertThat(plan.prompts()).allSatisfy(p -> assertThat(p.repeat()).isTrue());
        }

        @Test
        void ids_the_pack_does_not_know_are_ignored_in_the_history() {
            Plan with = recommender.recommend(RecommendationRequest.forProfile(trustLow)
                    .addHistory(ContentId.of("pr-from-another-pack"))
                    .build());
            Plan without = recommender.recommend(
                    RecommendationRequest.forProfile(trustLow).build());

            assertThat(with.contentIds()).isEqualTo(without.contentIds());
        }

        @Test
        void a_different_seed_gives_a_different_choice_among_equals() {
            List<List<ContentId>> plans = new ArrayList<>();
            for (long seed = 0; seed < 10; seed++) {
                plans.add(recommender
                        .recommend(RecommendationRequest.forProfile(trustLow)
                                .seed(seed)
                                .build())
                        .contentIds());
            }

            assertThat(plans.stream().distinct()).hasSizeGreaterThan(1);
        }
    }

    @Nested
    class SafetyGating {

        private final IntimacyProfile strong = Profiles.flat(85.0);

        /** A history in which every prompt of depth 1 and 2 was used, so depth 3 is open everywhere. */
        private List<ContentId> deepHistory() {
            return ids(PACK.prompts().stream().filter(p -> p.depth() < 3).collect(Collectors.toList()));
        }

        @Test
        void trust_in_the_growth_band_shows_the_care_note_and_withholds_deep_vulnerability_and_disclosure() {
            IntimacyProfile profile =
                    lowIn(Map.of(Dimension.TRUST, 20.0, Dimension.VULNERABILITY, 30.0, Dimension.DISCLOSURE, 35.0));

            Plan plan = recommender.recommend(RecommendationRequest.forProfile(profile)
                    .addAllHistory(deepHistory())
                    .promptCount(9)
                    .exerciseCount(6)
                    .build());

            assertThat(plan.careTriggers()).containsExactly(CareTrigger.TRUST_LOW);
            assertThat(plan.careNotes()).extracting(n -> n.note().id()).containsExactly(ContentId.of("care-trust-low"));
            assertThat(plan.careNotes().get(0).text()).contains("qualified professional");
            assertThat(plan.prompts())
                    .filteredOn(p -> p.prompt().dimension() != Dimension.TRUST)
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.prompt().depth()).isLessThan(3));
            // Trust itself is not withheld at depth 3.
            assertThat(plan.prompts()).anySatisfy(p -> {
                assertThat(p.prompt().dimension()).isEqualTo(Dimension.TRUST);
                assertThat(p.prompt().depth()).isEqualTo(3);
            });
            assertThat(plan.exercises())
                    .allSatisfy(e -> assertThat(e.exercise().avoidWhen()).doesNotContain(AvoidFlag.SAFETY_CONCERN));
        }

        @Test
        void without_the_condition_deep_prompts_and_flagged_exercises_are_offered() {
            IntimacyProfile profile = lowIn(Map.of(Dimension.VULNERABILITY, 30.0));

            Plan plan = recommender.recommend(RecommendationRequest.forProfile(profile)
                    .addAllHistory(deepHistory())
                    .promptCount(3)
                    .exerciseCount(7)
                    .build());

            assertThat(plan.isGated()).isFalse();
            assertThat(plan.careNotes()).isEmpty();
            assertThat(plan.prompts())
                    .allSatisfy(p -> assertThat(p.prompt().depth()).isEqualTo(3));
            assertThat(plan.exercises())
                    .anySatisfy(e -> assertThat(e.exercise().avoidWhen()).contains(AvoidFlag.SAFETY_CONCERN));
        }

        @Test
        void a_composite_index_in_the_growth_band_gates_the_plan() {
            Plan plan = recommender.recommend(
                    RecommendationRequest.forProfile(Profiles.flat(45.0)).build());

            assertThat(plan.careTriggers()).containsExactlyInAnyOrder(CareTrigger.TRUST_LOW, CareTrigger.COMPOSITE_LOW);
            assertThat(plan.careNotes())
                    .extracting(n -> n.note().id())
                    .containsExactly(ContentId.of("care-trust-low"), ContentId.of("care-composite-low"));
        }

        @Test
        void a_positively_keyed_safety_item_answered_low_gates_the_plan() {
            Plan plan = recommender.recommend(RecommendationRequest.forProfile(strong, Profiles.assessment(2, 1))
                    .build());

            assertThat(plan.careTriggers()).containsExactly(CareTrigger.SAFETY_ITEM);
            assertThat(plan.careNotes()).extracting(n -> n.note().id()).containsExactly(ContentId.of("care-safety"));
        }

        @Test
        void a_reverse_keyed_safety_item_is_judged_on_its_keyed_value() {
            // TRU-06 is reverse-keyed: an answer of 4 is a keyed 2 (a concern), an answer of 2 a keyed 4.
            Plan concern = recommender.recommend(RecommendationRequest.forProfile(strong, Profiles.assessment(5, 4))
                    .build());
            Plan fine = recommender.recommend(RecommendationRequest.forProfile(strong, Profiles.assessment(5, 2))
                    .build());

            assertThat(concern.careTriggers()).containsExactly(CareTrigger.SAFETY_ITEM);
            assertThat(fine.careTriggers()).isEmpty();
            assertThat(fine.careNotes()).isEmpty();
        }

        @Test
        void skipped_safety_items_raise_no_concern() {
            Assessment skipped = Assessment.builder()
                    .respondent(Profiles.RESPONDENT)
                    .instrument(Profiles.CORE)
                    .completedAt(Instant.parse("2026-11-27T10:00:00Z"))
                    .putAnswers(ItemId.of("TRU-05"), Answer.declined())
                    .build();

            Plan plan = recommender.recommend(
                    RecommendationRequest.forProfile(strong, skipped).build());

            assertThat(plan.isGated()).isFalse();
        }

        @Test
        void exercises_flagged_with_a_declared_condition_are_withheld() {
            IntimacyProfile profile = lowIn(Map.of(Dimension.TRUST, 60.0, Dimension.COMMUNICATION, 65.0));

            Plan plan = recommender.recommend(RecommendationRequest.forProfile(profile)
                    .addAvoid(AvoidFlag.HIGH_CONFLICT)
                    .exerciseCount(12)
                    .build());

            assertThat(plan.exercises())
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.exercise().avoidWhen()).doesNotContain(AvoidFlag.HIGH_CONFLICT));
            assertThat(plan.isGated()).isFalse();
        }
    }

    @Nested
    class Requests {

        private final IntimacyProfile profile = Profiles.flat(85.0);

        @Test
        void an_assessment_of_another_respondent_is_refused() {
            Assessment other = Assessment.builder()
                    .respondent(RespondentId.of("r-2"))
                    .instrument(Profiles.CORE)
                    .completedAt(Instant.parse("2026-11-27T10:00:00Z"))
                    .build();

            assertThatThrownBy(() -> recommender.recommend(
                            RecommendationRequest.forProfile(profile, other).build()))
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.INVALID_REQUEST))
                    .hasMessageContaining("assessment of respondent r-2 does not belong to the profile of r-1");
        }

        @Test
        void a_prediction_is_refused() {
            Assessment prediction = Assessment.builder()
                    .respondent(Profiles.RESPONDENT)
                    .instrument(Profiles.CORE)
                    .completedAt(Instant.parse("2026-11-27T10:00:00Z"))
                    .predicts(RespondentId.of("r-2"))
                    .build();

            assertThatThrownBy(() -> recommender.recommend(RecommendationRequest.forProfile(profile, prediction)
                            .build()))
                    .isInstanceOf(ContentException.class)
                    .hasMessageContaining("is a prediction of r-2's answers");
        }

        @Test
        void an_assessment_of_another_version_is_refused() {
            Assessment v2 = Assessment.builder()
                    .respondent(Profiles.RESPONDENT)
                    .instrument(InstrumentRef.of(InstrumentId.of("intimacy-core"), SemanticVersion.of(2, 0, 0)))
                    .completedAt(Instant.parse("2026-11-27T10:00:00Z"))
                    .build();

            assertThatThrownBy(() -> recommender.recommend(
                            RecommendationRequest.forProfile(profile, v2).build()))
                    .isInstanceOf(ContentException.class)
                    .hasMessageContaining("intimacy-core@2.0.0 but the pack has intimacy-core@1.0.0");
        }

        @Test
        void a_safety_answer_outside_the_scale_is_refused_naming_the_item_and_the_scale() {
            assertThatThrownBy(() ->
                            recommender.recommend(RecommendationRequest.forProfile(profile, Profiles.assessment(9, 3))
                                    .build()))
                    .isInstanceOf(ContentException.class)
                    .hasMessage("item TRU-05: answer 9 is outside the scale 1..5 of intimacy-core@1.0.0");
        }

        @Test
        void counts_outside_their_range_are_refused() {
            assertThatThrownBy(() -> RecommendationRequest.forProfile(profile)
                            .promptCount(51)
                            .build())
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.code()).isEqualTo("CONTENT_INVALID_REQUEST"))
                    .hasMessageContaining("must each be in 0..50");
            assertThatThrownBy(() -> RecommendationRequest.forProfile(profile)
                            .exerciseCount(-1)
                            .build())
                    .isInstanceOf(ContentException.class);
            assertThatThrownBy(() -> RecommendationRequest.forProfile(profile)
                            .unlockDeeperAfter(0)
                            .build())
                    .hasMessageContaining("unlockDeeperAfter 0 must be at least 1");
            assertThatThrownBy(() -> RecommendationRequest.forProfile(profile)
                            .focusWhenNoGrowth(7)
                            .build())
                    .hasMessageContaining("focusWhenNoGrowth 7 must be in 1..6");
        }

        @Test
        void a_plan_may_hold_no_prompt_and_no_exercise() {
            Plan plan = recommender.recommend(RecommendationRequest.forProfile(profile)
                    .promptCount(0)
                    .exerciseCount(0)
                    .build());

            assertThat(plan.prompts()).isEmpty();
            assertThat(plan.exercises()).isEmpty();
            assertThat(plan.focus()).isNotEmpty();
        }

        @Test
        void a_request_prints_no_answer_or_score() {
            RecommendationRequest r = RecommendationRequest.forProfile(profile, Profiles.assessment(1, 5))
                    .build();

            assertThat(r.toString())
                    .isEqualTo(
                            "RecommendationRequest[respondent=r-1, locale=default, history=0, seed=0, prompts=3, exercises=1]");
        }
    }

    @Nested
    class Texts {

        private final IntimacyProfile profile = lowIn(Map.of(Dimension.DISCLOSURE, 20.0));

        @Test
        void the_plan_carries_the_texts_of_the_requested_locale() {
            Plan en = recommender.recommend(
                    RecommendationRequest.forProfile(profile).exerciseCount(1).build());
            Plan es = recommender.recommend(RecommendationRequest.forProfile(profile)
                    .locale(Locale.forLanguageTag("es"))
                    .exerciseCount(1)
                    .build());

            assertThat(es.contentIds()).isEqualTo(en.contentIds());
            assertThat(en.locale()).isEqualTo("en");
            assertThat(es.locale()).isEqualTo("es");
            PlannedPrompt p = es.prompts().get(0);
            assertThat(p.text())
                    .isEqualTo(PACK.texts(Locale.forLanguageTag("es"))
                            .text(p.prompt().textKey()));
            assertThat(p.text()).isNotEqualTo(en.prompts().get(0).text());
            assertThat(p.followUp()).isPresent();
            PlannedExercise e = es.exercises().get(0);
            assertThat(e.steps()).hasSize(e.exercise().stepKeys().size());
            assertThat(e.title())
                    .isEqualTo(PACK.texts(Locale.forLanguageTag("es"))
                            .text(e.exercise().titleKey()));
        }

        @Test
        void a_regional_locale_falls_back_to_its_language() {
            Plan mx = recommender.recommend(RecommendationRequest.forProfile(profile)
                    .locale(Locale.forLanguageTag("es-MX"))
                    .build());
            Plan es = recommender.recommend(RecommendationRequest.forProfile(profile)
                    .locale(Locale.forLanguageTag("es"))
                    .build());

            assertThat(mx.locale()).isEqualTo("es-MX");
            assertThat(mx.prompts())
                    .extracting(PlannedPrompt::text)
                    .isEqualTo(es.prompts().stream().map(PlannedPrompt::text).collect(Collectors.toList()));
        }

        @Test
        void a_plan_round_trips_through_json() {
            Plan plan = recommender.recommend(RecommendationRequest.forProfile(Profiles.flat(40.0))
                    .locale(Locale.forLanguageTag("es"))
                    .exerciseCount(2)
                    .build());

            String json = IntimacyJson.write(plan);
            Plan back = IntimacyJson.read(json, Plan.class);

            assertThat(back).isEqualTo(plan);
            assertThat(json)
                    .contains("\"careTriggers\"")
                    .contains("\"TRUST_LOW\"")
                    .contains("\"pr-");
            assertThat(json).doesNotContain("gated").doesNotContain("contentIds");
        }
    }
}

package dev.intimacy.content.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.intimacy.content.AvoidFlag;
import dev.intimacy.content.CareTrigger;
import dev.intimacy.content.ContentException;
import dev.intimacy.content.ContentPacks;
import dev.intimacy.content.Prompt;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.couple.CouplePattern;
import dev.intimacy.model.couple.CoupleProfile;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoupleRecommenderTest {

    private final Recommender recommender = Recommender.of(ContentPacks.bundled());

    private static Map<Dimension, Double> all(double pomp) {
        Map<Dimension, Double> m = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            m.put(d, pomp);
        }
        return m;
    }

    @Test
    void a_couples_focus_is_where_a_partner_grows_or_the_two_see_things_differently_lowest_partner_first() {
        Map<Dimension, Double> one = all(80.0);
        Map<Dimension, Double> two = all(80.0);
        two.put(Dimension.NURTURING, 45.0); // 35 apart: discrepant, lower partner 45
        one.put(Dimension.EMPATHY, 40.0);
        two.put(Dimension.EMPATHY, 42.0); // shared growth, lower partner 40
        CoupleProfile couple = Couples.couple(one, two);

        Plan plan =
                recommender.recommend(RecommendationRequest.forCouple(couple).build());

        assertThat(plan.focus())
                .extracting(FocusArea::dimension)
                .containsExactly(Dimension.EMPATHY, Dimension.NURTURING);
        assertThat(plan.focus())
                .extracting(FocusArea::reason)
                .containsExactly(FocusArea.Reason.GROWTH, FocusArea.Reason.DISCREPANT);
        assertThat(plan.focus().get(0).pomp().getAsDouble()).isEqualTo(41.0); // the couple's mean
        assertThat(plan.isGated()).isFalse();
        assertThat(plan.prompts())
                .allSatisfy(p -> assertThat(p.prompt().dimension()).isIn(Dimension.EMPATHY, Dimension.NURTURING));
    }

    @Test
    void partners_far_apart_on_trust_get_no_high_conflict_exercises_and_the_care_note_of_the_partner_who_is_low() {
        Map<Dimension, Double> one = all(80.0);
        Map<Dimension, Double> two = all(80.0);
        two.put(Dimension.TRUST, 30.0);
        CoupleProfile couple = Couples.couple(one, two);
        assertThat(couple.dimension(Dimension.TRUST).orElseThrow().pattern()).contains(CouplePattern.DISCREPANT);

        Plan plan = recommender.recommend(RecommendationRequest.forCouple(couple)
                .exerciseCount(40)
                .promptCount(30)
                .build());

        assertThat(plan.careTriggers()).containsExactly(CareTrigger.TRUST_LOW);
        assertThat(plan.isGated()).isTrue();
        assertThat(plan.exercises())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.exercise().avoidWhen())
                        .doesNotContain(AvoidFlag.HIGH_CONFLICT, AvoidFlag.SAFETY_CONCERN));
        assertThat(plan.prompts()).noneSatisfy(p -> {
            assertThat(p.prompt().depth()).isEqualTo(Prompt.MAX_DEPTH);
            assertThat(p.prompt().dimension()).isIn(Dimension.VULNERABILITY, Dimension.DISCLOSURE);
        });
    }

    @Test
    void a_safety_answer_of_either_partner_brings_the_safety_care_note() {
        CoupleProfile couple = Couples.couple(all(80.0), all(80.0));
        Plan calm = recommender.recommend(RecommendationRequest.forCouple(
                        couple, Couples.assessment(Couples.ONE, 5, 1), Couples.assessment(Couples.TWO, 5, 1))
                .build());
        Plan concern = recommender.recommend(RecommendationRequest.forCouple(
                        couple, Couples.assessment(Couples.ONE, 5, 1), Couples.assessment(Couples.TWO, 2, 1))
                .build());

        assertThat(calm.careTriggers()).isEmpty();
        assertThat(concern.careTriggers()).containsExactly(CareTrigger.SAFETY_ITEM);
        assertThat(concern.careNotes())
                .singleElement()
                .satisfies(n -> assertThat(n.text()).contains("safe"));
    }

    @Test
    void an_assessment_of_someone_outside_the_couple_is_refused() {
        CoupleProfile couple = Couples.couple(all(80.0), all(80.0));
        RecommendationRequest request = RecommendationRequest.forCouple(
                        couple, Couples.assessment(Couples.ONE, 5, 1), Couples.assessment(RespondentId.of("x"), 5, 1))
                .build();

        assertThatThrownBy(() -> recommender.recommend(request))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("respondent x does not belong to the couple of p-1 and p-2");
    }

    @Test
    void a_request_names_a_person_or_a_couple_not_both() {
        CoupleProfile couple = Couples.couple(all(80.0), all(80.0));
        assertThatThrownBy(() -> RecommendationRequest.forCouple(couple)
                        .profile(couple.first())
                        .build())
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("not both");
    }

    @Test
    void couple_plans_never_break_the_gating_and_conflict_rules_and_are_deterministic() {
        qt().withExamples(300)
                .forAll(
                        lists().of(integers().between(0, 100)).ofSize(12),
                        integers().all())
                .checkAssert((pomps, seed) -> {
                    Map<Dimension, Double> one = new EnumMap<>(Dimension.class);
                    Map<Dimension, Double> two = new EnumMap<>(Dimension.class);
                    for (Dimension d : Dimension.values()) {
                        one.put(d, (double) pomps.get(d.ordinal()));
                        two.put(d, (double) pomps.get(6 + d.ordinal()));
                    }
                    CoupleProfile couple = Couples.couple(one, two);
                    RecommendationRequest request = RecommendationRequest.forCouple(couple)
                            .seed(seed)
                            .promptCount(8)
                            .exerciseCount(6)
                            .build();
                    Plan plan = recommender.recommend(request);

                    assertThat(recommender.recommend(request)).isEqualTo(plan);
                    boolean conflict = List.of(Dimension.TRUST, Dimension.COMMUNICATION).stream()
                            .anyMatch(d ->
                                    couple.dimension(d).orElseThrow().pattern().orElseThrow()
                                            == CouplePattern.DISCREPANT);
                    if (conflict) {
                        assertThat(plan.exercises())
                                .allSatisfy(e ->
                                        assertThat(e.exercise().avoidWhen()).doesNotContain(AvoidFlag.HIGH_CONFLICT));
                    }
                    if (plan.isGated()) {
                        assertThat(plan.exercises())
                                .allSatisfy(e ->
                                        assertThat(e.exercise().avoidWhen()).doesNotContain(AvoidFlag.SAFETY_CONCERN));
                        assertThat(plan.prompts())
                                .noneMatch(p -> p.prompt().depth() == Prompt.MAX_DEPTH
                                        && (p.prompt().dimension() == Dimension.VULNERABILITY
                                                || p.prompt().dimension() == Dimension.DISCLOSURE));
                    }
                    boolean trustLow =
                            pomps.get(Dimension.TRUST.ordinal()) < 50 || pomps.get(6 + Dimension.TRUST.ordinal()) < 50;
                    assertThat(plan.careTriggers().contains(CareTrigger.TRUST_LOW))
                            .isEqualTo(trustLow);
                });
    }
}

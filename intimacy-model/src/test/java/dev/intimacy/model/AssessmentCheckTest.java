package dev.intimacy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.answer.AssessmentProblem;
import dev.intimacy.model.answer.InvalidAssessmentException;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.instrument.Perspective;
import dev.intimacy.model.instrument.ResponseScale;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AssessmentCheckTest {

    private final Instrument instrument = Instrument.builder()
            .id(InstrumentId.of("check"))
            .version(SemanticVersion.of(1, 2, 0))
            .titleKey("t")
            .scale(ResponseScale.of(1, 5))
            .addCovers(Dimension.TRUST)
            .addItems(
                    Item.builder()
                            .id(ItemId.of("T1"))
                            .dimension(Dimension.TRUST)
                            .keying(Keying.POSITIVE)
                            .perspective(Perspective.SELF)
                            .textKey("k1")
                            .build(),
                    Item.builder()
                            .id(ItemId.of("T2"))
                            .dimension(Dimension.TRUST)
                            .keying(Keying.REVERSE)
                            .perspective(Perspective.PARTNER)
                            .textKey("k2")
                            .build())
            .build();

    private Assessment.Builder assessment(String ref) {
        return Assessment.builder()
                .respondent(RespondentId.of("r-7"))
                .instrument(InstrumentRef.parse(ref))
                .completedAt(Instant.EPOCH);
    }

    @Test
    void a_fitting_assessment_has_no_problems() {
        Assessment a = assessment("check@1.2.0")
                .putAnswers(ItemId.of("T1"), Answer.of(5))
                .putAnswers(ItemId.of("T2"), Answer.declined())
                .build();

        assertThat(a.problemsAgainst(instrument)).isEmpty();
        assertThat(a.requireValidFor(instrument)).isSameAs(a);
    }

    @Test
    void every_problem_is_reported_at_once_naming_the_item_and_what_is_allowed() {
        Assessment a = assessment("check@1.1.0")
                .putAnswers(ItemId.of("T1"), Answer.of(9))
                .putAnswers(ItemId.of("T2"), Answer.of(0))
                .putAnswers(ItemId.of("X9"), Answer.of(3))
                .build();

        assertThat(a.problemsAgainst(instrument))
                .extracting(AssessmentProblem::kind)
                .containsExactly(
                        AssessmentProblem.Kind.WRONG_VERSION,
                        AssessmentProblem.Kind.OUT_OF_SCALE,
                        AssessmentProblem.Kind.OUT_OF_SCALE,
                        AssessmentProblem.Kind.UNKNOWN_ITEM);
        assertThatThrownBy(() -> a.requireValidFor(instrument))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContainingAll(
                        "assessment of respondent r-7 for check@1.2.0 has 4 problems",
                        "version 1.1.0 of check, not version 1.2.0",
                        "item T1: answer 9 is outside the scale 1..5",
                        "item T2: answer 0 is outside the scale 1..5",
                        "item X9: not an item of check@1.2.0")
                .satisfies(e ->
                        assertThat(((InvalidAssessmentException) e).code()).isEqualTo("MODEL_ASSESSMENT_MISMATCH"));
    }

    @Test
    void an_error_never_shows_a_valid_answer() {
        Assessment a = assessment("check@1.2.0")
                .putAnswers(ItemId.of("T1"), Answer.of(4))
                .putAnswers(ItemId.of("T2"), Answer.of(7))
                .build();

        assertThatThrownBy(() -> a.requireValidFor(instrument))
                .hasMessageContaining("answer 7")
                .hasMessageNotContaining("4");
    }

    @Test
    void an_assessment_for_another_instrument_is_reported() {
        Assessment a = assessment("other@1.2.0").build();

        assertThat(a.problemsAgainst(instrument))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("assessment is for instrument other, not check"));
    }

    @Test
    void skipped_and_declined_stay_different_facts() {
        Assessment a = assessment("check@1.2.0")
                .putAnswers(ItemId.of("T1"), Answer.skipped())
                .putAnswers(ItemId.of("T2"), Answer.declined())
                .build();

        assertThat(a.answer(ItemId.of("T1")).kind()).isEqualTo(Answer.Kind.SKIPPED);
        assertThat(a.answer(ItemId.of("T2")).kind()).isEqualTo(Answer.Kind.DECLINED);
        assertThat(a.answer(ItemId.of("T1"))).isNotEqualTo(a.answer(ItemId.of("T2")));
        assertThat(a.answer(ItemId.of("ABSENT"))).isEqualTo(Answer.skipped());
    }
}

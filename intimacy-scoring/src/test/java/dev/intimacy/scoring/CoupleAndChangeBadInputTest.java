package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.DyadId;
import dev.intimacy.model.IntimacyException;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.SemanticVersion;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.answer.Dyad;
import dev.intimacy.model.change.CheckIn;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.instrument.DeclaredReliability;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.change.ChangeAnalysis;
import dev.intimacy.scoring.couple.CoupleScorer;
import dev.intimacy.scoring.couple.DyadStatistics;
import dev.intimacy.scoring.couple.PatternRules;
import dev.intimacy.scoring.reliability.ReliabilityAnalysis;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per bad input to couple scoring, dyad statistics and change analysis: the stable code and the key
 * parts of the message (what, where, what is allowed).
 */
class CoupleAndChangeBadInputTest {

    private static final DeclaredReliability R = DeclaredReliability.builder()
            .reliability(0.8)
            .standardDeviation(0.7)
            .build();
    private static final Instrument I = TestInstruments.sixByThree(1, 5);
    private static final Instrument I2 = TestInstruments.sixByThree(1, 5, SemanticVersion.of(2, 0, 0), null);
    private static final Instrument DECLARED = TestInstruments.sixByThree(1, 5, SemanticVersion.of(1, 0, 0), R);
    private static final Instrument DECLARED2 = TestInstruments.sixByThree(1, 5, SemanticVersion.of(2, 0, 0), R);
    private static final Instrument TRUST = TestInstruments.trustOnly(1, 5, 2, null);
    private static final CoupleScorer SCORER =
            CoupleScorer.of(ScoringEngine.builder(I).build());
    private static final int[] CODES = new int[20];

    static {
        Arrays.fill(CODES, 2);
    }

    private static Assessment own(Instrument instrument, String who) {
        return TestInstruments.assessment(instrument, CODES, who);
    }

    private static Assessment guess(Instrument instrument, String who, String of) {
        return TestInstruments.prediction(instrument, CODES, who, of);
    }

    private static IntimacyProfile profile(Instrument instrument, String who) {
        return ScoringEngine.builder(instrument).build().score(own(instrument, who));
    }

    private static IntimacyProfile summed(Instrument instrument, String who) {
        return ScoringEngine.builder(instrument).strategy("sum").build().score(own(instrument, who));
    }

    private static CoupleProfile couple(Instrument instrument, String a, String b) {
        return CoupleScorer.of(ScoringEngine.builder(instrument).build())
                .scoreCouple(own(instrument, a), own(instrument, b));
    }

    static Stream<Arguments> rows() {
        Instant t = Instant.parse("2026-03-01T20:00:00Z");
        ChangeAnalysis analysis = ChangeAnalysis.builder(DECLARED).build();
        return Stream.of(
                row(
                        "partners on different instruments",
                        () -> SCORER.scoreCouple(own(I, "alex"), own(TRUST, "sam")),
                        "SCORING_COUPLE_MISMATCH",
                        "different instruments",
                        "alex answered six-by-three@1.0.0",
                        "sam answered trust-only@1.0.0",
                        "same instrument version"),
                row(
                        "partners on different versions",
                        () -> SCORER.scoreCouple(own(I, "alex"), own(I2, "sam")),
                        "SCORING_COUPLE_MISMATCH",
                        "sam answered six-by-three@2.0.0"),
                row(
                        "the same respondent twice",
                        () -> SCORER.scoreCouple(own(I, "alex"), own(I, "alex")),
                        "SCORING_COUPLE_MISMATCH",
                        "both assessments are of respondent alex",
                        "two different respondents"),
                row(
                        "a prediction given as a partner's own answers",
                        () -> SCORER.scoreCouple(own(I, "alex"), guess(I, "sam", "alex")),
                        "SCORING_COUPLE_MISMATCH",
                        "respondent sam predicts alex's answers",
                        "pass predictions separately"),
                row(
                        "both answer an instrument the engine does not score",
                        () -> SCORER.scoreCouple(own(TRUST, "alex"), own(TRUST, "sam")),
                        "MODEL_ASSESSMENT_MISMATCH",
                        "respondent alex",
                        "not six-by-three"),
                row(
                        "a respondent outside the dyad",
                        () -> SCORER.scoreCouple(
                                Dyad.of(DyadId.of("couple-9"), RespondentId.of("alex"), RespondentId.of("kim")),
                                own(I, "alex"),
                                own(I, "sam"),
                                List.of()),
                        "SCORING_COUPLE_MISMATCH",
                        "respondent sam is not a partner of dyad couple-9",
                        "alex and kim"),
                row(
                        "a prediction of the wrong person",
                        () -> SCORER.scoreCouple(own(I, "alex"), own(I, "sam"), List.of(guess(I, "alex", "kim"))),
                        "SCORING_INVALID_PREDICTION",
                        "prediction by alex predicts kim's answers",
                        "alex's partner is sam"),
                row(
                        "a prediction by someone outside the couple",
                        () -> SCORER.scoreCouple(own(I, "alex"), own(I, "sam"), List.of(guess(I, "kim", "sam"))),
                        "SCORING_INVALID_PREDICTION",
                        "kim is not a partner of this couple (alex and sam)"),
                row(
                        "own answers given as a prediction",
                        () -> SCORER.scoreCouple(own(I, "alex"), own(I, "sam"), List.of(own(I, "alex"))),
                        "SCORING_INVALID_PREDICTION",
                        "respondent alex was given as a prediction but is not one"),
                row(
                        "two predictions the same way",
                        () -> SCORER.scoreCouple(
                                own(I, "alex"),
                                own(I, "sam"),
                                List.of(guess(I, "alex", "sam"), guess(I, "alex", "sam"))),
                        "SCORING_INVALID_PREDICTION",
                        "two predictions by alex of sam",
                        "at most one each way"),
                row(
                        "a prediction on another version",
                        () -> SCORER.scoreCouple(own(I, "alex"), own(I, "sam"), List.of(guess(I2, "alex", "sam"))),
                        "SCORING_INVALID_PREDICTION",
                        "prediction by alex is for six-by-three@2.0.0",
                        "sam answered six-by-three@1.0.0"),
                row(
                        "understanding compared with another prediction",
                        () -> SCORER.understanding(guess(I, "alex", "sam"), guess(I, "sam", "alex")),
                        "SCORING_INVALID_PREDICTION",
                        "must be their own answers",
                        "sam's assessment predicts alex's answers"),
                row(
                        "understanding from an assessment that is no prediction",
                        () -> SCORER.understanding(own(I, "alex"), own(I, "sam")),
                        "SCORING_INVALID_PREDICTION",
                        "respondent alex is not a prediction"),
                row(
                        "topic threshold of zero",
                        () -> CoupleScorer.builder(ScoringEngine.builder(I).build())
                                .topicThreshold(0),
                        "SCORING_INVALID_CONFIGURATION",
                        "topic threshold 0 scale points is outside 1..4",
                        "1..5"),
                row(
                        "discrepancy threshold of zero",
                        () -> PatternRules.of(0),
                        "SCORING_INVALID_CONFIGURATION",
                        "discrepantFrom is 0.0 POMP points",
                        "above 0, at most 100"),
                row(
                        "no couples",
                        () -> DyadStatistics.similarity(List.of()),
                        "SCORING_INVALID_SAMPLE",
                        "no couples given"),
                row(
                        "couples on different versions",
                        () -> DyadStatistics.similarity(List.of(couple(I, "a", "b"), couple(I2, "c", "d"))),
                        "SCORING_INVALID_SAMPLE",
                        "couple 2 (c & d) answered six-by-three@2.0.0",
                        "one instrument version required"),
                row(
                        "a respondent in two couples",
                        () -> DyadStatistics.similarity(List.of(couple(I, "a", "b"), couple(I, "c", "a"))),
                        "SCORING_INVALID_SAMPLE",
                        "respondent a appears in couples 1 and 2",
                        "independent couples"),
                row(
                        "paired scores of different lengths",
                        () -> DyadStatistics.icc(new double[] {1, 2}, new double[] {1}),
                        "SCORING_INVALID_SAMPLE",
                        "differ in length: 2 and 1"),
                row(
                        "a score that is not a number",
                        () -> DyadStatistics.pearson(new double[] {1, Double.NaN}, new double[] {1, 2}),
                        "SCORING_INVALID_SAMPLE",
                        "couple 2: scores NaN and 2.0",
                        "finite"),
                row(
                        "no reliability anywhere",
                        () -> ChangeAnalysis.builder(I).build(),
                        "SCORING_NO_RELIABILITY",
                        "no reliability for the Reliable Change Index of six-by-three@1.0.0",
                        "DISCLOSURE (the instrument declares no reliability for it)",
                        "NURTURING",
                        "declaredReliability",
                        "ReliabilityReport"),
                row(
                        "a report without alpha and no declared reliability",
                        () -> ChangeAnalysis.builder(TRUST)
                                .reliability(ReliabilityAnalysis.builder(TRUST)
                                        .build()
                                        .analyze(List.of(own(TRUST, "x"))))
                                .build(),
                        "SCORING_NO_RELIABILITY",
                        "TRUST (the reliability report has no alpha for it",
                        "the instrument declares no reliability for it)"),
                row(
                        "a restriction to an uncovered dimension",
                        () -> ChangeAnalysis.builder(TRUST).dimensions(Set.of(Dimension.EMPATHY)),
                        "SCORING_INVALID_CONFIGURATION",
                        "EMPATHY is not covered",
                        "covers [TRUST]"),
                row(
                        "a change between two respondents",
                        () -> analysis.change(profile(DECLARED, "alex"), profile(DECLARED, "sam")),
                        "SCORING_CHANGE_MISMATCH",
                        "before is the profile of alex, after of sam",
                        "compare couple profiles"),
                row(
                        "a change across versions",
                        () -> analysis.change(profile(DECLARED, "alex"), profile(DECLARED2, "alex")),
                        "SCORING_CHANGE_MISMATCH",
                        "before was scored on six-by-three@1.0.0, after on six-by-three@2.0.0",
                        "one instrument version required"),
                row(
                        "a change of profiles of another instrument",
                        () -> analysis.change(profile(DECLARED2, "alex"), profile(DECLARED2, "alex")),
                        "SCORING_CHANGE_MISMATCH",
                        "is for six-by-three@2.0.0, but this analysis is for six-by-three@1.0.0"),
                row(
                        "a change across strategies",
                        () -> analysis.change(summed(DECLARED, "alex"), profile(DECLARED, "alex")),
                        "SCORING_CHANGE_MISMATCH",
                        "before was scored with strategy 'sum', after with 'mean'",
                        "one strategy required"),
                row(
                        "check-ins in the wrong order",
                        () -> analysis.change(
                                CheckIn.of(t.plusSeconds(60), profile(DECLARED, "alex")),
                                CheckIn.of(t, profile(DECLARED, "alex"))),
                        "SCORING_CHANGE_MISMATCH",
                        "the 'before' check-in of alex (2026-03-01T20:01:00Z) is not earlier than the 'after' check-in"
                                + " (2026-03-01T20:00:00Z)"),
                row(
                        "a timeline without check-ins",
                        () -> analysis.timeline(List.of()),
                        "SCORING_INVALID_SAMPLE",
                        "at least one check-in"),
                row(
                        "a timeline with two check-ins at one time",
                        () -> analysis.timeline(List.of(
                                CheckIn.of(t, profile(DECLARED, "alex")), CheckIn.of(t, profile(DECLARED, "alex")))),
                        "SCORING_INVALID_SAMPLE",
                        "two check-ins at 2026-03-01T20:00:00Z"),
                row(
                        "a timeline of two respondents",
                        () -> analysis.timeline(List.of(
                                CheckIn.of(t, profile(DECLARED, "alex")),
                                CheckIn.of(t.plusSeconds(60), profile(DECLARED, "sam")))),
                        "SCORING_CHANGE_MISMATCH",
                        "the check-in at 2026-03-01T20:00:00Z is the profile of alex",
                        "the check-in at 2026-03-01T20:01:00Z of sam"),
                row(
                        "a couple's change between different couples",
                        () -> analysis.change(couple(DECLARED, "alex", "sam"), couple(DECLARED, "alex", "kim")),
                        "SCORING_CHANGE_MISMATCH",
                        "the couples differ: before alex & sam, after alex & kim"));
    }

    private static Arguments row(String name, ThrowingCallable call, String code, String... parts) {
        return Arguments.of(name, call, code, parts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void bad_input_is_a_clear_error(String name, ThrowingCallable call, String code, String[] parts) {
        assertThatThrownBy(call)
                .isInstanceOf(IntimacyException.class)
                .satisfies(e -> assertThat(((IntimacyException) e).code()).isEqualTo(code))
                .hasMessageContainingAll(parts);
    }
}

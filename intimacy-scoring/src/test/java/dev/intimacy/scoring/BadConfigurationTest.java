package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.IntimacyException;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.scoring.batch.ResponseMatrix;
import dev.intimacy.scoring.norms.Norm;
import dev.intimacy.scoring.norms.Norms;
import dev.intimacy.scoring.reliability.ReliabilityAnalysis;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per bad configuration or bad batch input: the exception, its code and the key parts of its message. */
class BadConfigurationTest {

    private static final Instrument I = TestInstruments.sixByThree(1, 5);
    private static final Instrument TRUST_ONLY = Fixtures.instrument(List.of("B1", "B2"), java.util.Set.of());

    static Stream<Arguments> rows() {
        List<ItemId> twoColumns = List.of(ItemId.of("TRU-1"), ItemId.of("TRU-2"));
        return Stream.of(
                row(
                        "negative composite weight",
                        () -> ScoringEngine.builder(I)
                                .compositeWeights(Map.of(Dimension.TRUST, -1.0))
                                .build(),
                        "SCORING_INVALID_CONFIGURATION",
                        "composite weight for TRUST is -1.0",
                        "at least 0"),
                row(
                        "infinite composite weight",
                        () -> ScoringEngine.builder(I)
                                .compositeWeights(Map.of(Dimension.TRUST, Double.POSITIVE_INFINITY))
                                .build(),
                        "SCORING_INVALID_CONFIGURATION",
                        "Infinity",
                        "finite"),
                row(
                        "all composite weights zero",
                        () -> ScoringEngine.builder(I)
                                .compositeWeights(Map.of(Dimension.TRUST, 0.0))
                                .build(),
                        "SCORING_INVALID_CONFIGURATION",
                        "all 0"),
                row(
                        "weight for an uncovered dimension",
                        () -> ScoringEngine.builder(TRUST_ONLY)
                                .compositeWeights(Map.of(Dimension.EMPATHY, 1.0))
                                .build(),
                        "SCORING_INVALID_CONFIGURATION",
                        "composite weight for EMPATHY",
                        "does not cover it"),
                row(
                        "item weight for an unknown item",
                        () -> ScoringEngine.builder(I)
                                .itemWeights(Map.of(ItemId.of("X"), 1.0))
                                .build(),
                        "SCORING_INVALID_CONFIGURATION",
                        "item weight for X",
                        "not an item"),
                row(
                        "zero item weight",
                        () -> ScoringEngine.builder(I)
                                .itemWeights(Map.of(ItemId.of("TRU-1"), 0.0))
                                .build(),
                        "SCORING_INVALID_CONFIGURATION",
                        "item weight for TRU-1 is 0.0",
                        "above 0"),
                row(
                        "unknown strategy id",
                        () -> ScoringEngine.builder(I).strategy("mode").build(),
                        "SCORING_UNKNOWN_STRATEGY",
                        "'mode'",
                        "mean, sum, weighted"),
                row(
                        "band cut points out of order",
                        () -> BandCutPoints.of(80, 60, 40, 60),
                        "SCORING_INVALID_CONFIGURATION",
                        "0 < growthBelow < strengthFrom <= 100"),
                row(
                        "T cut points out of order",
                        () -> BandCutPoints.of(50, 75, 60, 40),
                        "SCORING_INVALID_CONFIGURATION",
                        "growthBelow < strengthFrom"),
                row("norm with zero SD", () -> Norm.of(50, 0, 10), "SCORING_INVALID_NORMS", "SD 0.0"),
                row("norm with n of one", () -> Norm.of(50, 10, 1), "SCORING_INVALID_NORMS", "n >= 2"),
                row(
                        "norms from no usable profiles",
                        () -> Norms.fromProfiles(List.of(), "empty"),
                        "SCORING_INVALID_NORMS",
                        "no dimension can be normed from 0 profiles"),
                row(
                        "confidence level of one",
                        () -> ReliabilityAnalysis.builder(I).confidenceLevel(1),
                        "SCORING_INVALID_CONFIGURATION",
                        "confidence level 1.0"),
                row(
                        "matrix values not a multiple of the columns",
                        () -> ResponseMatrix.rowMajor(twoColumns, new int[] {1, 2, 3}, -1),
                        "SCORING_INVALID_MATRIX",
                        "3 values",
                        "2 columns"),
                row(
                        "matrix column repeated",
                        () -> ResponseMatrix.rowMajor(
                                List.of(ItemId.of("TRU-1"), ItemId.of("TRU-1")), new int[] {1, 2}, -1),
                        "SCORING_INVALID_MATRIX",
                        "column TRU-1 appears twice"),
                row(
                        "matrix with an unknown column",
                        () -> ScoringEngine.builder(I)
                                .build()
                                .scoreBatch(ResponseMatrix.rowMajor(List.of(ItemId.of("NOPE")), new int[] {1}, -1)),
                        "SCORING_INVALID_MATRIX",
                        "column NOPE is not an item of six-by-three@1.0.0"),
                row(
                        "matrix value outside the scale",
                        () -> ScoringEngine.builder(I)
                                .build()
                                .scoreBatch(ResponseMatrix.rowMajor(twoColumns, new int[] {1, 2, 3, 9}, -1)),
                        "SCORING_INVALID_MATRIX",
                        "row 2, item TRU-2: value 9 is outside the scale 1..5"),
                row(
                        "missing marker inside the scale",
                        () -> ScoringEngine.builder(I)
                                .build()
                                .scoreBatch(ResponseMatrix.rowMajor(twoColumns, new int[] {1, 2}, 3)),
                        "SCORING_INVALID_MATRIX",
                        "missing marker 3 lies inside the scale 1..5"),
                row(
                        "columnar matrix with ragged columns",
                        () -> ResponseMatrix.columnar(twoColumns, new int[][] {{1, 2}, {1}}, -1),
                        "SCORING_INVALID_MATRIX",
                        "column TRU-2 has 1 rows"),
                row(
                        "reliability on a value outside the scale",
                        () -> ReliabilityAnalysis.builder(I)
                                .build()
                                .analyze(ResponseMatrix.rowMajor(twoColumns, new int[] {1, 7}, -1)),
                        "SCORING_INVALID_MATRIX",
                        "row 1, item TRU-2: value 7 is outside the scale 1..5"));
    }

    private static Arguments row(String name, ThrowingCallable call, String code, String... parts) {
        return Arguments.of(name, call, code, parts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void bad_configuration_is_a_clear_error(String name, ThrowingCallable call, String code, String[] parts) {
        assertThatThrownBy(call)
                .isInstanceOf(IntimacyException.class)
                .satisfies(e -> assertThat(((IntimacyException) e).code()).isEqualTo(code))
                .hasMessageContainingAll(parts);
    }
}

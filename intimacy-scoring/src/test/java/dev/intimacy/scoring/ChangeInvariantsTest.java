package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.SemanticVersion;
import dev.intimacy.model.change.Change;
import dev.intimacy.model.change.ChangeClass;
import dev.intimacy.model.change.DimensionChange;
import dev.intimacy.model.instrument.DeclaredReliability;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.change.ChangeAnalysis;
import org.junit.jupiter.api.Test;

/** Invariants of the Reliable Change Index as properties, on profiles scored from generated answers. */
class ChangeInvariantsTest {

    private static DeclaredReliability declared(double sd) {
        return DeclaredReliability.builder()
                .reliability(0.8)
                .standardDeviation(sd)
                .build();
    }

    private static final Instrument I15 = TestInstruments.sixByThree(1, 5, SemanticVersion.of(1, 0, 0), declared(0.8));
    private static final ScoringEngine E15 = ScoringEngine.builder(I15).build();
    private static final ChangeAnalysis A15 = ChangeAnalysis.builder(I15).build();

    private static IntimacyProfile score(int[] codes) {
        return E15.score(TestInstruments.assessment(I15, codes));
    }

    private static ChangeClass opposite(ChangeClass c) {
        return switch (c) {
            case RELIABLE_IMPROVEMENT -> ChangeClass.RELIABLE_DETERIORATION;
            case RELIABLE_DETERIORATION -> ChangeClass.RELIABLE_IMPROVEMENT;
            case NO_RELIABLE_CHANGE -> ChangeClass.NO_RELIABLE_CHANGE;
        };
    }

    @Test
    void swapping_before_and_after_negates_every_difference_and_rci_and_mirrors_the_class() {
        qt().withExamples(1000)
                .forAll(TestInstruments.codes(I15), TestInstruments.codes(I15))
                .checkAssert((c1, c2) -> {
                    IntimacyProfile p1 = score(c1);
                    IntimacyProfile p2 = score(c2);
                    Change forward = A15.change(p1, p2);
                    Change backward = A15.change(p2, p1);
                    for (Dimension d : Dimension.values()) {
                        DimensionChange f = forward.dimension(d).orElseThrow();
                        DimensionChange b = backward.dimension(d).orElseThrow();
                        assertThat(b.rci().isPresent()).isEqualTo(f.rci().isPresent());
                        if (f.rci().isPresent()) {
                            assertThat(b.rci().getAsDouble()).isEqualTo(-f.rci().getAsDouble());
                            assertThat(b.difference().getAsDouble())
                                    .isEqualTo(-f.difference().getAsDouble());
                            assertThat(b.changeClass())
                                    .contains(opposite(f.changeClass().orElseThrow()));
                        }
                        assertThat(b.sem()).isEqualTo(f.sem());
                    }
                });
    }

    @Test
    void a_profile_compared_with_itself_has_rci_0_and_no_reliable_change() {
        qt().withExamples(1000).forAll(TestInstruments.codes(I15)).checkAssert(c -> {
            IntimacyProfile p = score(c);
            for (DimensionChange d : A15.change(p, p).dimensions().values()) {
                if (p.score(d.dimension()).orElseThrow().isScored()) {
                    assertThat(d.rci()).hasValue(0.0);
                    assertThat(d.changeClass()).contains(ChangeClass.NO_RELIABLE_CHANGE);
                } else {
                    assertThat(d.rci()).isEmpty();
                    assertThat(d.reason()).isPresent();
                }
            }
        });
    }

    @Test
    void the_class_is_reliable_exactly_when_the_difference_exceeds_the_reliable_difference() {
        qt().withExamples(1000)
                .forAll(TestInstruments.codes(I15), TestInstruments.codes(I15))
                .checkAssert((c1, c2) -> {
                    for (DimensionChange d :
                            A15.change(score(c1), score(c2)).dimensions().values()) {
                        if (d.rci().isEmpty()) {
                            continue;
                        }
                        double diff = d.difference().getAsDouble();
                        // Stay clear of the boundary, where rounding may fall either way.
                        if (Math.abs(Math.abs(diff) - d.reliableDifference()) < 1e-9) {
                            continue;
                        }
                        assertThat(d.changeClass().orElseThrow().isReliable())
                                .isEqualTo(Math.abs(diff) > d.reliableDifference());
                        assertThat(d.changeClass())
                                .contains(ChangeAnalysis.classify(d.rci().getAsDouble()));
                    }
                });
    }

    @Test
    void the_rci_does_not_depend_on_the_scales_units_when_the_declared_sd_is_in_the_same_units() {
        // 1..9 answers 2x − 1 are the 1..5 answers doubled, so the SD in scale points doubles too (0.8 → 1.6).
        Instrument i19 = TestInstruments.sixByThree(1, 9, SemanticVersion.of(1, 0, 0), declared(1.6));
        ScoringEngine e19 = ScoringEngine.builder(i19).build();
        ChangeAnalysis a19 = ChangeAnalysis.builder(i19).build();
        qt().withExamples(1000)
                .forAll(TestInstruments.codes(I15), TestInstruments.codes(I15))
                .checkAssert((c1, c2) -> {
                    Change small = A15.change(score(c1), score(c2));
                    Change wide = a19.change(
                            e19.score(TestInstruments.assessment(i19, doubled(c1))),
                            e19.score(TestInstruments.assessment(i19, doubled(c2))));
                    for (Dimension d : Dimension.values()) {
                        DimensionChange s = small.dimension(d).orElseThrow();
                        DimensionChange w = wide.dimension(d).orElseThrow();
                        assertThat(w.sem()).isCloseTo(s.sem(), within(1e-9));
                        if (s.rci().isPresent()) {
                            assertThat(w.rci().getAsDouble()).isCloseTo(s.rci().getAsDouble(), within(1e-9));
                            assertThat(w.scoreDifference().getAsDouble())
                                    .isCloseTo(2 * s.scoreDifference().getAsDouble(), within(1e-9));
                        }
                    }
                });
    }

    private static int[] doubled(int[] codes) {
        int[] out = codes.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] = codes[k] >= 0 ? 2 * codes[k] : codes[k];
        }
        return out;
    }
}

package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.instrument.ResponseScale;
import dev.intimacy.scoring.spi.ScoringStrategies;
import dev.intimacy.scoring.spi.ScoringStrategy;
import dev.intimacy.scoring.spi.StrategyContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * The contract every scoring strategy must pass, run over one registry list: the built-ins and every
 * strategy discovered through ServiceLoader (here also the test plug-in {@link MedianStrategy}).
 */
class ScoringStrategyContractTest {

    static Stream<ScoringStrategy> strategies() {
        List<ScoringStrategy> all = ScoringStrategies.discovered().all();
        assertThat(all).extracting(ScoringStrategy::id).contains("mean", "sum", "weighted", "median");
        return all.stream();
    }

    private static final ResponseScale SCALE = ResponseScale.of(1, 7);

    /** (expected items, answered values on 1..7, weights 1..5) */
    private static Gen<List<List<Integer>>> cases() {
        return integers()
                .between(1, 8)
                .flatMap(expected -> integers()
                        .between(1, expected)
                        .flatMap(answered -> lists().of(integers().between(1, 7))
                                .ofSize(answered)
                                .zip(
                                        lists().of(integers().between(1, 5)).ofSize(answered),
                                        (v, w) -> List.of(List.of(expected), v, w))));
    }

    private static StrategyContext context(List<List<Integer>> c) {
        List<Integer> v = c.get(1);
        List<Integer> w = c.get(2);
        int n = v.size();
        ItemId[] ids = new ItemId[n];
        double[] keyed = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = ItemId.of("I" + i);
            keyed[i] = v.get(i);
            weights[i] = w.get(i);
        }
        return StrategyContext.of(
                Optional.of(Dimension.TRUST),
                SCALE,
                ids,
                keyed,
                weights,
                n,
                c.get(0).get(0));
    }

    private static List<List<Integer>> with(List<List<Integer>> c, List<Integer> values, List<Integer> weights) {
        return List.of(c.get(0), values, weights);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void has_a_non_blank_id(ScoringStrategy s) {
        assertThat(s.id()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void scores_are_finite_and_within_the_declared_range(ScoringStrategy s) {
        qt().withExamples(1000).forAll(cases()).checkAssert(c -> {
            StrategyContext ctx = context(c);
            double score = s.score(ctx);
            assertThat(s.minimum(ctx)).isLessThan(s.maximum(ctx));
            assertThat(score).isFinite().isBetween(s.minimum(ctx), s.maximum(ctx));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void scores_do_not_depend_on_the_order_of_the_items(ScoringStrategy s) {
        qt().withExamples(1000).forAll(cases(), integers().all()).checkAssert((c, seed) -> {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < c.get(1).size(); i++) {
                idx.add(i);
            }
            Collections.shuffle(idx, new Random(seed));
            List<Integer> v = new ArrayList<>();
            List<Integer> w = new ArrayList<>();
            idx.forEach(i -> {
                v.add(c.get(1).get(i));
                w.add(c.get(2).get(i));
            });
            assertThat(s.score(context(with(c, v, w))))
                    .isCloseTo(s.score(context(c)), org.assertj.core.api.Assertions.within(1e-9));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void raising_one_value_never_lowers_the_score(ScoringStrategy s) {
        qt().withExamples(1000).forAll(cases(), integers().between(0, 7)).checkAssert((c, which) -> {
            int i = which % c.get(1).size();
            if (c.get(1).get(i) == 7) {
                return;
            }
            List<Integer> raised = new ArrayList<>(c.get(1));
            raised.set(i, raised.get(i) + 1);
            assertThat(s.score(context(with(c, raised, c.get(2))))).isGreaterThanOrEqualTo(s.score(context(c)) - 1e-12);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void is_deterministic(ScoringStrategy s) {
        qt().withExamples(200)
                .forAll(cases())
                .checkAssert(c -> assertThat(s.score(context(c))).isEqualTo(s.score(context(c))));
    }
}

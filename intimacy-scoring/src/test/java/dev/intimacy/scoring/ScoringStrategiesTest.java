package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.intimacy.scoring.spi.ScoringStrategies;
import dev.intimacy.scoring.spi.ScoringStrategy;
import dev.intimacy.scoring.spi.StrategyContext;
import org.junit.jupiter.api.Test;

class ScoringStrategiesTest {

    /** A second strategy claiming the id "mean". */
    static final class ImpostorMean implements ScoringStrategy {
        @Override
        public String id() {
            return "mean";
        }

        @Override
        public double score(StrategyContext context) {
            return context.mean();
        }
    }

    @Test
    void discovery_finds_a_plug_in_registered_in_meta_inf_services() {
        assertThat(ScoringStrategies.discovered().get("median")).isInstanceOf(MedianStrategy.class);
    }

    @Test
    void with_discovery_off_only_the_built_ins_and_hand_registered_strategies_are_known() {
        ScoringStrategies off = ScoringStrategies.builder().discover(false).build();
        assertThat(off.ids()).containsExactly("mean", "sum", "weighted");

        ScoringStrategies manual = ScoringStrategies.builder()
                .discover(false)
                .register(new MedianStrategy())
                .build();
        assertThat(manual.ids()).containsExactly("mean", "sum", "weighted", "median");
    }

    @Test
    void a_duplicate_id_fails_naming_both_classes() {
        assertThatThrownBy(() -> ScoringStrategies.builder()
                        .discover(false)
                        .register(new ImpostorMean())
                        .build())
                .isInstanceOf(ScoringException.class)
                .hasMessageContainingAll(
                        "strategy 'mean' was already registered by dev.intimacy.scoring.internal.MeanStrategy",
                        ImpostorMean.class.getName())
                .satisfies(e -> assertThat(((ScoringException) e).code()).isEqualTo("SCORING_DUPLICATE_STRATEGY"));
    }

    @Test
    void an_unknown_id_names_the_known_ones() {
        assertThatThrownBy(() ->
                        ScoringStrategies.builder().discover(false).build().get("mode"))
                .isInstanceOf(ScoringException.class)
                .hasMessage("no scoring strategy has the id 'mode' (known: mean, sum, weighted)");
    }

    @Test
    void a_blank_id_is_refused() {
        ScoringStrategy blank = new ScoringStrategy() {
            @Override
            public String id() {
                return " ";
            }

            @Override
            public double score(StrategyContext context) {
                return context.mean();
            }
        };
        assertThatThrownBy(() -> ScoringStrategies.builder().register(blank))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("has a blank id");
    }

    @Test
    void the_default_id_is_the_class_name_without_the_strategy_suffix() {
        assertThat(new MedianStrategy().id()).isEqualTo("median");
    }

    @Test
    void the_engine_selects_a_discovered_strategy_by_id() {
        var instrument = TestInstruments.sixByThree(1, 5);
        ScoringEngine engine =
                ScoringEngine.builder(instrument).strategy("median").build();
        assertThat(engine.strategy()).isInstanceOf(MedianStrategy.class);
        int[] codes = new int[20];
        assertThat(engine.score(TestInstruments.assessment(instrument, codes)).strategy())
                .isEqualTo("median");
    }
}

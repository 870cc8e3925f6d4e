package dev.intimacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomStrategyTest {

    @Test
    void the_median_strategy_is_found_through_the_service_loader_and_scores_differently_from_the_mean()
            throws Exception {
        String out = MainOutput.of(CustomStrategy::main);

        assertThat(out).contains("Strategies found: [mean, sum, weighted, median]");
        // Answers 1, 4, 4, 5, 5: mean 19/5 = 3.8, POMP 100 * 2.8 / 4 = 70; median 4, POMP 75.
        assertThat(out).contains("mean   TRUST 3.80, POMP 70.0");
        assertThat(out).contains("median TRUST 4.00, POMP 75.0");
    }
}

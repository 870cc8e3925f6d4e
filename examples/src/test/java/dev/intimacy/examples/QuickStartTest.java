package dev.intimacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void quick_start_prints_the_profile_with_the_pack_s_names() throws Exception {
        String out = MainOutput.of(QuickStart::main);

        // Answers 4, 5, 2, 4, 3, 2 on 1..5: POMP 100 * (x - 1) / 4 = 75, 100, 25, 75, 50, 25;
        // bands from 75 strength, below 50 growth; index (75 + 100 + 25 + 75 + 50 + 25) / 6 = 58.3.
        assertThat(out).isEqualTo("""
                        Sharing & authenticity: 75 (Strength)
                        Trust & safety: 100 (Strength)
                        Openness to vulnerability: 25 (Growth area)
                        Communication: 75 (Strength)
                        Empathy & understanding: 50 (Developing)
                        Nurturing & shared life: 25 (Growth area)
                        Intimacy index: 58
                        """);
    }
}

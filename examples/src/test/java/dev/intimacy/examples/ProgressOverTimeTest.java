package dev.intimacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressOverTimeTest {

    @Test
    void three_check_ins_show_the_pomp_trend_and_the_reliable_changes() throws Exception {
        String out = MainOutput.of(ProgressOverTime::main);

        assertThat(out).containsPattern("Reliability from a made-up sample of 300: TRUST alpha 0\\.\\d\\d");
        // Trust at keyed 2, 3, 4: POMP 25, 50, 75, a rise of 25 points in 4 weeks = 6.25 a week.
        assertThat(out)
                .contains("TRUST           25  50  75  +6.25 a week, last reliable change: RELIABLE_IMPROVEMENT");
        assertThat(out).contains("DISCLOSURE      50  50  50  +0.00 a week\n");
        assertThat(out).contains("First to last check-in, reliable improvement in: [TRUST, NURTURING]");
    }
}

package dev.intimacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoupleCheckInTest {

    @Test
    void prints_each_dimension_s_pattern_the_items_to_talk_about_and_prompts() throws Exception {
        String out = MainOutput.of(CoupleCheckIn::main);

        // Pulse answers 4,5,2,4,4,2 and 4,5,4,2,4,3: POMP 75/75, 100/100, 25/75, 75/25, 75/75, 25/50.
        assertThat(out).contains("CoupleProfile[partner-1 & partner-2");
        assertThat(out).containsPattern("Sharing & authenticity +75 +75  Shared strength");
        assertThat(out).containsPattern("Trust & safety +100 +100  Shared strength");
        assertThat(out).containsPattern("Openness to vulnerability +25 +75  Seen differently");
        assertThat(out).containsPattern("Communication +75 +25  Seen differently");
        // Items 2 or more points apart: vulnerability (2 vs 4) and communication (4 vs 2).
        assertThat(out)
                .contains("Things to talk about:\n"
                        + "  This week, I let my partner see one of my worries. (2 points apart)\n"
                        + "  This week, my partner really listened when I spoke. (2 points apart)\n");
        assertThat(out).contains("Prompts for the two of you:\n  ");
    }
}

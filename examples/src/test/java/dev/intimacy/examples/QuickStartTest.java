package dev.intimacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void quick_start_prints_the_checked_assessment_as_json() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("Instrument[trust-check-in@1.0.0, 2 items] answered by r-1");
        // T1 = 4, T2 = 2 reverse-keyed → 4; mean 4, POMP 100 * (4 - 1) / 4 = 75 → strength.
        assertThat(out).contains("TRUST: mean 4.00, POMP 75.0, STRENGTH");
        assertThat(out).contains("\"respondent\" : \"r-1\"", "\"T1\" : 4", "\"T2\" : 2");
    }
}

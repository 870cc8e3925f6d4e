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
        assertThat(out).contains("\"respondent\" : \"r-1\"", "\"T1\" : 4", "\"T2\" : 2");
    }
}

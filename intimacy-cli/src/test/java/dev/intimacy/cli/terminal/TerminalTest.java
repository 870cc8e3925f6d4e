package dev.intimacy.cli.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.intimacy.model.result.Band;
import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void a_bar_has_one_cell_per_five_points_on_twenty_cells_rounded_to_the_nearest() {
        assertThat(Bars.bar(0, 20)).isEqualTo("[--------------------]");
        assertThat(Bars.bar(62.5, 20)).isEqualTo("[#############-------]");
        assertThat(Bars.bar(61.0, 20)).isEqualTo("[############--------]");
        assertThat(Bars.bar(100, 20)).isEqualTo("[####################]");
        assertThat(Bars.bar(140, 4)).isEqualTo("[####]");
        assertThat(Bars.empty(3)).isEqualTo("[   ]");
    }

    @Test
    void padding_counts_characters_so_that_accented_names_line_up() {
        assertThat(Bars.pad("Comunicación", 14)).isEqualTo("Comunicación  ");
        assertThat(Bars.pad("Empatía y comprensión", 5)).isEqualTo("Empatía y comprensión");
    }

    @Test
    void without_colour_the_text_is_left_as_it_is() {
        Style plain = Style.of(false);
        Style colour = Style.of(true);

        assertThat(plain.band(Band.GROWTH, "x") + plain.bold("y") + plain.dim("z"))
                .isEqualTo("xyz");
        assertThat(colour.band(Band.STRENGTH, "x")).isEqualTo("\u001B[32mx\u001B[0m");
    }

    @Test
    void a_progress_bar_only_for_large_inputs_on_a_terminal() {
        try (Progress small = Progress.start("t", Progress.THRESHOLD_BYTES - 1, true);
                Progress piped = Progress.start("t", Progress.THRESHOLD_BYTES * 4, false)) {
            assertThat(small.visible()).isFalse();
            assertThat(piped.visible()).isFalse();
        }
        Progress large = Progress.start("t", Progress.THRESHOLD_BYTES, true);
        assertThat(large.visible()).isTrue();
        large.done();
        assertThat(large.visible()).isFalse();
    }
}

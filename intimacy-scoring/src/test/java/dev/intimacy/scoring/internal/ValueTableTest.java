package dev.intimacy.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class ValueTableTest {

    /** The entry a loop uses for a raw value: direct when v − lo is below span, else asked for. */
    private static int entryOf(ValueTable t, int v) {
        int e = v - t.lo();
        return Integer.compareUnsigned(e, t.span()) < 0 ? e : t.entryOutside(v);
    }

    @Test
    void markers_next_to_the_scale_get_direct_entries() {
        // Scale 1..5, missing -1, declined -2: the direct range is -2..5, 8 entries, then the two extra ones.
        ValueTable t = new ValueTable(1, 5, -1, -2);

        assertThat(t.lo()).isEqualTo(-2);
        assertThat(t.span()).isEqualTo(8);
        assertThat(t.stride()).isEqualTo(10);
        assertThat(t.kind(entryOf(t, -2))).isEqualTo(ValueTable.MARKER);
        assertThat(t.kind(entryOf(t, -1))).isEqualTo(ValueTable.MARKER);
        assertThat(t.kind(entryOf(t, 0))).isEqualTo(ValueTable.INVALID);
        for (int v = 1; v <= 5; v++) {
            assertThat(t.kind(entryOf(t, v))).isEqualTo(ValueTable.VALID);
            assertThat(t.value(entryOf(t, v))).isEqualTo(v);
        }
        assertThat(t.kind(entryOf(t, 6))).isEqualTo(ValueTable.INVALID);
    }

    @Test
    void a_far_marker_uses_the_marker_entry_and_the_direct_range_is_the_scale() {
        ValueTable t = new ValueTable(1, 5, -5000, -5000);

        assertThat(t.lo()).isEqualTo(1);
        assertThat(t.span()).isEqualTo(5);
        assertThat(entryOf(t, -5000)).isEqualTo(t.markerEntry());
        assertThat(t.kind(t.markerEntry())).isEqualTo(ValueTable.MARKER);
        assertThat(entryOf(t, 0)).isEqualTo(t.invalidEntry());
        assertThat(t.kind(t.invalidEntry())).isEqualTo(ValueTable.INVALID);
    }

    @Test
    void a_narrower_limit_leaves_markers_out_of_the_direct_range_unless_they_are_adjacent() {
        ValueTable adjacent = new ValueTable(1, 5, -1, 0, 7);
        ValueTable apart = new ValueTable(1, 5, -999, -999, 7);

        assertThat(adjacent.lo()).isEqualTo(-1);
        assertThat(adjacent.span()).isEqualTo(7);
        assertThat(apart.lo()).isEqualTo(1);
        assertThat(apart.span()).isEqualTo(5);
        assertThat(entryOf(apart, -999)).isEqualTo(apart.markerEntry());
        assertThat(new ValueTable(1, 5, -999, -999).span()).isEqualTo(1005);
    }

    @Test
    void every_int_gets_the_kind_it_has_whatever_the_scale_and_markers() {
        int[] markers = {-1, 0, -999, Integer.MIN_VALUE, Integer.MAX_VALUE, 1_000};
        qt().withExamples(3000)
                .forAll(
                        integers().between(-50, 50),
                        integers().between(1, 1000),
                        // the marker pair and how many direct entries beyond the scale's points are allowed
                        integers().between(0, markers.length * markers.length * 1101 - 1),
                        integers().all())
                .checkAssert((min, points, choice, v) -> {
                    int pair = choice % (markers.length * markers.length);
                    int extra = choice / (markers.length * markers.length);
                    int max = min + points;
                    int missing = markers[pair % markers.length];
                    int declined = markers[pair / markers.length];
                    if ((missing >= min && missing <= max) || (declined >= min && declined <= max)) {
                        return; // markers must lie outside the scale
                    }
                    ValueTable t = new ValueTable(min, max, missing, declined, points + 1 + extra);
                    int expected = v >= min && v <= max
                            ? ValueTable.VALID
                            : v == missing || v == declined ? ValueTable.MARKER : ValueTable.INVALID;
                    int e = entryOf(t, v);
                    assertThat(e).isBetween(0, t.stride() - 1);
                    assertThat(t.kind(e)).isEqualTo(expected);
                    if (expected == ValueTable.VALID) {
                        assertThat(t.value(e)).isEqualTo(v);
                    }
                });
    }
}

package dev.intimacy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.intimacy.model.ItemId;
import dev.intimacy.scoring.batch.ResponseMatrix;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseMatrixTest {
    private static final List<ItemId> COLUMNS = List.of(ItemId.of("A-1"), ItemId.of("A-2"));
    // Three respondents: (1, 2), (3, -1), (5, 4).
    private static final ResponseMatrix ROW_MAJOR = ResponseMatrix.rowMajor(COLUMNS, new int[] {1, 2, 3, -1, 5, 4}, -1);
    private static final ResponseMatrix COLUMNAR =
            ResponseMatrix.columnar(COLUMNS, new int[][] {{1, 3, 5}, {2, -1, 4}}, -1);

    @Test
    void read_rows_copies_a_block_of_rows_with_the_given_stride_from_either_layout() {
        for (ResponseMatrix m : List.of(ROW_MAJOR, COLUMNAR)) {
            int[] dest = new int[6];
            Arrays.fill(dest, 9);
            m.readRows(1, 2, dest, 3);
            // Rows 2 and 3, each followed by an entry the matrix leaves alone.
            assertThat(dest).containsExactly(3, -1, 9, 5, 4, 9);

            int[] tight = new int[4];
            m.readRows(0, 2, tight, 2);
            assertThat(tight).containsExactly(1, 2, 3, -1);
        }
    }

    @Test
    void read_rows_refuses_rows_outside_the_matrix_a_short_array_and_a_short_stride() {
        assertThatThrownBy(() -> ROW_MAJOR.readRows(2, 2, new int[4], 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> COLUMNAR.readRows(-1, 1, new int[2], 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> COLUMNAR.readRows(0, 3, new int[5], 2))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("3 rows of 2 entries do not fit in an array of 5");
        assertThatThrownBy(() -> ROW_MAJOR.readRows(0, 1, new int[2], 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stride 1 is less than the 2 columns");
    }
}

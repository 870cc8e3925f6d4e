package dev.intimacy.scoring.internal;

import dev.intimacy.scoring.batch.ResponseMatrix;

/**
 * How the matrix loops of the batch and reliability paths read a {@link ResponseMatrix}: a row-major array in
 * place, anything else a block of rows at a time through a small row-major buffer. Either way a loop sees
 * rows as {@code src[offset + column]}, and the column index {@code columns().size()} reads the missing
 * marker (it stands for an item the matrix has no column for).
 */
public final class RowBlocks {
    /** Items per scale of the shape the loops have their own version for: the bundled instruments' six. */
    public static final int SIX = 6;

    /** Entries of the buffer, a block of rows at a time (64 KB). */
    static final int BLOCK_ENTRIES = 1 << 14;

    private RowBlocks() {}

    /** A loop over rows {@code rowFrom .. rowFrom+count−1}, row {@code rowFrom + i} starting at {@code i × stride}. */
    @FunctionalInterface
    public interface Scan {
        /**
         * Scans some rows.
         *
         * @param src the values
         * @param stride entries per row in {@code src}
         * @param rowFrom the matrix row of the first row in {@code src}
         * @param count how many rows
         */
        void rows(int[] src, int stride, int rowFrom, int count);
    }

    /**
     * Runs a loop over every row of a matrix.
     *
     * @param matrix the matrix
     * @param anyAbsent whether some item has no column (its index is {@code columns().size()})
     * @param scan the loop
     */
    public static void scan(ResponseMatrix matrix, boolean anyAbsent, Scan scan) {
        int width = matrix.columns().size();
        int rows = matrix.rows();
        int[] data = anyAbsent ? null : matrix.rowMajorValues().orElse(null);
        if (data != null) {
            scan.rows(data, width, 0, rows);
            return;
        }
        // Columnar data, or an item without a column: the extra last entry per row holds the missing marker.
        int stride = width + 1;
        int block = Math.max(1, Math.min(rows, BLOCK_ENTRIES / stride));
        int[] buffer = new int[block * stride];
        for (int i = 0; i < block; i++) {
            buffer[i * stride + width] = matrix.missingMarker();
        }
        for (int from = 0; from < rows; from += block) {
            int count = Math.min(block, rows - from);
            matrix.readRows(from, count, buffer, stride);
            scan.rows(buffer, stride, from, count);
        }
    }

    /**
     * Returns whether every scale has six items in adjacent columns, scale after scale.
     *
     * @param cols the column of each item, scale after scale
     * @param sizes the number of items of each scale
     * @return whether the six-item loops apply
     */
    public static boolean sixAdjacent(int[] cols, int[] sizes) {
        for (int s = 0; s < sizes.length; s++) {
            if (sizes[s] != SIX) {
                return false;
            }
            for (int i = 1; i < SIX; i++) {
                if (cols[s * SIX + i] != cols[s * SIX] + i) {
                    return false;
                }
            }
        }
        return true;
    }
}

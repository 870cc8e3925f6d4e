package dev.intimacy.scoring.batch;

import dev.intimacy.model.ItemId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.scoring.ScoringError;
import dev.intimacy.scoring.ScoringException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Responses of many respondents to one instrument, as primitive ints: one column per item, one row per
 * respondent, laid out row-major ({@code values[row * columns + column]}) or columnar ({@code
 * values[column][row]}). A marker value stands for a missing answer (skipped); an optional second marker
 * stands for declined. Markers must lie outside the scale. Items of the instrument without a column count
 * as skipped.
 *
 * <p>The arrays are used as given, not copied: do not change them while scoring.
 *
 * <p>Performance: a row-major matrix is read in place; a columnar one is read row by row through a buffer.
 * Markers close to the scale (such as −1 or 0 for a 1..5 scale) are handled without any branch on the data;
 * a far marker (such as −999) costs a comparison per missing answer. See {@code docs/BENCHMARKS.md}.
 *
 * <pre>{@code
 * ResponseMatrix m = ResponseMatrix.rowMajor(List.of(ItemId.of("T1"), ItemId.of("T2")),
 *         new int[] {4, 2, 5, -1}, -1);            // two respondents; -1 = skipped
 * BatchResult r = engine.scoreBatch(m);
 * }</pre>
 */
public final class ResponseMatrix {
    private final List<ItemId> columns;
    private final int rows;
    private final int[] rowMajor;
    private final int[][] columnar;
    private final int missingMarker;
    private final OptionalInt declinedMarker;
    private final List<RespondentId> respondents;

    private ResponseMatrix(
            List<ItemId> columns,
            int rows,
            int[] rowMajor,
            int[][] columnar,
            int missingMarker,
            OptionalInt declinedMarker,
            List<RespondentId> respondents) {
        this.columns = columns;
        this.rows = rows;
        this.rowMajor = rowMajor;
        this.columnar = columnar;
        this.missingMarker = missingMarker;
        this.declinedMarker = declinedMarker;
        this.respondents = respondents;
    }

    /**
     * Creates a row-major matrix.
     *
     * @param columns the item of each column; unique
     * @param values {@code rows × columns.size()} values, row after row
     * @param missingMarker the value that means "skipped"
     * @return the matrix
     * @throws ScoringException with {@link ScoringError#INVALID_MATRIX} when the sizes do not fit or columns repeat
     */
    public static ResponseMatrix rowMajor(List<ItemId> columns, int[] values, int missingMarker) {
        List<ItemId> cols = checkColumns(columns);
        if (cols.isEmpty() || values.length % cols.size() != 0) {
            throw new ScoringException(
                    ScoringError.INVALID_MATRIX,
                    "row-major matrix has " + values.length + " values, not a multiple of its " + cols.size()
                            + " columns");
        }
        return new ResponseMatrix(
                cols, values.length / cols.size(), values, null, missingMarker, OptionalInt.empty(), List.of());
    }

    /**
     * Creates a columnar matrix.
     *
     * @param columns the item of each column; unique
     * @param values one array per column, all of the same length
     * @param missingMarker the value that means "skipped"
     * @return the matrix
     * @throws ScoringException with {@link ScoringError#INVALID_MATRIX} when the sizes do not fit or columns repeat
     */
    public static ResponseMatrix columnar(List<ItemId> columns, int[][] values, int missingMarker) {
        List<ItemId> cols = checkColumns(columns);
        if (values.length != cols.size()) {
            throw new ScoringException(
                    ScoringError.INVALID_MATRIX,
                    "columnar matrix has " + values.length + " column arrays for " + cols.size() + " columns");
        }
        int rows = values.length == 0 ? 0 : values[0].length;
        for (int c = 0; c < values.length; c++) {
            if (values[c].length != rows) {
                throw new ScoringException(
                        ScoringError.INVALID_MATRIX,
                        "columnar matrix column " + cols.get(c) + " has " + values[c].length + " rows, column "
                                + cols.get(0) + " has " + rows);
            }
        }
        return new ResponseMatrix(cols, rows, null, values, missingMarker, OptionalInt.empty(), List.of());
    }

    private static List<ItemId> checkColumns(List<ItemId> columns) {
        Set<ItemId> seen = new HashSet<>();
        for (ItemId c : columns) {
            if (!seen.add(c)) {
                throw new ScoringException(ScoringError.INVALID_MATRIX, "column " + c + " appears twice");
            }
        }
        return List.copyOf(columns);
    }

    /**
     * Returns a copy that reads {@code marker} as "declined" (prefer not to say).
     *
     * @param marker the declined marker, different from the missing marker
     * @return the new matrix
     */
    public ResponseMatrix withDeclinedMarker(int marker) {
        if (marker == missingMarker) {
            throw new ScoringException(
                    ScoringError.INVALID_MATRIX, "declined marker " + marker + " equals the missing marker");
        }
        return new ResponseMatrix(
                columns, rows, rowMajor, columnar, missingMarker, OptionalInt.of(marker), respondents);
    }

    /**
     * Returns a copy that names the respondent of each row (default: {@code row-1}, {@code row-2}, …).
     *
     * @param respondents one id per row
     * @return the new matrix
     */
    public ResponseMatrix withRespondents(List<RespondentId> respondents) {
        if (respondents.size() != rows) {
            throw new ScoringException(
                    ScoringError.INVALID_MATRIX,
                    "matrix has " + rows + " rows but " + respondents.size() + " respondent ids");
        }
        return new ResponseMatrix(
                columns, rows, rowMajor, columnar, missingMarker, declinedMarker, List.copyOf(respondents));
    }

    /** Returns the item of each column. */
    public List<ItemId> columns() {
        return columns;
    }

    /** Returns the number of rows (respondents). */
    public int rows() {
        return rows;
    }

    /** Returns the missing marker. */
    public int missingMarker() {
        return missingMarker;
    }

    /** Returns the declined marker, if set. */
    public OptionalInt declinedMarker() {
        return declinedMarker;
    }

    /**
     * Returns the respondent of a row.
     *
     * @param row a row index
     * @return the named respondent, or {@code row-N} (1-based) when none were given
     */
    public RespondentId respondent(int row) {
        return respondents.isEmpty() ? RespondentId.of("row-" + (row + 1)) : respondents.get(row);
    }

    /** Returns the named respondents, if given. */
    public Optional<List<RespondentId>> respondents() {
        return respondents.isEmpty() ? Optional.empty() : Optional.of(respondents);
    }

    /**
     * Returns one value.
     *
     * @param row a row index
     * @param column a column index
     * @return the raw value (possibly a marker)
     */
    public int value(int row, int column) {
        return rowMajor != null ? rowMajor[row * columns.size() + column] : columnar[column][row];
    }

    /**
     * Copies the raw values (markers included) of {@code count} rows from {@code firstRow} on into {@code dest},
     * row after row, each row taking {@code stride} entries: its values in column order, then any further
     * entries of the row left as they are. The fast way to read a columnar matrix: in blocks of rows.
     *
     * @param firstRow the first row to copy
     * @param count how many rows
     * @param dest an array of at least {@code count × stride} entries
     * @param stride entries per row in {@code dest}, at least {@code columns().size()}
     * @throws IndexOutOfBoundsException when the rows are not all in the matrix or {@code dest} is too short
     * @throws IllegalArgumentException when {@code stride} is less than the number of columns
     */
    public void readRows(int firstRow, int count, int[] dest, int stride) {
        int n = columns.size();
        if (stride < n) {
            throw new IllegalArgumentException("stride " + stride + " is less than the " + n + " columns");
        }
        Objects.checkFromIndexSize(firstRow, count, rows);
        if ((long) count * stride > dest.length) {
            throw new IndexOutOfBoundsException(
                    count + " rows of " + stride + " entries do not fit in an array of " + dest.length);
        }
        if (rowMajor != null) {
            if (stride == n) {
                System.arraycopy(rowMajor, firstRow * n, dest, 0, count * n);
            } else {
                for (int i = 0; i < count; i++) {
                    System.arraycopy(rowMajor, (firstRow + i) * n, dest, i * stride, n);
                }
            }
        } else {
            for (int c = 0; c < n; c++) {
                int[] column = columnar[c];
                for (int i = 0, at = c; i < count; i++, at += stride) {
                    dest[at] = column[firstRow + i];
                }
            }
        }
    }

    /**
     * Copies the raw values of one row (markers included) into {@code dest}, in column order. The fast way to
     * read a row-major matrix row by row.
     *
     * @param row a row index
     * @param dest an array of at least {@code columns().size()} entries
     */
    public void readRow(int row, int[] dest) {
        int n = columns.size();
        if (rowMajor != null) {
            System.arraycopy(rowMajor, row * n, dest, 0, n);
        } else {
            for (int c = 0; c < n; c++) {
                dest[c] = columnar[c][row];
            }
        }
    }

    /**
     * Returns the array given to {@link #rowMajor(List, int[], int)}, for readers that scan a row-major matrix
     * without copying; empty for a columnar matrix. It is the caller's own array: this class never copied it.
     *
     * @return the row-major values, if this matrix is row-major
     */
    public Optional<int[]> rowMajorValues() {
        return Optional.ofNullable(rowMajor);
    }

    /** Returns a copy of the values of one row, for tests and small data. */
    public int[] row(int row) {
        int[] out = new int[columns.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = value(row, c);
        }
        return out;
    }

    /** Returns a summary without values. */
    @Override
    public String toString() {
        List<String> ids = new ArrayList<>();
        columns.forEach(c -> ids.add(c.value()));
        return "ResponseMatrix[" + rows + " rows x " + columns.size() + " columns " + ids + "]";
    }
}

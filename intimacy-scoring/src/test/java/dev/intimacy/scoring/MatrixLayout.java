package dev.intimacy.scoring;

import dev.intimacy.model.ItemId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.scoring.batch.ResponseMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A matrix layout for a sample of answer codes (see {@link TestInstruments#codes}), derived from a seed:
 * row-major or columnar; the missing and declined markers (next to the scale, where the batch and
 * reliability paths' lookup tables cover them, far from it, at the ends of {@code int}, above the scale, or
 * no declined marker); and, half of the time each, the columns shuffled with up to two of them left out
 * (their items then count as skipped). The unshuffled, complete, row-major layout is the one the matrix paths
 * scan fastest. The matrix paths must not depend on any of this.
 */
final class MatrixLayout {
    /** Stands for "no declined marker". */
    static final int NONE = 42;

    private static final int[][] MARKERS = {
        {-1, -2}, {0, -1}, {-999, 999}, {Integer.MIN_VALUE, Integer.MAX_VALUE}, {6, 7}, {-1, NONE}
    };

    final boolean columnar;
    final int missing;
    final int declined;
    /** Instrument item positions, in column order. */
    final List<Integer> kept;

    MatrixLayout(Instrument instrument, long seed) {
        Random random = new Random(seed);
        int[] m = MARKERS[random.nextInt(MARKERS.length)];
        missing = m[0];
        declined = m[1];
        columnar = random.nextBoolean();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < instrument.items().size(); i++) {
            order.add(i);
        }
        if (random.nextBoolean()) {
            Collections.shuffle(order, random);
            order = order.subList(random.nextInt(3), order.size());
        }
        kept = order;
    }

    /** The codes as the object path sees them: left-out items skipped, declined skipped without a marker. */
    int[] objectCodes(int[] codes) {
        int[] out = new int[codes.length];
        Arrays.fill(out, -1);
        for (int i : kept) {
            out[i] = codes[i] == -2 && declined == NONE ? -1 : codes[i];
        }
        return out;
    }

    private int raw(int code, int min) {
        return code == -1 ? missing : code == -2 ? (declined == NONE ? missing : declined) : min + code;
    }

    /** The matrix of a sample, naming the rows when ids are given. */
    ResponseMatrix matrix(Instrument instrument, List<int[]> rows, List<RespondentId> ids) {
        return matrix(instrument, raw(instrument, rows), ids);
    }

    /** The matrix of a sample with one raw value replaced: row {@code row}, the {@code column}-th kept column. */
    ResponseMatrix matrixWith(Instrument instrument, List<int[]> rows, int row, int column, int value) {
        int[][] raw = raw(instrument, rows);
        raw[row][column] = value;
        return matrix(instrument, raw, List.of());
    }

    /** The raw values of a sample, by row and kept column. */
    private int[][] raw(Instrument instrument, List<int[]> rows) {
        int min = instrument.scale().min();
        int[][] raw = new int[rows.size()][kept.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < kept.size(); c++) {
                raw[r][c] = raw(rows.get(r)[kept.get(c)], min);
            }
        }
        return raw;
    }

    private ResponseMatrix matrix(Instrument instrument, int[][] raw, List<RespondentId> ids) {
        List<ItemId> columns = new ArrayList<>();
        kept.forEach(i -> columns.add(instrument.items().get(i).id()));
        int w = kept.size();
        ResponseMatrix m;
        if (columnar) {
            int[][] values = new int[w][raw.length];
            for (int c = 0; c < w; c++) {
                for (int r = 0; r < raw.length; r++) {
                    values[c][r] = raw[r][c];
                }
            }
            m = ResponseMatrix.columnar(columns, values, missing);
        } else {
            int[] values = new int[raw.length * w];
            for (int r = 0; r < raw.length; r++) {
                System.arraycopy(raw[r], 0, values, r * w, w);
            }
            m = ResponseMatrix.rowMajor(columns, values, missing);
        }
        m = declined == NONE ? m : m.withDeclinedMarker(declined);
        return ids.isEmpty() ? m : m.withRespondents(ids);
    }
}

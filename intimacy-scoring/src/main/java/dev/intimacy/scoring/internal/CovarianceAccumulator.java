package dev.intimacy.scoring.internal;

/**
 * One pass over the rows of a k-item scale, keeping what a pairwise-complete covariance needs. Values are
 * small integers, so every sum is kept exactly in a {@code long}.
 *
 * <p>Complete rows (every item answered), the common case, update only the k sums and the k(k+1)/2 cross
 * products of the upper triangle. Incomplete rows update per-pair counts and sums. The two are combined when
 * a covariance is asked for.
 *
 * <p>When the scale is small enough that every response pattern fits in a table ({@code (points + 1)^k}
 * entries at most 2^20, e.g. 6 items on a 5-point scale: 46,656), rows are only counted by pattern with
 * {@link #addPattern(int)}, one increment per row, and {@link #flush()} turns the counts into the same exact
 * sums. This is what makes one streaming pass cheap.
 */
public final class CovarianceAccumulator {
    private final int k;
    private long rows;
    // Complete rows.
    private long completeRows;
    private final long[] sum; // [i]
    private final long[] prod; // upper triangle [tri(i, j)], i <= j
    // Incomplete rows.
    private final long[] pairN; // [i*k+j]
    private final long[] pairSum; // sum of x_i over incomplete rows where i and j present, [i*k+j]
    private final long[] pairProd; // [i*k+j], symmetric, only i <= j used
    // Pattern counts, or null when the table would be too large.
    private final int base;
    private final int[] patterns; // int counters keep the table small; flushed before they could overflow
    private int sinceFlush;
    private final int[] scratch;
    private final int min;
    private final boolean[] scratchPresent;

    /** Largest pattern table, in entries. */
    public static final int MAX_PATTERNS = 1 << 20;

    /**
     * Creates an accumulator.
     *
     * @param k the number of items
     * @param min the scale minimum
     * @param points the number of points of the scale (keyed values are coded {@code 0..points-1} in patterns)
     */
    public CovarianceAccumulator(int k, int min, int points) {
        this.k = k;
        this.base = points + 1;
        double size = Math.pow(base, k);
        this.patterns = size <= MAX_PATTERNS ? new int[(int) size] : null;
        this.scratch = new int[k];
        this.min = min;
        this.scratchPresent = new boolean[k];
        this.sum = new long[k];
        this.prod = new long[k * (k + 1) / 2];
        this.pairN = new long[k * k];
        this.pairSum = new long[k * k];
        this.pairProd = new long[k * k];
    }

    private int tri(int i, int j) {
        // Row-major upper triangle including the diagonal.
        return i * k - i * (i - 1) / 2 + (j - i);
    }

    /**
     * Adds a complete row.
     *
     * @param x keyed values of the k items, in item order
     */
    public void addComplete(int[] x) {
        addComplete(x, 1);
    }

    private void addComplete(int[] x, long times) {
        rows += times;
        completeRows += times;
        int t = 0;
        for (int i = 0; i < k; i++) {
            long xi = x[i];
            sum[i] += times * xi;
            for (int j = i; j < k; j++) {
                prod[t++] += times * xi * x[j];
            }
        }
    }

    /** Returns whether rows may be added as patterns with {@link #addPattern(int)}. */
    public boolean usesPatterns() {
        return patterns != null;
    }

    /** Returns the base of the pattern code: the number of scale points plus one (the code of "missing"). */
    public int patternBase() {
        return base;
    }

    /**
     * Counts one row by its pattern: {@code code = Σ stateᵢ·base^(k−1−i)} where {@code stateᵢ} is the keyed
     * value minus the scale minimum, or {@code base − 1} when item i is missing.
     *
     * @param code the row's pattern code
     */
    public void addPattern(int code) {
        addPattern(code, 1);
    }

    /**
     * Counts rows that share a pattern (see {@link #addPattern(int)}).
     *
     * @param code the rows' pattern code
     * @param times how many rows, at least 1
     */
    public void addPattern(int code, int times) {
        if (sinceFlush > Integer.MAX_VALUE - times) {
            flush();
        }
        patterns[code] += times;
        sinceFlush += times;
    }

    /**
     * Turns the pattern counts into sums and clears them. Called before any statistic is read; adding may
     * go on afterwards.
     */
    public void flush() {
        if (patterns == null) {
            return;
        }
        sinceFlush = 0;
        addCounts(patterns);
    }

    /** Adds the counted patterns to the sums and clears the counts. */
    private void addCounts(int[] counts) {
        int missingState = base - 1;
        // The digits of the code in base (points + 1), most significant first, counted up like an odometer
        // rather than divided out of each code.
        int[] state = new int[k];
        for (int code = 0; code < counts.length; code++) {
            long times = counts[code];
            if (times != 0) {
                counts[code] = 0;
                int answered = 0;
                for (int i = 0; i < k; i++) {
                    scratchPresent[i] = state[i] != missingState;
                    scratch[i] = state[i] + min;
                    if (scratchPresent[i]) {
                        answered++;
                    }
                }
                if (answered == k) {
                    addComplete(scratch, times);
                } else if (answered == 0) {
                    rows += times;
                } else {
                    addIncomplete(scratch, scratchPresent, times);
                }
            }
            for (int i = k - 1; i >= 0 && ++state[i] == base; i--) {
                state[i] = 0;
            }
        }
    }

    /**
     * Adds a row with at least one item missing (or none at all).
     *
     * @param x keyed values of the k items, in item order; ignored where not present
     * @param present whether each item was answered
     */
    public void addIncomplete(int[] x, boolean[] present) {
        addIncomplete(x, present, 1);
    }

    private void addIncomplete(int[] x, boolean[] present, long times) {
        rows += times;
        for (int i = 0; i < k; i++) {
            if (!present[i]) {
                continue;
            }
            long xi = x[i];
            int row = i * k;
            for (int j = 0; j < k; j++) {
                if (present[j]) {
                    pairN[row + j] += times;
                    pairSum[row + j] += times * xi;
                    if (j >= i) {
                        pairProd[row + j] += times * xi * x[j];
                    }
                }
            }
        }
    }

    /** Counts a row in which none of the items was answered. */
    public void addEmpty() {
        rows++;
    }

    /** Returns the number of rows added. */
    public long rows() {
        return rows;
    }

    /** Returns the number of complete rows added. */
    public long completeRows() {
        return completeRows;
    }

    /** Returns the number of items. */
    public int k() {
        return k;
    }

    /**
     * Returns how many rows answered both items.
     *
     * @param i an item index
     * @param j an item index
     * @return the count
     */
    public long count(int i, int j) {
        return completeRows + pairN[i * k + j];
    }

    /**
     * Returns the mean of item i over the rows that answered it.
     *
     * @param i an item index
     * @return the mean, NaN when none
     */
    public double mean(int i) {
        long c = count(i, i);
        return c == 0 ? Double.NaN : (double) (sum[i] + pairSum[i * k + i]) / c;
    }

    /**
     * Returns the pairwise-complete covariance: over the rows that answered both items, with each item's
     * mean taken over those rows and the divisor {@code n − 1} (R's {@code cov(use = "pairwise")}). On the
     * diagonal it is the item's variance over all rows that answered it.
     *
     * @param i an item index
     * @param j an item index
     * @return the covariance, NaN when fewer than 2 rows answered both
     */
    public double covariance(int i, int j) {
        long c = count(i, j);
        if (c < 2) {
            return Double.NaN;
        }
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        long sumI = sum[i] + pairSum[i * k + j];
        long sumJ = sum[j] + pairSum[j * k + i];
        long sumIJ = prod[tri(a, b)] + pairProd[a * k + b];
        // c * sumIJ - sumI * sumJ is exact in long for any realistic sample; divide once in double.
        double numerator = (double) (c * sumIJ - sumI * sumJ);
        return numerator / ((double) c * (c - 1));
    }
}

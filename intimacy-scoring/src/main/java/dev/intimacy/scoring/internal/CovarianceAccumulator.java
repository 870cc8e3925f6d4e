package dev.intimacy.scoring.internal;

/**
 * One pass over the rows of a k-item scale, keeping, for every pair of items, the count and the sums
 * needed for a pairwise-complete covariance. Values are small integers, so the sums are exact in double
 * precision for any realistic sample (below 2^53 / max²  rows).
 */
public final class CovarianceAccumulator {
    private final int k;
    private long rows;
    private final long[] n; // [i*k+j], pairwise counts; diagonal = item counts
    private final double[] sx; // sum of x_i over rows where both i and j present, at [i*k+j]
    private final double[] sxy; // sum of x_i*x_j over rows where both present

    /**
     * Creates an accumulator.
     *
     * @param k the number of items
     */
    public CovarianceAccumulator(int k) {
        this.k = k;
        this.n = new long[k * k];
        this.sx = new double[k * k];
        this.sxy = new double[k * k];
    }

    /**
     * Adds one row.
     *
     * @param keyed keyed values of the scale's items, in item order
     * @param present whether each item was answered
     */
    public void add(double[] keyed, boolean[] present) {
        rows++;
        for (int i = 0; i < k; i++) {
            if (!present[i]) {
                continue;
            }
            double xi = keyed[i];
            int base = i * k;
            for (int j = 0; j < k; j++) {
                if (present[j]) {
                    n[base + j]++;
                    sx[base + j] += xi;
                    sxy[base + j] += xi * keyed[j];
                }
            }
        }
    }

    /** Returns the number of rows added. */
    public long rows() {
        return rows;
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
        return n[i * k + j];
    }

    /**
     * Returns the mean of item i over the rows that answered it.
     *
     * @param i an item index
     * @return the mean, NaN when none
     */
    public double mean(int i) {
        long c = n[i * k + i];
        return c == 0 ? Double.NaN : sx[i * k + i] / c;
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
        int ij = i * k + j;
        long c = n[ij];
        if (c < 2) {
            return Double.NaN;
        }
        double sumI = sx[ij];
        double sumJ = sx[j * k + i];
        return (sxy[ij] - sumI * sumJ / c) / (c - 1);
    }
}

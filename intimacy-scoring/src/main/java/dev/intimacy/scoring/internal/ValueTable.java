package dev.intimacy.scoring.internal;

/**
 * Turns raw matrix values into small indices ("entries"), so that the batch and reliability loops handle each
 * value without a data-dependent branch: the batch kernel looks its entries up in per-item tables, the
 * reliability counter uses them as the digits of a row's pattern code.
 *
 * <p>There are {@link #stride()} entries. Entries {@code 0 .. span−1} stand for the raw values {@code lo ..
 * lo+span−1}, a range that covers the scale and, when they lie near it, the missing and declined markers;
 * entry {@link #markerEntry()} stands for a marker outside that range and {@link #invalidEntry()} for any
 * other value outside it. A loop computes {@code e = v − lo} and, only when {@code e} is not below {@code
 * span} (read as unsigned), asks {@link #entryOutside(int)}. With the usual markers (e.g. −1 or 0 next to a
 * 1..5 scale) that never happens, so missing answers cost no mispredicted branch; with a far marker (e.g.
 * −999) it costs what a plain comparison would.
 *
 * <p>{@link #kind(int)} and {@link #value(int)} say what an entry stands for. A direct entry may stand for a
 * value that is neither on the scale nor a marker (e.g. 0 between the marker −1 and a 1..5 scale); callers
 * turn those into an error after the fact, looking the bad value up only then.
 */
public final class ValueTable {
    /** The entry is a point of the scale. */
    public static final int VALID = 0;
    /** The entry is the missing or the declined marker. */
    public static final int MARKER = 1;
    /** The entry is any other value: an error in the data. */
    public static final int INVALID = 2;

    /** Widest range of raw values that gets direct entries; markers further away use the marker entry. */
    static final int MAX_SPAN = 1024;

    private final int min;
    private final int max;
    private final int missing;
    private final int declined;
    private final int lo;
    private final int span;

    /**
     * Creates the table layout for a scale and a matrix's markers.
     *
     * @param min the scale minimum
     * @param max the scale maximum (at most 1001 points above the minimum, as a response scale allows)
     * @param missing the missing marker, outside the scale
     * @param declined the declined marker (equal to {@code missing} when the matrix has none), outside the scale
     */
    public ValueTable(int min, int max, int missing, int declined) {
        this(min, max, missing, declined, MAX_SPAN);
    }

    /**
     * Creates the table layout for a scale and a matrix's markers, with at most {@code maxSpan} direct entries:
     * the markers get direct entries only when the range from the lowest to the highest of scale and markers
     * has at most that many values.
     *
     * @param min the scale minimum
     * @param max the scale maximum (at most 1001 points above the minimum, as a response scale allows)
     * @param missing the missing marker, outside the scale
     * @param declined the declined marker (equal to {@code missing} when the matrix has none), outside the scale
     * @param maxSpan the most direct entries wanted, at least the number of points of the scale
     */
    public ValueTable(int min, int max, int missing, int declined, int maxSpan) {
        this.min = min;
        this.max = max;
        this.missing = missing;
        this.declined = declined;
        long low = Math.min(min, Math.min(missing, declined));
        long high = Math.max(max, Math.max(missing, declined));
        if (high - low + 1 <= maxSpan) {
            this.lo = (int) low;
            this.span = (int) (high - low + 1);
        } else {
            this.lo = min;
            this.span = max - min + 1;
        }
    }

    /** Returns the scale minimum. */
    public int scaleMin() {
        return min;
    }

    /** Returns the scale maximum. */
    public int scaleMax() {
        return max;
    }

    /** Returns the raw value of entry 0. */
    public int lo() {
        return lo;
    }

    /** Returns the number of direct entries: {@code v − lo} is one of them when it lies in {@code 0..span−1}. */
    public int span() {
        return span;
    }

    /** Returns the number of entries per item: the direct ones, then the marker and the invalid entry. */
    public int stride() {
        return span + 2;
    }

    /** Returns the entry of a marker outside the direct range. */
    public int markerEntry() {
        return span;
    }

    /** Returns the entry of an invalid value outside the direct range. */
    public int invalidEntry() {
        return span + 1;
    }

    /**
     * Returns the entry of a value outside the direct range: the marker entry or the invalid entry.
     *
     * @param v a raw value with {@code v − lo} not in {@code 0..span−1}
     * @return the entry
     */
    public int entryOutside(int v) {
        return isMarker(v) ? markerEntry() : invalidEntry();
    }

    /**
     * Returns what an entry stands for: {@link #VALID}, {@link #MARKER} or {@link #INVALID}.
     *
     * @param entry an entry, {@code 0..stride−1}
     * @return the kind
     */
    public int kind(int entry) {
        if (entry == markerEntry()) {
            return MARKER;
        }
        if (entry == invalidEntry()) {
            return INVALID;
        }
        int v = lo + entry;
        return isValid(v) ? VALID : isMarker(v) ? MARKER : INVALID;
    }

    /**
     * Returns the raw value of a direct entry.
     *
     * @param entry an entry below {@link #span()}
     * @return {@code lo + entry}
     */
    public int value(int entry) {
        return lo + entry;
    }

    /**
     * Returns whether a raw value is a point of the scale.
     *
     * @param v a raw value
     * @return whether {@code min <= v <= max}
     */
    public boolean isValid(int v) {
        return v >= min && v <= max;
    }

    /**
     * Returns whether a raw value is the missing or the declined marker.
     *
     * @param v a raw value
     * @return whether it is a marker
     */
    public boolean isMarker(int v) {
        return v == missing || v == declined;
    }
}

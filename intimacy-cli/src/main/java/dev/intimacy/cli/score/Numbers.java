package dev.intimacy.cli.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Formats scores for files: at most six decimals, no trailing zeros, a dot as decimal mark, never exponents. */
public final class Numbers {
    private Numbers() {}

    /**
     * Formats a number.
     *
     * @param value a finite number
     * @return for example {@code 62.5}, {@code 3.666667} or {@code 100}
     */
    public static String format(double value) {
        BigDecimal d =
                BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        String s = d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /**
     * Formats an optional number.
     *
     * @param value the number, possibly absent
     * @return the formatted number, or an empty string when absent
     */
    public static String format(OptionalDouble value) {
        return value.isPresent() ? format(value.getAsDouble()) : "";
    }
}

package dev.intimacy.cli.terminal;

/**
 * Horizontal bars of plain characters for POMP scores: {@code [############--------]} is 60 on a bar of 20
 * cells, each cell standing for 5 points, rounded to the nearest cell.
 */
public final class Bars {
    private Bars() {}

    /**
     * Draws a bar.
     *
     * @param pomp a score in [0, 100]
     * @param width the number of cells, at least 1
     * @return the bar, {@code width + 2} characters long
     */
    public static String bar(double pomp, int width) {
        int filled = (int) Math.round(Math.max(0, Math.min(100, pomp)) / 100.0 * width);
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
    }

    /**
     * Draws an empty bar for a score that could not be computed.
     *
     * @param width the number of cells
     * @return {@code [    ]} of {@code width + 2} characters
     */
    public static String empty(int width) {
        return "[" + " ".repeat(width) + "]";
    }

    /**
     * Pads text with spaces on the right to a width in code points (so that accented names line up).
     *
     * @param text the text
     * @param width the width
     * @return the padded text; text longer than the width is returned as it is
     */
    public static String pad(String text, int width) {
        int length = text.codePointCount(0, text.length());
        return length >= width ? text : text + " ".repeat(width - length);
    }
}

package dev.intimacy.cli.terminal;

import dev.intimacy.model.result.Band;

/**
 * Colours for terminal text, or none. Colour is used only when {@link dev.intimacy.cli.Environment#colour()}
 * allows it; the text reads the same without it.
 */
public final class Style {
    private static final String RESET = "\u001B[0m";

    private final boolean colour;

    private Style(boolean colour) {
        this.colour = colour;
    }

    /**
     * Returns a style.
     *
     * @param colour whether to colour
     * @return the style
     */
    public static Style of(boolean colour) {
        return new Style(colour);
    }

    /** Returns whether this style colours. */
    public boolean colours() {
        return colour;
    }

    /**
     * Returns text in bold.
     *
     * @param text the text
     * @return the text, with escape codes when colouring
     */
    public String bold(String text) {
        return wrap("\u001B[1m", text);
    }

    /**
     * Returns text dimmed.
     *
     * @param text the text
     * @return the text, with escape codes when colouring
     */
    public String dim(String text) {
        return wrap("\u001B[2m", text);
    }

    /**
     * Returns text in the colour of a band: green for a strength, cyan for developing, yellow for a growth area.
     *
     * @param band the band
     * @param text the text
     * @return the text, with escape codes when colouring
     */
    public String band(Band band, String text) {
        String code = switch (band) {
            case STRENGTH -> "\u001B[32m";
            case DEVELOPING -> "\u001B[36m";
            case GROWTH -> "\u001B[33m";
        };
        return wrap(code, text);
    }

    private String wrap(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}

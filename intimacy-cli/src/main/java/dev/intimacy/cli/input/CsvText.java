package dev.intimacy.cli.input;

/**
 * Text cells of the CSV files the command writes, made safe to open in a spreadsheet: a cell that begins
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula by
 * Excel, LibreOffice or Google Sheets ("CSV injection"), so it gets a leading apostrophe, which spreadsheets
 * show as text. Only text the command did not write itself needs this (respondent ids, reasons quoting
 * them); numbers are never changed. JSON output keeps every text as it was.
 */
public final class CsvText {
    private CsvText() {}

    /**
     * Returns the text as a cell that no spreadsheet runs as a formula.
     *
     * @param text the text
     * @return the text, with a leading {@code '} when it begins with a formula character
     */
    public static String cell(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}

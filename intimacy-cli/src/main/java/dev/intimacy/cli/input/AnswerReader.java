package dev.intimacy.cli.input;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.intimacy.cli.CliException;
import dev.intimacy.model.DyadId;
import dev.intimacy.model.IntimacyException;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.ResponseScale;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a wide answers CSV row by row, checking each row against an instrument; memory does not grow with the
 * number of rows.
 *
 * <p>The format:
 *
 * <ul>
 *   <li>UTF-8, with or without a byte-order mark; comma-separated; RFC 4180 quoting (a quoted cell may hold
 *       commas, quotes and line breaks); LF or CRLF line ends; blank lines are not rows.
 *   <li>The first line is the header: a {@value #RESPONDENT_COLUMN} column and one column per item id (exact
 *       ids such as {@code TRU-01}), in any order. Names are trimmed.
 *   <li>A cell is trimmed, then read as: empty or {@code NA} (any case) — skipped; {@code declined} (any case)
 *       — declined ("prefer not to say"); a whole number on the instrument's scale — an answer. Anything else
 *       makes the row invalid.
 * </ul>
 *
 * <p>Header rules, decided once for the whole file (a breach is a usage error, exit code 2): a blank or
 * repeated column name, no {@value #RESPONDENT_COLUMN} column, no item column at all, or a column that is
 * neither an item of the instrument nor a known column — unless unknown columns are ignored on request, then
 * they are named in a warning. Item columns the file lacks are allowed: those items count as skipped in every
 * row, and a warning names them.
 *
 * <p>Row rules: a row with another number of cells than the header, an empty or invalid respondent id, a cell
 * that is not a whole number, or a value outside the scale is {@link Row.Invalid invalid}, with every reason;
 * reasons name the item and the rejected value, never a valid answer. The file itself is unusable (an
 * input/output error, exit code 3) when it is empty, is not UTF-8, or cannot be parsed as CSV.
 */
public final class AnswerReader implements AutoCloseable {

    /** The column of respondent ids. */
    public static final String RESPONDENT_COLUMN = "respondent_id";

    /** The column of dyad (couple) ids. */
    public static final String DYAD_COLUMN = "dyad_id";

    /** The column that marks a prediction row with the id of the partner predicted. */
    public static final String PREDICTS_COLUMN = "predicts";

    private static final int MAX_SHOWN = 24;

    private final String file;
    private final Instrument instrument;
    private final CountingInputStream counting;
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final int width;
    private final int respondentColumn;
    private final int dyadColumn;
    private final int predictsColumn;
    /** Per CSV column, the instrument position of its item, or -1. */
    private final int[] itemOfColumn;

    private final List<String> ignoredColumns;
    private final List<ItemId> missingItems;
    private long lastLine;

    private AnswerReader(
            String file,
            Instrument instrument,
            CountingInputStream counting,
            CsvReader<CsvRecord> csv,
            Layout layout,
            boolean ignoreUnknown,
            Consumer<String> warn) {
        this.file = file;
        this.instrument = instrument;
        this.counting = counting;
        this.csv = csv;
        this.records = csv.iterator();
        CsvRecord header = nextRecord();
        if (header == null) {
            throw CliException.io(file + " is empty: expected a header line with " + RESPONDENT_COLUMN
                    + " and one column per item of " + instrument.ref());
        }
        List<String> names = new ArrayList<>(header.getFields());
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        this.width = names.size();
        this.itemOfColumn = new int[width];
        Map<String, Integer> seen = new LinkedHashMap<>();
        int respondent = -1;
        int dyad = -1;
        int predicts = -1;
        List<String> unknown = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        boolean[] present = new boolean[instrument.items().size()];
        for (int c = 0; c < width; c++) {
            itemOfColumn[c] = -1;
            String name = names.get(c).strip();
            if (name.isEmpty()) {
                throw CliException.usage(file + ": column " + (c + 1) + " of the header has no name");
            }
            Integer before = seen.putIfAbsent(name, c);
            if (before != null) {
                throw CliException.usage(file + ": column '" + shown(name) + "' appears twice in the header (columns "
                        + (before + 1) + " and " + (c + 1) + ")");
            }
            if (name.equals(RESPONDENT_COLUMN)) {
                respondent = c;
            } else if (name.equals(DYAD_COLUMN)) {
                if (layout == Layout.COUPLES) {
                    dyad = c;
                } else {
                    ignored.add(name);
                }
            } else if (name.equals(PREDICTS_COLUMN)) {
                if (layout != Layout.COUPLES) {
                    throw CliException.usage(file + ": the header has a " + PREDICTS_COLUMN + " column: its rows"
                            + " predict a partner's answers and are not their own; use 'intimacy couple' for such a"
                            + " file, or remove the column and the prediction rows");
                }
                predicts = c;
            } else {
                int position = position(name);
                if (position >= 0) {
                    itemOfColumn[c] = position;
                    present[position] = true;
                } else {
                    unknown.add(name);
                }
            }
        }
        if (respondent < 0) {
            throw CliException.usage(file + ": the header has no " + RESPONDENT_COLUMN + " column (it has: "
                    + shownList(seen.keySet()) + ")");
        }
        if (layout == Layout.COUPLES && dyad < 0) {
            throw CliException.usage(file + ": the header has no " + DYAD_COLUMN + " column, which a couple file"
                    + " needs (two rows per couple with the same " + DYAD_COLUMN + ")");
        }
        if (!unknown.isEmpty()) {
            String list = shownList(unknown);
            if (!ignoreUnknown) {
                throw CliException.usage(file + ": unknown column" + (unknown.size() == 1 ? " " : "s ") + list
                        + hint(unknown) + " (not items of " + instrument.ref() + " nor " + RESPONDENT_COLUMN
                        + "); check the --instrument, or pass --ignore-unknown-columns to skip them");
            }
            warn.accept(file + ": ignoring unknown column" + (unknown.size() == 1 ? " " : "s ") + list);
            ignored.addAll(unknown);
        }
        List<ItemId> missing = new ArrayList<>();
        for (int i = 0; i < present.length; i++) {
            if (!present[i]) {
                missing.add(instrument.items().get(i).id());
            }
        }
        if (missing.size() == present.length) {
            throw CliException.usage(file + ": the header has no column for any item of " + instrument.ref()
                    + " (items are "
                    + shownList(
                            instrument.items().stream().map(i -> i.id().value()).toList()) + ")");
        }
        if (!missing.isEmpty()) {
            warn.accept(file + ": no column for " + missing.size() + " item" + (missing.size() == 1 ? " " : "s ")
                    + shownList(missing.stream().map(ItemId::value).toList())
                    + "; they count as skipped in every row");
        }
        this.respondentColumn = respondent;
        this.dyadColumn = dyad;
        this.predictsColumn = predicts;
        this.ignoredColumns = List.copyOf(ignored);
        this.missingItems = List.copyOf(missing);
    }

    /**
     * Opens a file and reads its header.
     *
     * @param file the CSV file
     * @param instrument the instrument its item columns belong to
     * @param layout which non-item columns are expected
     * @param ignoreUnknown whether unknown columns are skipped (with a warning) rather than refused
     * @param warn receives warnings (ignored columns, items without a column)
     * @return the reader, positioned after the header
     * @throws CliException a usage error when the header does not fit; an input/output error when the file
     *     cannot be read, is empty or is not UTF-8
     */
    public static AnswerReader open(
            Path file, Instrument instrument, Layout layout, boolean ignoreUnknown, Consumer<String> warn) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw CliException.io("cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw CliException.io("cannot read " + file + ": " + e.getMessage(), e);
        }
        return open(in, file.toString(), instrument, layout, ignoreUnknown, warn);
    }

    /**
     * Reads a CSV from a stream (for example the demo's sample answers, a class-path resource) and its header.
     * The stream is closed with the reader.
     *
     * @param in the CSV's bytes
     * @param source a description of where they come from, for messages
     * @param instrument the instrument its item columns belong to
     * @param layout which non-item columns are expected
     * @param ignoreUnknown whether unknown columns are skipped (with a warning) rather than refused
     * @param warn receives warnings
     * @return the reader, positioned after the header
     * @throws CliException as {@link #open(Path, Instrument, Layout, boolean, Consumer)}
     */
    public static AnswerReader open(
            InputStream in,
            String source,
            Instrument instrument,
            Layout layout,
            boolean ignoreUnknown,
            Consumer<String> warn) {
        CountingInputStream counting = new CountingInputStream(in);
        Reader reader = new InputStreamReader(
                counting,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(reader);
        try {
            return new AnswerReader(source, instrument, counting, csv, layout, ignoreUnknown, warn);
        } catch (RuntimeException e) {
            try {
                csv.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private int position(String name) {
        List<Item> items = instrument.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().value().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private String hint(List<String> unknown) {
        for (String u : unknown) {
            for (Item i : instrument.items()) {
                if (i.id().value().equalsIgnoreCase(u)) {
                    return " (did you mean " + i.id() + "? item ids are case-sensitive)";
                }
            }
        }
        return "";
    }

    private @Nullable CsvRecord nextRecord() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord r = records.next();
            lastLine = r.getStartingLineNumber();
            return r;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw CliException.io(
                        file + " is not UTF-8 text (a byte sequence after line " + lastLine
                                + " cannot be decoded); save it as UTF-8 and try again",
                        e);
            }
            throw CliException.io("cannot read " + file + " after line " + lastLine + ": " + e.getMessage(), e);
        } catch (CsvParseException e) {
            throw CliException.io(file + " cannot be read as CSV after line " + lastLine + ": " + e.getMessage(), e);
        } catch (NoSuchElementException e) {
            return null;
        }
    }

    /**
     * Reads the next row.
     *
     * @return the row, or null at the end of the file
     * @throws CliException an input/output error when the rest of the file cannot be read
     */
    public @Nullable Row next() {
        CsvRecord r = nextRecord();
        if (r == null) {
            return null;
        }
        return check(r);
    }

    private Row check(CsvRecord r) {
        long line = r.getStartingLineNumber();
        List<String> problems = new ArrayList<>();
        String respondentText = r.getFieldCount() > respondentColumn
                ? r.getField(respondentColumn).strip()
                : "";
        RespondentId respondent = null;
        if (respondentText.isEmpty()) {
            problems.add(RESPONDENT_COLUMN + " is empty");
        } else {
            try {
                respondent = RespondentId.of(respondentText);
            } catch (IntimacyException e) {
                problems.add(RESPONDENT_COLUMN + ": " + e.getMessage());
            }
        }
        String readable = respondent == null ? null : respondent.value();
        if (r.getFieldCount() != width) {
            problems.add("has " + r.getFieldCount() + " cell" + (r.getFieldCount() == 1 ? "" : "s")
                    + ", the header has " + width);
            return new Row.Invalid(line, readable, String.join("; ", problems));
        }
        int[] values = new int[instrument.items().size()];
        java.util.Arrays.fill(values, Row.SKIPPED);
        ResponseScale scale = instrument.scale();
        for (int c = 0; c < width; c++) {
            int position = itemOfColumn[c];
            if (position < 0) {
                continue;
            }
            String cell = r.getField(c).strip();
            ItemId item = instrument.items().get(position).id();
            if (cell.isEmpty() || cell.equalsIgnoreCase("NA")) {
                values[position] = Row.SKIPPED;
            } else if (cell.equalsIgnoreCase("declined")) {
                values[position] = Row.DECLINED;
            } else if (!isWholeNumber(cell)) {
                problems.add("item " + item + ": '" + shown(cell) + "' is not a whole number (allowed: " + scale
                        + ", empty or NA for skipped, declined)");
            } else {
                long v = parse(cell);
                if (v < scale.min() || v > scale.max()) {
                    problems.add("item " + item + ": answer " + shown(cell) + " is outside the scale " + scale);
                } else {
                    values[position] = (int) v;
                }
            }
        }
        DyadId dyad = null;
        if (dyadColumn >= 0) {
            String text = r.getField(dyadColumn).strip();
            if (text.isEmpty()) {
                problems.add(DYAD_COLUMN + " is empty");
            } else {
                try {
                    dyad = DyadId.of(text);
                } catch (IntimacyException e) {
                    problems.add(DYAD_COLUMN + ": " + e.getMessage());
                }
            }
        }
        RespondentId predicts = null;
        if (predictsColumn >= 0) {
            String text = r.getField(predictsColumn).strip();
            if (!text.isEmpty()) {
                try {
                    predicts = RespondentId.of(text);
                    if (predicts.equals(respondent)) {
                        problems.add(PREDICTS_COLUMN + " names the row's own respondent (a prediction is of the"
                                + " partner)");
                    }
                } catch (IntimacyException e) {
                    problems.add(PREDICTS_COLUMN + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty() || respondent == null) {
            return new Row.Invalid(line, readable, String.join("; ", problems));
        }
        return new Row.Valid(line, respondent, values, dyad, predicts);
    }

    private static boolean isWholeNumber(String s) {
        int start = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (start == s.length()) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    private static long parse(String s) {
        String digits = s.charAt(0) == '+' ? s.substring(1) : s;
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            // More digits than a long holds: certainly outside any scale.
            return digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /**
     * Returns a rejected value or a column name as it may be shown in a message: control characters replaced,
     * at most {@value #MAX_SHOWN} characters.
     *
     * @param text the text
     * @return the printable, shortened text
     */
    static String shown(String text) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (count == MAX_SHOWN) {
                sb.append('…');
                break;
            }
            sb.appendCodePoint(Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? '?' : cp);
            count++;
        }
        return sb.toString();
    }

    private static String shownList(Iterable<String> names) {
        List<String> out = new ArrayList<>();
        int n = 0;
        int total = 0;
        for (String s : names) {
            total++;
            if (n < 12) {
                out.add(shown(s));
                n++;
            }
        }
        return String.join(", ", out) + (total > n ? String.format(Locale.ROOT, " and %d more", total - n) : "");
    }

    /** Returns the header's columns that are read but not used (dyad ids in a respondents file, unknown ones). */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** Returns the instrument's items that have no column; they count as skipped in every row. */
    public List<ItemId> missingItems() {
        return missingItems;
    }

    /** Returns the instrument rows are read for. */
    public Instrument instrument() {
        return instrument;
    }

    /** Returns how many bytes of the file were read so far (ahead of the rows returned, by a buffer). */
    public long bytesRead() {
        return counting.count;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw CliException.io("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}

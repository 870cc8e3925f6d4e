package dev.intimacy.model.internal;

import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import java.util.regex.Pattern;

/** The two documented languages of identifiers, checked in one place. */
public final class Identifiers {
    /** Longest code identifier (instrument and item ids). */
    public static final int MAX_CODE_LENGTH = 64;

    /** Longest name identifier (respondent and dyad ids), in Unicode code points. */
    public static final int MAX_NAME_LENGTH = 128;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Identifiers() {}

    /**
     * Checks a code identifier: 1 to 64 ASCII letters, digits, '.', '_' or '-', starting with a letter or
     * digit.
     *
     * @param kind what is being checked, for the message (for example "item id")
     * @param value the candidate
     * @return the value
     */
    public static String requireCode(String kind, String value) {
        if (value == null) {
            throw new InvalidModelException(ModelError.INVALID_ID, kind + " is missing");
        }
        if (value.isEmpty()) {
            throw new InvalidModelException(ModelError.INVALID_ID, kind + " is empty");
        }
        if (value.length() > MAX_CODE_LENGTH) {
            throw new InvalidModelException(
                    ModelError.INVALID_ID,
                    kind + " '" + abbreviate(value) + "' is " + value.length() + " characters long (at most "
                            + MAX_CODE_LENGTH + " allowed)");
        }
        if (!CODE.matcher(value).matches()) {
            throw new InvalidModelException(
                    ModelError.INVALID_ID,
                    kind + " '" + printable(value) + "' has a character that is not allowed (allowed: ASCII"
                            + " letters, digits, '.', '_' and '-', starting with a letter or digit)");
        }
        return value;
    }

    /**
     * Checks a name identifier: 1 to 128 Unicode code points, no control or line-separator characters,
     * no leading or trailing whitespace.
     *
     * @param kind what is being checked, for the message (for example "respondent id")
     * @param value the candidate
     * @return the value
     */
    public static String requireName(String kind, String value) {
        if (value == null) {
            throw new InvalidModelException(ModelError.INVALID_ID, kind + " is missing");
        }
        if (value.isBlank()) {
            throw new InvalidModelException(ModelError.INVALID_ID, kind + " is blank");
        }
        int length = value.codePointCount(0, value.length());
        if (length > MAX_NAME_LENGTH) {
            throw new InvalidModelException(
                    ModelError.INVALID_ID,
                    kind + " '" + abbreviate(value) + "' is " + length + " characters long (at most " + MAX_NAME_LENGTH
                            + " allowed)");
        }
        if (value.codePoints().anyMatch(Identifiers::isControl)) {
            throw new InvalidModelException(
                    ModelError.INVALID_ID,
                    kind + " '" + printable(value) + "' contains a control or line-break character (not" + " allowed)");
        }
        if (Character.isWhitespace(value.codePointAt(0))
                || Character.isWhitespace(value.codePointBefore(value.length()))) {
            throw new InvalidModelException(
                    ModelError.INVALID_ID, kind + " '" + value + "' starts or ends with whitespace (not allowed)");
        }
        return value;
    }

    private static boolean isControl(int cp) {
        return Character.isISOControl(cp)
                || cp == 0x2028
                || cp == 0x2029
                || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.SURROGATE
                || Character.getType(cp) == Character.UNASSIGNED;
    }

    private static String abbreviate(String value) {
        String p = printable(value);
        return p.length() <= 24 ? p : p.substring(0, 24) + "…";
    }

    /** Replaces control characters with their escaped code so that a message stays on one line. */
    public static String printable(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (isControl(cp)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}

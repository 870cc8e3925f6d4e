package dev.intimacy.content.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The documented syntaxes of the content format (ids, text keys, locale tags, paths), checked in one place. */
public final class Syntax {
    /** Longest content or pack id. */
    public static final int MAX_ID_LENGTH = 64;

    /** Longest text key. */
    public static final int MAX_KEY_LENGTH = 128;

    /** Longest relative path in a manifest. */
    public static final int MAX_PATH_LENGTH = 256;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?");
    private static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private Syntax() {}

    /**
     * Checks a content or pack id.
     *
     * @param value the candidate
     * @return null when valid, else what is wrong (starting with the quoted value)
     */
    public static @Nullable String idProblem(@Nullable String value) {
        if (value == null) {
            return "is missing";
        }
        if (value.isEmpty()) {
            return "is empty";
        }
        if (value.length() > MAX_ID_LENGTH) {
            return "'" + abbreviate(value) + "' is " + value.length() + " characters long (at most " + MAX_ID_LENGTH
                    + " allowed)";
        }
        if (!ID.matcher(value).matches()) {
            return "'" + abbreviate(value) + "' has a character that is not allowed (allowed: lower-case ASCII letters,"
                    + " digits and '-', starting with a letter or digit)";
        }
        return null;
    }

    /**
     * Checks a text key.
     *
     * @param value the candidate
     * @return null when valid, else what is wrong
     */
    public static @Nullable String keyProblem(String value) {
        if (value.isEmpty()) {
            return "text key is empty";
        }
        if (value.length() > MAX_KEY_LENGTH) {
            return "text key '" + abbreviate(value) + "' is " + value.length() + " characters long (at most "
                    + MAX_KEY_LENGTH + " allowed)";
        }
        if (!KEY.matcher(value).matches()) {
            return "text key '" + abbreviate(value) + "' has a character that is not allowed (allowed: lower-case"
                    + " ASCII letters, digits, '.', '_' and '-', starting with a letter or digit)";
        }
        return null;
    }

    /**
     * Tells whether a text is a locale tag of the documented form: {@code language[-Script][-REGION]}, for
     * example {@code en}, {@code es-MX}, {@code es-419} or {@code zh-Hant-TW}.
     *
     * @param tag the candidate
     * @return true when valid
     */
    public static boolean isLocaleTag(String tag) {
        return LOCALE.matcher(tag).matches();
    }

    /**
     * Returns the documented tag of a locale: {@code language[-Script][-REGION]}, without variants or
     * extensions.
     *
     * @param locale the locale
     * @return its tag, {@code und} for the root locale
     */
    public static String tagOf(Locale locale) {
        // toLanguageTag gives the modern ISO 639 code (he, not the legacy iw) and "und" for no language.
        String language = locale.toLanguageTag().split("-", -1)[0];
        if (language.equals("und")) {
            return "und";
        }
        StringBuilder sb = new StringBuilder(language);
        if (!locale.getScript().isEmpty()) {
            sb.append('-').append(locale.getScript());
        }
        if (!locale.getCountry().isEmpty()) {
            sb.append('-').append(locale.getCountry());
        }
        return sb.toString();
    }

    /**
     * Checks a relative path named in a manifest: forward slashes, segments of ASCII letters, digits, {@code
     * .}, {@code _} and {@code -}, no {@code .} or {@code ..} segment, no leading slash, ending in {@code .json}.
     *
     * @param path the candidate
     * @return null when safe, else what is wrong
     */
    public static @Nullable String pathProblem(String path) {
        if (path.isEmpty() || path.length() > MAX_PATH_LENGTH) {
            return "path '" + abbreviate(path) + "' must have 1 to " + MAX_PATH_LENGTH + " characters";
        }
        for (String segment : path.split("/", -1)) {
            if (!PATH_SEGMENT.matcher(segment).matches()) {
                return "path '" + abbreviate(path) + "' is not a plain relative path (allowed: segments of ASCII"
                        + " letters, digits, '.', '_' and '-' separated by '/', no leading '/', no '.' or '..')";
            }
        }
        if (!path.endsWith(".json")) {
            return "path '" + abbreviate(path) + "' does not end in .json";
        }
        return null;
    }

    /**
     * Shortens a value for a message and escapes control characters, so that a message stays short and on
     * one line.
     *
     * @param value any text
     * @return at most 40 characters of it
     */
    public static String abbreviate(String value) {
        StringBuilder sb = new StringBuilder();
        value.codePoints().limit(41).forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        if (value.codePointCount(0, value.length()) > 40) {
            sb.setLength(sb.offsetByCodePoints(0, 40));
            sb.append('…');
        }
        return sb.toString();
    }
}

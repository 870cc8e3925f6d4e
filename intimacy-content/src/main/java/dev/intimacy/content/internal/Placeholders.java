package dev.intimacy.content.internal;

import dev.intimacy.content.ContentError;
import dev.intimacy.content.ContentException;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Placeholder substitution without {@link java.text.MessageFormat}: {@code {0}}, {@code {1}} … are replaced by
 * the arguments' string forms; nothing else is special (apostrophes and other braces stay as they are).
 */
public final class Placeholders {
    private static final int MAX_INDEX = 99;

    private Placeholders() {}

    /**
     * Replaces each {@code {n}} with {@code String.valueOf(args[n])}; numbers are written as {@link
     * String#valueOf(Object)} does, which does not depend on the default locale.
     *
     * @param template the text
     * @param args the arguments
     * @param key the text's key, for messages
     * @param tag the text's locale tag, for messages
     * @return the text with placeholders replaced
     * @throws ContentException with {@link ContentError#MISSING_ARGUMENT} when a placeholder has no argument
     */
    public static String format(String template, Object[] args, String key, String tag) {
        StringBuilder sb = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int end = c == '{' ? placeholderEnd(template, i) : -1;
            if (end < 0) {
                sb.append(c);
                i++;
                continue;
            }
            int index = Integer.parseInt(template.substring(i + 1, end));
            if (index >= args.length) {
                throw new ContentException(
                        ContentError.MISSING_ARGUMENT,
                        String.format(
                                Locale.ROOT,
                                "text '%s' in locale '%s' uses placeholder {%d} but %d argument%s given",
                                key,
                                tag,
                                index,
                                args.length,
                                args.length == 1 ? " was" : "s were"));
            }
            sb.append(args[index]);
            i = end + 1;
        }
        return sb.toString();
    }

    /** Returns the index of the closing brace of a placeholder starting at {@code start}, or -1. */
    private static int placeholderEnd(String s, int start) {
        int j = start + 1;
        while (j < s.length() && j - start <= 2 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            j++;
        }
        boolean digits = j > start + 1;
        return digits && j < s.length() && s.charAt(j) == '}' ? j : -1;
    }

    /**
     * Returns the placeholder indices a text uses.
     *
     * @param template the text
     * @return the indices, sorted
     */
    public static SortedSet<Integer> indices(String template) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int i = 0; i < template.length(); i++) {
            if (template.charAt(i) == '{') {
                int end = placeholderEnd(template, i);
                if (end > 0) {
                    int index = Integer.parseInt(template.substring(i + 1, end));
                    if (index <= MAX_INDEX) {
                        out.add(index);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Describes a set of indices for a message, for example {@code {0}, {1}} or {@code none}.
     *
     * @param indices the indices
     * @return the description
     */
    public static String describe(SortedSet<Integer> indices) {
        return indices.isEmpty()
                ? "none"
                : indices.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "));
    }
}

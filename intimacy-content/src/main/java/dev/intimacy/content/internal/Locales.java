package dev.intimacy.content.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Locale fallback: from the most specific tag to its language, then the pack's default. */
public final class Locales {
    private Locales() {}

    /**
     * Returns the candidate tags for a locale, most specific first: {@code es-MX} gives {@code es-MX, es};
     * {@code zh-Hant-TW} gives {@code zh-Hant-TW, zh-Hant, zh}.
     *
     * @param locale the requested locale
     * @return the candidates, without the default; empty for the root locale
     */
    public static List<String> candidates(Locale locale) {
        List<String> out = new ArrayList<>();
        String tag = Syntax.tagOf(locale);
        if (tag.equals("und")) {
            return out;
        }
        String language = tag.split("-", -1)[0];
        String script = locale.getScript();
        String region = locale.getCountry();
        out.add(tag);
        if (!script.isEmpty() && !region.isEmpty()) {
            out.add(language + "-" + script);
        }
        if (!script.isEmpty() || !region.isEmpty()) {
            out.add(language);
        }
        return out;
    }

    /**
     * Returns the fallback chain of tags that a pack has, for a requested locale: the candidates the pack has,
     * then the default tag.
     *
     * @param locale the requested locale
     * @param available the tags the pack has texts for
     * @param defaultTag the pack's default tag
     * @return the chain, without repeats; never empty when the pack has its default
     */
    public static List<String> chain(Locale locale, Collection<String> available, String defaultTag) {
        List<String> chain = new ArrayList<>();
        for (String c : candidates(locale)) {
            if (available.contains(c) && !chain.contains(c)) {
                chain.add(c);
            }
        }
        if (available.contains(defaultTag) && !chain.contains(defaultTag)) {
            chain.add(defaultTag);
        }
        return chain;
    }

    /**
     * Returns the nearest less specific tag that is among the given tags, for a regional tag such as {@code
     * es-MX}.
     *
     * @param tag a locale tag
     * @param tags the tags of a pack
     * @return the parent tag, or null when the tag has none among them (it is then a full locale)
     */
    public static @Nullable String parentIn(String tag, Collection<String> tags) {
        List<String> candidates = candidates(Locale.forLanguageTag(tag));
        for (int i = 1; i < candidates.size(); i++) {
            if (tags.contains(candidates.get(i))) {
                return candidates.get(i);
            }
        }
        return null;
    }
}

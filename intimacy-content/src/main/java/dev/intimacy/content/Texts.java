package dev.intimacy.content;

import dev.intimacy.content.internal.Placeholders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of one pack for one requested locale, with fallback: a key is looked up in the requested locale,
 * then in less specific forms of it, then in the pack's default locale. For {@code es-MX} in the bundled pack
 * the chain is {@code es-MX → es → en}; for a locale the pack does not have, such as {@code fr}, it is just
 * {@code en}.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}} …, replaced by {@link #format(String, Object...)} without
 * {@link java.text.MessageFormat}: apostrophes need no escaping and numbers are not formatted for a locale.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Texts es = ContentPacks.bundled().texts(Locale.forLanguageTag("es-MX"));
 * String question = es.text("prompt.pr-dis-01");
 * String duration = es.format("exercise.minutes", 15); // "15 minutos"
 * }</pre>
 */
public final class Texts {
    private final String pack;
    private final Locale locale;
    private final List<Locale> chain;
    private final List<String> tags;
    private final List<Map<String, String>> maps;

    Texts(String pack, Locale locale, List<String> tags, List<Map<String, String>> maps) {
        this.pack = pack;
        this.locale = locale;
        this.tags = List.copyOf(tags);
        this.maps = List.copyOf(maps);
        List<Locale> c = new ArrayList<>();
        for (String tag : tags) {
            c.add(Locale.forLanguageTag(tag));
        }
        this.chain = Collections.unmodifiableList(c);
    }

    /**
     * Returns the locale that was requested.
     *
     * @return the requested locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the locales a key is looked up in, in order.
     *
     * @return the fallback chain, for example {@code [es-MX, es, en]}; the pack's default is last
     */
    public List<Locale> fallbackChain() {
        return chain;
    }

    /**
     * Finds the text of a key.
     *
     * @param key a text key
     * @return the text from the first locale of the chain that has it, or empty when none has
     */
    public Optional<String> find(String key) {
        for (Map<String, String> m : maps) {
            String t = m.get(key);
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells which locale of the chain provides a key's text.
     *
     * @param key a text key
     * @return the locale, or empty when no locale of the chain has the key
     */
    public Optional<Locale> localeOf(String key) {
        for (int i = 0; i < maps.size(); i++) {
            if (maps.get(i).containsKey(key)) {
                return Optional.of(chain.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the text of a key.
     *
     * @param key a text key
     * @return the text from the first locale of the chain that has it
     * @throws ContentException with {@link ContentError#MISSING_TEXT} when no locale of the chain has the key
     */
    public String text(String key) {
        return find(key)
                .orElseThrow(() -> new ContentException(
                        ContentError.MISSING_TEXT,
                        "pack '" + pack + "': text key '" + key + "' has no text in "
                                + (tags.isEmpty() ? "any locale" : tags) + " (requested " + locale.toLanguageTag()
                                + ")"));
    }

    /**
     * Returns the text of a key with its placeholders {@code {0}}, {@code {1}} … replaced by the arguments'
     * {@link String#valueOf(Object) string forms}.
     *
     * @param key a text key
     * @param args the arguments; extra arguments are ignored
     * @return the text with placeholders replaced
     * @throws ContentException with {@link ContentError#MISSING_TEXT} when no locale has the key, or {@link
     *     ContentError#MISSING_ARGUMENT} when the text uses a placeholder without an argument
     */
    public String format(String key, Object... args) {
        String template = text(key);
        String tag = localeOf(key).map(Locale::toLanguageTag).orElse("?");
        return Placeholders.format(template, args, key, tag);
    }

    /** Returns {@code Texts[pack, chain]}. */
    @Override
    public String toString() {
        return "Texts[" + pack + ", " + tags + "]";
    }
}

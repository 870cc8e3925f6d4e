package dev.intimacy.content;

import dev.intimacy.content.internal.Composer;
import dev.intimacy.content.internal.Locales;
import dev.intimacy.content.internal.Located;
import dev.intimacy.content.internal.PackData;
import dev.intimacy.content.internal.Syntax;
import dev.intimacy.content.internal.Validation;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.result.Band;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A content pack: its manifest, instruments, conversation prompts, exercises, interpretations, care notes and
 * safety items, and its texts per locale. A pack is immutable and thread-safe.
 *
 * <p>Get one from {@link ContentPacks}; extend one with an add-on through {@link #with(ContentPack)}. Values
 * hold text keys; {@link #texts(Locale)} resolves them with locale fallback.
 *
 * <p>A pack loaded with {@link LoadOptions#validate() validation} switched off keeps out every entry that
 * has a problem of its own (an unknown dimension, a depth of 5…); {@link #validate()} lists those problems.
 *
 * <pre>{@code
 * ContentPack pack = ContentPacks.bundled();
 * List<Prompt> trust = pack.prompts(Dimension.TRUST);
 * String text = pack.texts(Locale.ENGLISH).text(trust.get(0).textKey());
 * }</pre>
 */
public final class ContentPack {
    private final PackData data;
    private final List<Instrument> instruments;
    private final List<Prompt> prompts;
    private final List<Exercise> exercises;
    private final List<PersonalInterpretation> personal;
    private final List<CoupleInterpretation> couple;
    private final List<CareNote> careNotes;
    private final List<SafetyItem> safetyItems;
    private final Map<Dimension, List<Prompt>> promptsByDimension;
    private final Map<Dimension, List<Exercise>> exercisesByDimension;
    private final Map<String, Map<String, String>> texts;
    private final List<Locale> locales;
    private volatile @Nullable ValidationReport report;

    ContentPack(PackData data) {
        this.data = data;
        this.instruments = values(data.instruments());
        this.prompts = values(data.prompts());
        this.exercises = values(data.exercises());
        this.personal = values(data.personal());
        this.couple = values(data.couple());
        this.careNotes = values(data.careNotes());
        this.safetyItems = values(data.safetyItems());
        this.promptsByDimension = byDimension(prompts, Prompt::dimension);
        this.exercisesByDimension = byDimension(exercises, Exercise::dimension);
        Map<String, Map<String, String>> t = new LinkedHashMap<>();
        List<Locale> l = new ArrayList<>();
        data.texts().forEach((tag, map) -> {
            Map<String, String> m = new LinkedHashMap<>();
            map.forEach((key, text) -> m.put(key, text.text()));
            t.put(tag, Collections.unmodifiableMap(m));
            l.add(Locale.forLanguageTag(tag));
        });
        this.texts = Collections.unmodifiableMap(t);
        this.locales = Collections.unmodifiableList(l);
    }

    private static <T> List<T> values(List<Located<T>> located) {
        List<T> out = new ArrayList<>(located.size());
        located.forEach(l -> out.add(l.value()));
        return Collections.unmodifiableList(out);
    }

    private static <T> Map<Dimension, List<T>> byDimension(List<T> values, Function<T, Dimension> dimension) {
        Map<Dimension, List<T>> map = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            map.put(d, new ArrayList<>());
        }
        values.forEach(v -> map.get(dimension.apply(v)).add(v));
        map.replaceAll((d, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(map);
    }

    PackData data() {
        return data;
    }

    /**
     * Returns the base pack's manifest (for a composed pack, the manifest of the pack composed onto).
     *
     * @return the manifest
     */
    public PackManifest manifest() {
        return data.manifest();
    }

    /**
     * Returns the manifests of the packs this pack is made of: the base first, then each add-on in the order
     * composed.
     *
     * @return one manifest for a pack that was not composed
     */
    public List<PackManifest> sources() {
        return data.manifests();
    }

    /**
     * Returns the base pack's id.
     *
     * @return the id
     */
    public PackId id() {
        return data.manifest().id();
    }

    /**
     * Returns the instruments, in the order of the manifest(s).
     *
     * @return the instruments
     */
    public List<Instrument> instruments() {
        return instruments;
    }

    /**
     * Finds an instrument.
     *
     * @param id the instrument's id
     * @return the instrument, or empty when the pack has none with that id
     */
    public Optional<Instrument> instrument(InstrumentId id) {
        return instruments.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Returns every prompt, in file order.
     *
     * @return the prompts
     */
    public List<Prompt> prompts() {
        return prompts;
    }

    /**
     * Returns the prompts of one dimension, in file order.
     *
     * @param dimension the dimension
     * @return its prompts; empty when the pack has none
     */
    public List<Prompt> prompts(Dimension dimension) {
        return promptsByDimension.get(dimension);
    }

    /**
     * Finds a prompt.
     *
     * @param id the prompt's id
     * @return the prompt, or empty when no prompt has that id
     */
    public Optional<Prompt> prompt(ContentId id) {
        return prompts.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Returns every exercise, in file order.
     *
     * @return the exercises
     */
    public List<Exercise> exercises() {
        return exercises;
    }

    /**
     * Returns the exercises of one dimension, in file order.
     *
     * @param dimension the dimension
     * @return its exercises; empty when the pack has none
     */
    public List<Exercise> exercises(Dimension dimension) {
        return exercisesByDimension.get(dimension);
    }

    /**
     * Finds an exercise.
     *
     * @param id the exercise's id
     * @return the exercise, or empty when no exercise has that id
     */
    public Optional<Exercise> exercise(ContentId id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * Returns the personal interpretations (dimension × band).
     *
     * @return the interpretations, in file order
     */
    public List<PersonalInterpretation> personalInterpretations() {
        return personal;
    }

    /**
     * Returns the couple interpretations (dimension × pattern).
     *
     * @return the interpretations, in file order
     */
    public List<CoupleInterpretation> coupleInterpretations() {
        return couple;
    }

    /**
     * Finds what the pack says to one person about a dimension in a band.
     *
     * @param dimension the dimension
     * @param band the band
     * @return the interpretation; a valid base pack has one for every pair
     */
    public Optional<PersonalInterpretation> interpretation(Dimension dimension, Band band) {
        return personal.stream()
                .filter(p -> p.dimension() == dimension && p.band() == band)
                .findFirst();
    }

    /**
     * Finds what the pack says to a couple about a dimension whose scores form a pattern.
     *
     * @param dimension the dimension
     * @param pattern the pattern
     * @return the interpretation; a valid base pack has one for every pair
     */
    public Optional<CoupleInterpretation> interpretation(Dimension dimension, InterpretationPattern pattern) {
        return couple.stream()
                .filter(c -> c.dimension() == dimension && c.pattern() == pattern)
                .findFirst();
    }

    /**
     * Returns the text of what the pack says to one person about a dimension in a band.
     *
     * @param dimension the dimension
     * @param band the band
     * @param locale the requested locale; falls back as {@link #texts(Locale)} says
     * @return the text, or empty when the pack has no such interpretation
     * @throws ContentException with {@link ContentError#MISSING_TEXT} when the interpretation's key has no text
     */
    public Optional<String> interpretationText(Dimension dimension, Band band, Locale locale) {
        return interpretation(dimension, band).map(i -> texts(locale).text(i.textKey()));
    }

    /**
     * Returns the text of what the pack says to a couple about a dimension whose scores form a pattern.
     *
     * @param dimension the dimension
     * @param pattern the pattern
     * @param locale the requested locale; falls back as {@link #texts(Locale)} says
     * @return the text, or empty when the pack has no such interpretation
     * @throws ContentException with {@link ContentError#MISSING_TEXT} when the interpretation's key has no text
     */
    public Optional<String> interpretationText(Dimension dimension, InterpretationPattern pattern, Locale locale) {
        return interpretation(dimension, pattern).map(i -> texts(locale).text(i.textKey()));
    }

    /**
     * Returns the care notes.
     *
     * @return the care notes, in file order
     */
    public List<CareNote> careNotes() {
        return careNotes;
    }

    /**
     * Returns the safety items.
     *
     * @return the safety items, in file order
     */
    public List<SafetyItem> safetyItems() {
        return safetyItems;
    }

    /**
     * Returns the locales the pack has texts for, in the manifests' order (the base's first).
     *
     * @return the locales
     */
    public List<Locale> locales() {
        return locales;
    }

    /**
     * Returns the text keys one locale defines itself, without fallback, for tools that compare locales.
     *
     * @param locale a locale of the pack, for example {@code es}
     * @return its keys in file order; empty when the pack has no texts for exactly that locale
     */
    public Set<String> textKeys(Locale locale) {
        Map<String, String> m = texts.get(Syntax.tagOf(locale));
        return m == null ? Set.of() : Collections.unmodifiableSet(m.keySet());
    }

    /**
     * Returns the locale whose texts are the last fallback: the base manifest's default locale.
     *
     * @return the default locale
     */
    public Locale defaultLocale() {
        return data.manifest().defaultLocale();
    }

    /**
     * Returns the texts for a locale, with fallback: the locale itself, less specific forms of it ({@code
     * es-MX → es}), then the {@link #defaultLocale() default locale}. A locale the pack does not have at all
     * falls back to the default.
     *
     * @param locale the requested locale
     * @return the texts; cheap to create
     */
    public Texts texts(Locale locale) {
        List<String> chain = Locales.chain(locale, texts.keySet(), Syntax.tagOf(defaultLocale()));
        List<Map<String, String>> maps = new ArrayList<>();
        for (String tag : chain) {
            maps.add(texts.get(tag));
        }
        return new Texts(id().value(), locale, chain, maps);
    }

    /**
     * Validates the pack and lists every problem, each with its file, JSON pointer and a plain message. A pack
     * that declares a base ({@link PackManifest#extendsPack()}) and was not composed is checked on its own
     * terms: the checks that need the base (text keys, translations, references, coverage) wait until it is
     * composed.
     *
     * @return the report; computed once
     */
    public ValidationReport validate() {
        ValidationReport r = report;
        if (r == null) {
            r = ValidationReport.of(id().value(), Validation.validate(data));
            report = r;
        }
        return r;
    }

    /**
     * Returns this pack with an add-on composed onto it; same as {@link #compose(ContentPack, ContentPack)
     * compose(this, addOn)}.
     *
     * @param addOn the add-on
     * @return the composed pack
     * @throws ContentException with {@link ContentError#CONFLICT} when both define the same id, text key (in
     *     one locale) or interpretation, or the add-on extends another pack; with {@link
     *     ContentError#INVALID_PACK} when the composed pack does not validate
     */
    public ContentPack with(ContentPack addOn) {
        return compose(this, addOn);
    }

    /**
     * Composes an add-on onto a base. The add-on may add instruments, prompts, exercises, interpretations, care
     * notes, safety items, texts and whole locales; it may not override anything: the same id, the same text
     * key in the same locale, or the same interpretation in both packs is a conflict. The composed pack keeps
     * the base's manifest and default locale, and is validated.
     *
     * @param base the base pack
     * @param addOn the add-on
     * @return the composed pack
     * @throws ContentException with {@link ContentError#CONFLICT} listing every conflict; with {@link
     *     ContentError#INVALID_PACK} listing every problem when the composed pack does not validate
     */
    public static ContentPack compose(ContentPack base, ContentPack addOn) {
        ContentPack composed = new ContentPack(Composer.compose(base.data, addOn.data));
        composed.validate().requireValid();
        return composed;
    }

    /** Returns a summary: id, version, sources and counts. */
    @Override
    public String toString() {
        List<String> ids = new ArrayList<>();
        data.manifests().forEach(m -> ids.add(m.id() + "@" + m.version()));
        return "ContentPack[" + String.join(" + ", ids) + ", " + instruments.size() + " instruments, " + prompts.size()
                + " prompts, " + exercises.size() + " exercises, locales " + texts.keySet() + "]";
    }
}

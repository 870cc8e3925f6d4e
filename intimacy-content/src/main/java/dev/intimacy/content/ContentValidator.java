package dev.intimacy.content;

import dev.intimacy.content.internal.Composer;
import java.nio.file.Path;

/**
 * Validates packs and lists every problem, for content authors and tools (the CLI's {@code pack validate}).
 *
 * <pre>{@code
 * ValidationReport report = ContentValidator.check(Path.of("packs/my-pack"));
 * if (!report.isValid()) {
 *     report.errors().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>What is checked: the closed vocabularies (dimensions, bands, patterns, triggers, keying, perspective,
 * mode, tags, avoid flags); ranges (prompt depth 1..3, 3 to 7 exercise steps, 5 to 120 minutes, safety
 * thresholds on the scale); the syntax of ids, text keys and locale tags; unique ids (prompts, exercises and
 * care notes share one set; instrument ids; item ids within an instrument) and unique interpretations; in a
 * base pack, an interpretation for every dimension and band and every dimension and pattern, and a care note
 * for every trigger; safety items that name an instrument and item of the pack; a label for every point of
 * every instrument's scale; texts: a text for every key the pack uses in every full locale, the same keys in
 * every full locale, regional locales (such as {@code es-MX} beside {@code es}) that only override keys of
 * their language, no blank text, no two keys with the same text in one locale, and the same {@code {0}}-style
 * placeholders as the default locale.
 */
public final class ContentValidator {
    private ContentValidator() {}

    /**
     * Validates a pack already loaded.
     *
     * @param pack the pack
     * @return every problem; the same as {@link ContentPack#validate()}
     */
    public static ValidationReport validate(ContentPack pack) {
        return pack.validate();
    }

    /**
     * Reads a pack from a folder or zip archive without validating it on load, then validates it.
     *
     * @param path a folder that holds {@code manifest.json}, or a zip archive of one
     * @return every problem found
     * @throws ContentException when a file cannot be read at all, naming the file and the JSON pointer
     */
    public static ValidationReport check(Path path) {
        return check(path, LoadOptions.builder().validate(false).build());
    }

    /**
     * Reads a pack from a folder or zip archive with the given options (validation on load is switched off),
     * then validates it.
     *
     * @param path a folder that holds {@code manifest.json}, or a zip archive of one
     * @param options leniency and limits
     * @return every problem found
     * @throws ContentException when a file cannot be read at all, naming the file and the JSON pointer
     */
    public static ValidationReport check(Path path, LoadOptions options) {
        LoadOptions noValidation = LoadOptions.builder()
                .validate(false)
                .lenient(options.lenient())
                .maxDocumentBytes(options.maxDocumentBytes())
                .maxPackBytes(options.maxPackBytes())
                .maxFiles(options.maxFiles())
                .maxEntries(options.maxEntries())
                .maxTextLength(options.maxTextLength())
                .build();
        return ContentPacks.load(path, noValidation).validate();
    }

    /**
     * Reads an add-on from a folder or zip archive, composes it onto a base and validates the result, so that
     * the add-on's keys, translations and references are checked against the base.
     *
     * @param addOn a folder that holds the add-on's {@code manifest.json}, or a zip archive of one
     * @param base the pack the add-on extends, for example {@link ContentPacks#bundled()}
     * @return every problem of the composed pack
     * @throws ContentException when a file cannot be read at all, or with {@link ContentError#CONFLICT} when
     *     the add-on redefines an id, key or interpretation of the base
     */
    public static ValidationReport check(Path addOn, ContentPack base) {
        ContentPack pack =
                ContentPacks.load(addOn, LoadOptions.builder().validate(false).build());
        return new ContentPack(Composer.compose(base.data(), pack.data())).validate();
    }
}

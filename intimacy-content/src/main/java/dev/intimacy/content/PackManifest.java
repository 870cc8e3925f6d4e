package dev.intimacy.content;

import dev.intimacy.model.SemanticVersion;
import dev.intimacy.model.internal.Builders;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a pack's {@code manifest.json} says about it: id, version, title and description (as text keys),
 * licence, authors, a notice (for example that its instruments are not validated), its locales, and the
 * relative paths of its files. A pack that names a base in {@link #extendsPack()} is an add-on, meant to be
 * {@linkplain ContentPack#with(ContentPack) composed} onto that base.
 */
@Value.Immutable
public abstract class PackManifest {

    /** Returns the pack's id. */
    public abstract PackId id();

    /** Returns the pack's version. */
    public abstract SemanticVersion version();

    /** Returns the text key of the pack's title. */
    public abstract String titleKey();

    /** Returns the text key of the pack's description. */
    public abstract String descriptionKey();

    /** Returns the licence of the pack's content, an SPDX id such as {@code CC-BY-4.0}. */
    public abstract String licence();

    /** Returns the authors; never empty. */
    public abstract List<String> authors();

    /** Returns a plain-language notice shown with the pack, for example that it is not a diagnostic tool. */
    public abstract String notice();

    /** Returns the locales the pack has texts for, in the manifest's order. */
    public abstract List<Locale> locales();

    /** Returns the locale whose texts are the last fallback. */
    public abstract Locale defaultLocale();

    /** Returns the id of the base pack, when this pack is an add-on. */
    public abstract Optional<PackId> extendsPack();

    /** Returns the relative paths of the instrument files. */
    public abstract List<String> instrumentFiles();

    /** Returns the relative path of the prompts file, when the pack has one. */
    public abstract Optional<String> promptsFile();

    /** Returns the relative path of the exercises file, when the pack has one. */
    public abstract Optional<String> exercisesFile();

    /** Returns the relative path of the interpretations file, when the pack has one. */
    public abstract Optional<String> interpretationsFile();

    /** Returns the relative path of each locale's texts file, by locale tag (for example {@code es-MX}). */
    public abstract Map<String, String> textFiles();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PackManifest}; each single attribute may be set once. */
    public static final class Builder extends ImmutablePackManifest.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the manifest
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         * @throws ContentException with {@link ContentError#INVALID_VALUE} when there are no authors or a text
         *     is blank
         */
        @Override
        public PackManifest build() {
            return Builders.build("pack manifest", super::build);
        }
    }

    /** Returns {@code PackManifest[id@version]}. */
    @Override
    public String toString() {
        return "PackManifest[" + id() + "@" + version() + "]";
    }

    @Value.Check
    final void check() {
        if (authors().isEmpty() || authors().stream().anyMatch(String::isBlank)) {
            throw new ContentException(
                    ContentError.INVALID_VALUE, "pack " + id() + ": needs at least one author, none blank");
        }
        if (titleKey().isBlank() || descriptionKey().isBlank() || licence().isBlank() || notice().isBlank()) {
            throw new ContentException(
                    ContentError.INVALID_VALUE,
                    "pack " + id() + ": titleKey, descriptionKey, licence and notice must not be blank");
        }
    }
}

package dev.intimacy.content;

import dev.intimacy.model.internal.Builders;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * How {@link ContentPacks} reads a pack: whether it validates, whether unknown properties are tolerated, and
 * the limits that keep untrusted input harmless. The defaults suit packs of the bundled pack's size with a
 * wide margin.
 *
 * <pre>{@code
 * LoadOptions options = LoadOptions.builder().lenient(true).maxDocumentBytes(1 << 20).build();
 * ContentPack pack = ContentPacks.load(Path.of("my-pack"), options);
 * }</pre>
 */
@Value.Immutable
public abstract class LoadOptions {

    /**
     * Returns whether loading validates the pack and throws, listing every problem, when it is invalid.
     * Default true. When false, a readable but invalid pack is returned; call {@link ContentPack#validate()}.
     */
    @Value.Default
    public boolean validate() {
        return true;
    }

    /**
     * Returns whether properties the format does not define are tolerated. Default false: an unknown property
     * is an error with {@link ContentError#INVALID_STRUCTURE}. When true it is ignored and reported as a
     * {@link ProblemKind#UNKNOWN_PROPERTY} warning.
     */
    @Value.Default
    public boolean lenient() {
        return false;
    }

    /** Returns the largest size of one file, in bytes. Default 4 MiB. */
    @Value.Default
    public int maxDocumentBytes() {
        return 4 * 1024 * 1024;
    }

    /** Returns the largest total size of a pack's files (for a zip: of all its entries, uncompressed), in bytes. Default 64 MiB. */
    @Value.Default
    public long maxPackBytes() {
        return 64L * 1024 * 1024;
    }

    /** Returns the largest number of files in a pack (for a zip: of entries). Default 256. */
    @Value.Default
    public int maxFiles() {
        return 256;
    }

    /** Returns the largest number of entries in one array or texts object. Default 20,000. */
    @Value.Default
    public int maxEntries() {
        return 20_000;
    }

    /** Returns the longest text, in characters. Default 10,000. */
    @Value.Default
    public int maxTextLength() {
        return 10_000;
    }

    /** Returns the default options: validate, strict, the default limits. */
    public static LoadOptions defaults() {
        return builder().build();
    }

    /** Returns a new strict builder; unset attributes take their defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LoadOptions}; each attribute may be set once. */
    public static final class Builder extends ImmutableLoadOptions.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the options
         * @throws ContentException with {@link ContentError#INVALID_VALUE} when a limit is not positive
         */
        @Override
        public LoadOptions build() {
            return Builders.build("load options", super::build);
        }
    }

    /** Returns the options as text. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "LoadOptions[validate=%s, lenient=%s, maxDocumentBytes=%d, maxPackBytes=%d, maxFiles=%d,"
                        + " maxEntries=%d, maxTextLength=%d]",
                validate(),
                lenient(),
                maxDocumentBytes(),
                maxPackBytes(),
                maxFiles(),
                maxEntries(),
                maxTextLength());
    }

    @Value.Check
    final void check() {
        if (maxDocumentBytes() < 1 || maxPackBytes() < 1 || maxFiles() < 1 || maxEntries() < 1 || maxTextLength() < 1) {
            throw new ContentException(
                    ContentError.INVALID_VALUE, "load options: every limit must be at least 1, got " + this);
        }
    }
}

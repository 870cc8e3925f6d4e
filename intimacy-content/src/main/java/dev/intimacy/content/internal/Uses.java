package dev.intimacy.content.internal;

/** Records of what a pack's files declare and use, kept for the checks that span entries and files. */
public final class Uses {
    private Uses() {}

    /** The namespaces of ids that must be unique. */
    public enum Namespace {
        /** Prompts, exercises and care notes share one namespace. */
        CONTENT,
        /** Instrument ids. */
        INSTRUMENT
    }

    /**
     * An id declared by an entry, whether or not the entry could be built.
     *
     * @param namespace where the id must be unique
     * @param id the id as written
     * @param pack the pack
     * @param file the file
     * @param pointer the pointer of the id property
     */
    public record Id(Namespace namespace, String id, String pack, String file, String pointer) {}

    /**
     * A text key used by an entry.
     *
     * @param key the key as written
     * @param pack the pack
     * @param file the file
     * @param pointer the pointer of the key
     */
    public record Key(String key, String pack, String file, String pointer) {}

    /**
     * An entry that must be unique by a composite key, such as the personal interpretation of TRUST in band
     * GROWTH.
     *
     * @param key the composite key, for comparison
     * @param description the entry in words, for messages
     * @param pack the pack
     * @param file the file
     * @param pointer the pointer of the entry
     */
    public record Entry(String key, String description, String pack, String file, String pointer) {}

    /**
     * One text of one locale.
     *
     * @param text the text
     * @param pack the pack
     * @param file the file
     * @param pointer the pointer of the text
     */
    public record Text(String text, String pack, String file, String pointer) {}
}

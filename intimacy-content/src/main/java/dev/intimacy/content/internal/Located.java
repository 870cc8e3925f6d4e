package dev.intimacy.content.internal;

/**
 * A value read from a pack, with where it came from.
 *
 * @param value the value
 * @param pack the id of the pack it belongs to
 * @param file the file, relative to the pack's root
 * @param pointer the JSON pointer of the value in the file
 * @param <T> the value's type
 */
public record Located<T>(T value, String pack, String file, String pointer) {}

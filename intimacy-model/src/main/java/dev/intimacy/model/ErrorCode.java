package dev.intimacy.model;

/**
 * A stable, machine-readable error code. Each module lists its codes in an enum that implements this
 * interface; codes never change meaning between releases, so applications may switch on them.
 */
public interface ErrorCode {
    /**
     * Returns the stable code, for example {@code "MODEL_INVALID_ID"}.
     *
     * @return the code; upper-case letters, digits and underscores
     */
    String code();
}

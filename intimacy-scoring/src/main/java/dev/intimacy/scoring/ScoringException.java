package dev.intimacy.scoring;

import dev.intimacy.model.IntimacyException;

/** Thrown by the scoring module; carries a {@link ScoringError} code. */
public class ScoringException extends IntimacyException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param error the stable code
     * @param message what was wrong, where, and what is allowed
     */
    public ScoringException(ScoringError error, String message) {
        super(error, message);
    }
}

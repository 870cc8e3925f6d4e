package dev.intimacy.model;

/**
 * Thrown when a value of the domain model cannot be built because it breaks a structural rule: an
 * identifier with a character not allowed, a scale whose minimum is not below its maximum, duplicate
 * item ids, malformed JSON, and so on. The message names the field and the rule.
 */
public class InvalidModelException extends IntimacyException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param errorCode the stable code
     * @param message what was wrong, where, and what is allowed
     */
    public InvalidModelException(ErrorCode errorCode, String message) {
        super(errorCode, message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param errorCode the stable code
     * @param message what was wrong, where, and what is allowed
     * @param cause the underlying problem
     */
    public InvalidModelException(ErrorCode errorCode, String message, Throwable cause) {
        super(errorCode, message, cause);
    }
}

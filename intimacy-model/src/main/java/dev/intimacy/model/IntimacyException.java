package dev.intimacy.model;

/**
 * The root of every exception the intimacy SDK throws on purpose. Each carries a stable {@link
 * ErrorCode} and a message that says what was wrong, where, and what is allowed.
 *
 * <p>Messages never contain a respondent's valid answers: they may name an item and show a rejected
 * value (which is, by definition, not a valid answer), but nothing more.
 */
public class IntimacyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;

    /**
     * Creates an exception.
     *
     * @param errorCode the stable code
     * @param message what was wrong, where, and what is allowed
     */
    public IntimacyException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    /**
     * Creates an exception with a cause.
     *
     * @param errorCode the stable code
     * @param message what was wrong, where, and what is allowed
     * @param cause the underlying problem
     */
    public IntimacyException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /**
     * Returns the stable error code.
     *
     * @return the code
     */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /**
     * Returns the stable error code as a string, for example {@code "MODEL_INVALID_ID"}.
     *
     * @return the code's string form
     */
    public String code() {
        return errorCode.code();
    }
}

package dev.intimacy.content;

import dev.intimacy.model.IntimacyException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by the content module. The message says what was wrong, where (pack, file and JSON pointer when
 * there is one) and what is allowed; {@link #error()} is the stable code. When a pack fails validation the
 * exception carries every problem found, in {@link #problems()}.
 */
public class ContentException extends IntimacyException {
    private static final long serialVersionUID = 1L;

    private final ContentError error;

    @SuppressWarnings("serial") // an immutable list of immutable values; never null
    private final List<ValidationProblem> problems;

    /**
     * Creates an exception.
     *
     * @param error the stable code
     * @param message what was wrong, where, and what is allowed
     */
    public ContentException(ContentError error, String message) {
        this(error, message, List.of(), null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param error the stable code
     * @param message what was wrong, where, and what is allowed
     * @param cause the underlying problem
     */
    public ContentException(ContentError error, String message, Throwable cause) {
        this(error, message, List.of(), cause);
    }

    /**
     * Creates an exception that lists validation problems.
     *
     * @param error the stable code, usually {@link ContentError#INVALID_PACK}
     * @param message a summary
     * @param problems every problem found
     */
    public ContentException(ContentError error, String message, List<ValidationProblem> problems) {
        this(error, message, problems, null);
    }

    private ContentException(
            ContentError error, String message, List<ValidationProblem> problems, @Nullable Throwable cause) {
        super(error, message, cause);
        this.error = error;
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the stable error code.
     *
     * @return the code
     */
    public ContentError error() {
        return error;
    }

    /**
     * Returns the validation problems behind this exception.
     *
     * @return every problem found, in the validator's order; empty unless the error is {@link
     *     ContentError#INVALID_PACK}
     */
    public List<ValidationProblem> problems() {
        return problems;
    }
}

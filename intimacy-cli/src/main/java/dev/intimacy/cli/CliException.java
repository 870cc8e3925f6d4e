package dev.intimacy.cli;

/**
 * A failure the command reports to its user in one plain message, with the {@link ExitCode exit code} to
 * end with. Messages say what is wrong, where, and what is allowed; they never contain a respondent's
 * answers.
 */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /**
     * Returns a usage error (exit code {@value ExitCode#USAGE}).
     *
     * @param message what is wrong and what is allowed
     * @return the exception
     */
    public static CliException usage(String message) {
        return new CliException(ExitCode.USAGE, message, null);
    }

    /**
     * Returns an input/output error (exit code {@value ExitCode#IO}).
     *
     * @param message what could not be read or written, and why
     * @return the exception
     */
    public static CliException io(String message) {
        return new CliException(ExitCode.IO, message, null);
    }

    /**
     * Returns an input/output error with its cause (exit code {@value ExitCode#IO}).
     *
     * @param message what could not be read or written, and why
     * @param cause the underlying failure
     * @return the exception
     */
    public static CliException io(String message, Throwable cause) {
        return new CliException(ExitCode.IO, message, cause);
    }

    /** Returns the exit code to end with. */
    public int exitCode() {
        return exitCode;
    }
}

package dev.intimacy.cli;

/**
 * The exit codes of the {@code intimacy} command. They are part of its contract: scripts may test them.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>all good</td></tr>
 *   <tr><td>1</td><td>some rows had data errors (each written to the errors file, every other row was still
 *       written), or a content pack is invalid</td></tr>
 *   <tr><td>2</td><td>usage error: an unknown option, a missing or bad value, an unknown instrument, a CSV header
 *       that does not fit the instrument</td></tr>
 *   <tr><td>3</td><td>input/output error: a file cannot be read or written, or is unusable as a whole (empty,
 *       not UTF-8, a malformed instrument file)</td></tr>
 *   <tr><td>4</td><td>internal error: a bug in the command; the message asks to report it</td></tr>
 * </table>
 */
public final class ExitCode {
    /** Everything went well. */
    public static final int OK = 0;

    /** Some rows had data errors, or a pack is invalid; everything else was still done. */
    public static final int DATA_ERRORS = 1;

    /** The command line is wrong. */
    public static final int USAGE = 2;

    /** A file cannot be read or written, or is unusable as a whole. */
    public static final int IO = 3;

    /** A bug. */
    public static final int INTERNAL = 4;

    private ExitCode() {}
}

package dev.intimacy.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the command knows of the world it runs in: whether standard output and error are a terminal, the
 * environment variables that matter ({@code NO_COLOR}, {@code TERM}) and the working directory. Tests pass
 * their own.
 *
 * @param terminal whether the command runs on a terminal ({@code System.console() != null})
 * @param variables environment variables
 * @param workingDirectory the directory relative paths are resolved against
 */
public record Environment(boolean terminal, Map<String, String> variables, Path workingDirectory) {

    /**
     * Creates an environment.
     *
     * @param terminal whether the command runs on a terminal
     * @param variables environment variables; copied
     * @param workingDirectory the working directory
     */
    public Environment {
        variables = Map.copyOf(variables);
    }

    /** Returns the environment of this process. */
    public static Environment system() {
        return new Environment(isTerminal(), System.getenv(), Path.of("").toAbsolutePath());
    }

    /**
     * Tells whether standard input and output are a terminal: {@code System.console() != null} on Java 17 to
     * 21; from Java 22, where a console exists even when output is piped, also {@code Console.isTerminal()}.
     */
    @SuppressWarnings("SystemConsoleNull") // the null check is right up to Java 21; isTerminal() covers 22+
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /**
     * Returns whether output may be coloured: on a terminal, without {@code NO_COLOR} set (to anything, see
     * no-color.org) and with a {@code TERM} other than {@code dumb}.
     */
    public boolean colour() {
        @Nullable String term = variables.get("TERM");
        return terminal && !variables.containsKey("NO_COLOR") && !"dumb".equals(term);
    }

    /**
     * Resolves a path given on the command line against the working directory.
     *
     * @param path the path as given
     * @return the absolute path
     */
    public Path resolve(Path path) {
        return workingDirectory.resolve(path).normalize();
    }
}

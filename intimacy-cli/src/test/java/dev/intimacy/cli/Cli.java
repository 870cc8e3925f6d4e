package dev.intimacy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command in-process in a working directory, capturing what it prints. */
public final class Cli {
    private final Path dir;
    private boolean terminal;
    private final Map<String, String> variables = new HashMap<>();

    /** The outcome of one run. */
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    public Cli(Path dir) {
        this.dir = dir;
    }

    public Cli terminal(boolean terminal) {
        this.terminal = terminal;
        return this;
    }

    public Cli variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    public Path dir() {
        return dir;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = IntimacyCommand.execute(
                new Environment(terminal, variables, dir), new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Writes a file in the working directory, UTF-8. */
    public Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads a file of the working directory, UTF-8. */
    public String read(String name) {
        try {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Returns the repository's root (tests run in intimacy-cli/). */
    public static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("samples")) ? here : here.getParent();
    }
}

package dev.intimacy.cli.input;

import dev.intimacy.cli.CliException;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;

/**
 * An output that appears whole or not at all. A file is written to a temporary file beside it and moved into
 * place by {@link #commit()}; closing without a commit deletes the temporary file and leaves any earlier file
 * at the target untouched, so a crash or an error never leaves half-written output. Standard output (the
 * target {@code -}) is written as it goes, since it cannot be taken back.
 */
public final class OutputFile implements AutoCloseable {
    private final @Nullable Path target;
    private final @Nullable Path temp;
    private final Writer writer;
    private boolean committed;

    private OutputFile(@Nullable Path target, @Nullable Path temp, Writer writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    /**
     * Opens a file output.
     *
     * @param target the file to write; its directory must exist
     * @return the output
     * @throws CliException an input/output error when the directory does not exist or is not writable
     */
    public static OutputFile file(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw CliException.io("cannot write " + target + ": the directory " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw CliException.io("cannot write " + target + ": it is a directory");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            return new OutputFile(target, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (temp != null) {
                deleteQuietly(temp);
            }
            throw CliException.io("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns an output to standard output. Committing flushes it; closing never closes standard output.
     *
     * @param stdout standard output
     * @return the output
     */
    public static OutputFile standardOutput(PrintWriter stdout) {
        Writer unclosable = new FilterWriter(stdout) {
            @Override
            public void close() {
                stdout.flush();
            }
        };
        return new OutputFile(null, null, new BufferedWriter(unclosable));
    }

    /** Returns the writer to write to; do not close it, commit or close this output instead. */
    public Writer writer() {
        return writer;
    }

    /** Returns a description of the target: its path, or "standard output". */
    public String describe() {
        return target == null ? "standard output" : target.toString();
    }

    /**
     * Finishes the output: flushes it and, for a file, moves the temporary file into place (atomically where
     * the file system can).
     *
     * @throws CliException an input/output error when writing or moving fails
     */
    public void commit() {
        try {
            writer.close();
            if (target != null && temp != null) {
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            committed = true;
        } catch (IOException e) {
            throw CliException.io("cannot write " + describe() + ": " + e.getMessage(), e);
        }
    }

    /** Discards a file output that was not committed; a committed one is left as it is. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            writer.close();
        } catch (IOException e) {
            // The output is being discarded; a failure to flush it changes nothing.
        }
        if (temp != null) {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Nothing more can be done; the temporary file's name starts with a dot and ends in .tmp.
        }
    }
}

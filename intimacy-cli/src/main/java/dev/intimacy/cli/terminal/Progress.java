package dev.intimacy.cli.terminal;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on standard error, in bytes of input read, shown only on a terminal and only for inputs of at
 * least {@value #THRESHOLD_BYTES} bytes; otherwise silent, so piped output stays clean.
 */
public final class Progress implements AutoCloseable {
    /** The smallest input, in bytes, that gets a progress bar. */
    public static final long THRESHOLD_BYTES = 8L * 1024 * 1024;

    private @Nullable ProgressBar bar;

    private Progress(@Nullable ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * Starts a progress bar, or a silent stand-in.
     *
     * @param task the task's name
     * @param totalBytes the size of the input
     * @param terminal whether standard error is a terminal
     * @return the progress
     */
    public static Progress start(String task, long totalBytes, boolean terminal) {
        if (!terminal || totalBytes < THRESHOLD_BYTES) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(totalBytes)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" MiB", 1024 * 1024)
                .setUpdateIntervalMillis(250)
                .build());
    }

    /** Returns whether a bar is shown. */
    public boolean visible() {
        return bar != null;
    }

    /**
     * Moves the bar to a position.
     *
     * @param bytes the bytes read so far
     */
    public void update(long bytes) {
        if (bar != null) {
            bar.stepTo(Math.min(bytes, bar.getMax()));
        }
    }

    /** Shows the bar full and removes it from the screen's refresh, before a summary is printed. */
    public void done() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            close();
        }
    }

    /** Stops the bar; calling it again does nothing. */
    @Override
    public void close() {
        ProgressBar b = bar;
        bar = null;
        if (b != null) {
            b.close();
        }
    }
}

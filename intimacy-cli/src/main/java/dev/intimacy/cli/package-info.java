/**
 * The {@code intimacy} command line: {@code demo}, {@code score}, {@code reliability}, {@code pack validate}
 * and {@code pack info}. Start from {@link dev.intimacy.cli.IntimacyCommand}; the exit codes are in {@link
 * dev.intimacy.cli.ExitCode}.
 */
@NullMarked
package dev.intimacy.cli;

import org.jspecify.annotations.NullMarked;

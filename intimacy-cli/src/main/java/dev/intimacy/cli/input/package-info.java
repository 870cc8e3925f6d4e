/**
 * Reading the command's input: the wide answers CSV ({@link dev.intimacy.cli.input.AnswerReader}), the
 * instrument to score it with ({@link dev.intimacy.cli.input.InstrumentOption}), and writing output files so
 * that a failure never leaves a half-written one ({@link dev.intimacy.cli.input.OutputFile}, {@link
 * dev.intimacy.cli.input.ErrorLog}).
 */
@NullMarked
package dev.intimacy.cli.input;

import org.jspecify.annotations.NullMarked;

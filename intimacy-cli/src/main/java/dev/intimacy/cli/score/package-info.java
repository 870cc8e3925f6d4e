/**
 * {@code intimacy score}: a wide answers CSV in, one row of scores per valid row out (CSV or JSON), invalid
 * rows to an errors file; streaming, in input order. Start from {@link dev.intimacy.cli.score.ScoreCommand}.
 */
@NullMarked
package dev.intimacy.cli.score;

import org.jspecify.annotations.NullMarked;

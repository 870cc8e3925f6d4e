/**
 * Terminal output: plain-character bars, colour only on a terminal and never with {@code NO_COLOR}, and a
 * progress bar on standard error for large inputs.
 */
@NullMarked
package dev.intimacy.cli.terminal;

import org.jspecify.annotations.NullMarked;

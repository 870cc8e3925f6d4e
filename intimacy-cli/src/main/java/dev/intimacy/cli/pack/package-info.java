/**
 * {@code intimacy pack validate} and {@code intimacy pack info}: for content authors. Start from {@link
 * dev.intimacy.cli.pack.PackCommand}.
 */
@NullMarked
package dev.intimacy.cli.pack;

import org.jspecify.annotations.NullMarked;

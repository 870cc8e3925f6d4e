/**
 * {@code intimacy reliability}: Cronbach's alpha and item statistics per dimension on a CSV sample, in one
 * streaming pass. Start from {@link dev.intimacy.cli.reliability.ReliabilityCommand}.
 */
@NullMarked
package dev.intimacy.cli.reliability;

import org.jspecify.annotations.NullMarked;

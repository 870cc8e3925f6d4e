/**
 * Batch scoring for researchers and for throughput: a {@link dev.intimacy.scoring.batch.ResponseMatrix} of
 * primitive values in, a {@link dev.intimacy.scoring.batch.BatchResult} of primitive arrays out, with the
 * same numbers as the object API. Start from {@link
 * dev.intimacy.scoring.ScoringEngine#scoreBatch(dev.intimacy.scoring.batch.ResponseMatrix)}.
 */
@NullMarked
package dev.intimacy.scoring.batch;

import org.jspecify.annotations.NullMarked;

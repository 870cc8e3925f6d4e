/**
 * The scoring engine. Start from {@link dev.intimacy.scoring.ScoringEngine#builder(
 * dev.intimacy.model.instrument.Instrument)}: it turns an {@link dev.intimacy.model.answer.Assessment} into
 * an {@link dev.intimacy.model.result.IntimacyProfile}, and a {@link dev.intimacy.scoring.batch.ResponseMatrix}
 * into many at once.
 */
@NullMarked
package dev.intimacy.scoring;

import org.jspecify.annotations.NullMarked;

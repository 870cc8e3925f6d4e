/**
 * The scoring engine. Start from {@link dev.intimacy.scoring.ScoringEngine#builder(
 * dev.intimacy.model.instrument.Instrument)}: it turns an {@link dev.intimacy.model.answer.Assessment} into
 * an {@link dev.intimacy.model.result.IntimacyProfile}, and a {@link dev.intimacy.scoring.batch.ResponseMatrix}
 * into many at once.
 *
 * <p>Built on the engine: {@link dev.intimacy.scoring.couple.CoupleScorer} scores a couple, {@link
 * dev.intimacy.scoring.change.ChangeAnalysis} compares profiles over time with the Reliable Change Index, and
 * {@link dev.intimacy.scoring.couple.DyadStatistics} and {@link
 * dev.intimacy.scoring.reliability.ReliabilityAnalysis} serve research on samples.
 */
@NullMarked
package dev.intimacy.scoring;

import org.jspecify.annotations.NullMarked;

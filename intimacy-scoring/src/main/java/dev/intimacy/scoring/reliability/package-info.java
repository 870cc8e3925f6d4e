/**
 * Reliability on a sample, as R's {@code psych::alpha} computes it: Cronbach's alpha from the item
 * covariance matrix (pairwise-complete by default, listwise as an option), standardized alpha, average
 * inter-item correlation, corrected item-total correlation ({@code r.drop}), alpha if an item is dropped,
 * item means and SDs, SEM and the Feldt confidence interval. Start from {@link
 * dev.intimacy.scoring.reliability.ReliabilityAnalysis#builder(dev.intimacy.model.instrument.Instrument)}.
 */
@NullMarked
package dev.intimacy.scoring.reliability;

import org.jspecify.annotations.NullMarked;

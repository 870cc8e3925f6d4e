/**
 * Couples: {@link dev.intimacy.scoring.couple.CoupleScorer} scores two partners' assessments together into a
 * {@link dev.intimacy.model.couple.CoupleProfile} (discrepancy, agreement, pattern, items to talk about, and
 * how well each partner predicts the other), by {@link dev.intimacy.scoring.couple.PatternRules configurable
 * rules}; {@link dev.intimacy.scoring.couple.DyadStatistics} computes the intraclass and Pearson correlations
 * of partners across a sample of couples.
 *
 * <p>Start from {@link dev.intimacy.scoring.couple.CoupleScorer#of(dev.intimacy.scoring.ScoringEngine)}.
 */
@NullMarked
package dev.intimacy.scoring.couple;

import org.jspecify.annotations.NullMarked;

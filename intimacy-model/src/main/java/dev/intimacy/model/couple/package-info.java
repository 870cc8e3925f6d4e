/**
 * Couples, seen together: a {@link dev.intimacy.model.couple.CoupleProfile} holds both partners' profiles,
 * each dimension's {@link dev.intimacy.model.couple.CoupleDimension couple mean, discrepancy, agreement and
 * pattern}, the {@link dev.intimacy.model.couple.ItemDifference items to talk about} and, when the partners
 * predicted each other's answers, how well each {@link dev.intimacy.model.couple.PartnerUnderstanding
 * understands} the other.
 *
 * <p>These are results: the scoring module computes them ({@code dev.intimacy.scoring.couple.CoupleScorer}),
 * the content module reads them. They are role-neutral, and their {@code toString()} shows no answer value.
 */
@NullMarked
@IntimacyStyle
package dev.intimacy.model.couple;

import dev.intimacy.model.internal.IntimacyStyle;
import org.jspecify.annotations.NullMarked;

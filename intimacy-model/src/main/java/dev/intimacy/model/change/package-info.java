/**
 * Change over time: the {@link dev.intimacy.model.change.Change change} between two profiles with the
 * Jacobson &amp; Truax Reliable Change Index per dimension ({@link dev.intimacy.model.change.DimensionChange},
 * classified by {@link dev.intimacy.model.change.ChangeClass}), a couple's change ({@link
 * dev.intimacy.model.change.CoupleChange}), and a {@link dev.intimacy.model.change.Timeline timeline} of many
 * {@link dev.intimacy.model.change.CheckIn check-ins} with a {@link dev.intimacy.model.change.Trend trend} per
 * dimension.
 *
 * <p>These are results: the scoring module computes them ({@code dev.intimacy.scoring.change.ChangeAnalysis}).
 * Differences and standard errors are in POMP points unless a name says otherwise.
 */
@NullMarked
@IntimacyStyle
package dev.intimacy.model.change;

import dev.intimacy.model.internal.IntimacyStyle;
import org.jspecify.annotations.NullMarked;

/**
 * Change over time: {@link dev.intimacy.scoring.change.ChangeAnalysis} compares profiles with the Jacobson
 * &amp; Truax Reliable Change Index, for one respondent, for a couple, and over a timeline of check-ins, with
 * the reliability declared by the instrument or computed on your own data. Start from {@link
 * dev.intimacy.scoring.change.ChangeAnalysis#builder(dev.intimacy.model.instrument.Instrument)}.
 */
@NullMarked
package dev.intimacy.scoring.change;

import org.jspecify.annotations.NullMarked;

/**
 * The core vocabulary of the intimacy SDK: the six {@link dev.intimacy.model.Dimension dimensions} of
 * emotional intimacy, the {@link dev.intimacy.model.Benefit benefits} kept apart from them as outcomes,
 * the typed identifiers, and the one exception hierarchy rooted in {@link
 * dev.intimacy.model.IntimacyException}.
 *
 * <p>Where to start: {@link dev.intimacy.model.instrument.Instrument} describes a questionnaire, {@link
 * dev.intimacy.model.answer.Assessment} holds one respondent's answers to it, and {@link
 * dev.intimacy.model.result.IntimacyProfile} is what the scoring engine makes of them. Two partners' profiles
 * seen together form a {@link dev.intimacy.model.couple.CoupleProfile}; profiles compared over time give a
 * {@link dev.intimacy.model.change.Change} or a {@link dev.intimacy.model.change.Timeline}. {@link
 * dev.intimacy.model.json.IntimacyJson} reads and writes all of them as JSON.
 */
@NullMarked
package dev.intimacy.model;

import org.jspecify.annotations.NullMarked;

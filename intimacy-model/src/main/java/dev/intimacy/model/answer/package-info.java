/**
 * Answers and assessments: what one respondent said to one instrument version, and couples ({@link
 * dev.intimacy.model.answer.Dyad dyads}).
 *
 * <p>Answers are sensitive personal data: {@code toString()} of an {@link
 * dev.intimacy.model.answer.Answer} or {@link dev.intimacy.model.answer.Assessment} never shows an answer
 * value. Start from {@link dev.intimacy.model.answer.Assessment#builder()}.
 */
@NullMarked
@IntimacyStyle
package dev.intimacy.model.answer;

import dev.intimacy.model.internal.IntimacyStyle;
import org.jspecify.annotations.NullMarked;

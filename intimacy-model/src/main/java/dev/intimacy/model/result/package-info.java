/**
 * What the scoring engine fills: {@link dev.intimacy.model.result.DimensionScore per-dimension scores},
 * the {@link dev.intimacy.model.result.OutcomeScore outcome score} and the {@link
 * dev.intimacy.model.result.IntimacyProfile profile} that holds them. The types live here, in the model,
 * so that the content module can read them without depending on the scoring module.
 */
@NullMarked
@IntimacyStyle
package dev.intimacy.model.result;

import dev.intimacy.model.internal.IntimacyStyle;
import org.jspecify.annotations.NullMarked;

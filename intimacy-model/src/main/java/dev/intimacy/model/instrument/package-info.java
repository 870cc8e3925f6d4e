/**
 * Instruments (questionnaires): their {@link dev.intimacy.model.instrument.ResponseScale scale}, {@link
 * dev.intimacy.model.instrument.Item items}, keying, perspective and declared {@link
 * dev.intimacy.model.instrument.MissingDataPolicy missing-data policy}.
 *
 * <p>Start from {@link dev.intimacy.model.instrument.Instrument#builder()}.
 */
@NullMarked
@IntimacyStyle
package dev.intimacy.model.instrument;

import dev.intimacy.model.internal.IntimacyStyle;
import org.jspecify.annotations.NullMarked;

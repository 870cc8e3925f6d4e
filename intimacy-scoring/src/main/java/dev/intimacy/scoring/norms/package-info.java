/**
 * Norms: the mean, SD and sample size of each dimension's POMP score in a reference sample, built from
 * profiles or supplied by the user. The SDK ships no norms. Start from {@link
 * dev.intimacy.scoring.norms.Norms#fromProfiles(java.util.Collection, String)}.
 */
@NullMarked
@IntimacyStyle
package dev.intimacy.scoring.norms;

import dev.intimacy.model.internal.IntimacyStyle;
import org.jspecify.annotations.NullMarked;

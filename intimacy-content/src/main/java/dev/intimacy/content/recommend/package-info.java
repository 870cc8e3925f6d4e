/**
 * The recommender: from a profile, a locale, the history of content already used and a seed, a {@link
 * dev.intimacy.content.recommend.Plan plan} of conversation prompts and exercises for the growth areas, with
 * safety gating and care notes.
 *
 * <p>Start from {@link dev.intimacy.content.recommend.Recommender}.
 */
@NullMarked
@IntimacyStyle
package dev.intimacy.content.recommend;

import dev.intimacy.model.internal.IntimacyStyle;
import org.jspecify.annotations.NullMarked;

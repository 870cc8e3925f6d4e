/**
 * Content packs: instruments, conversation {@link dev.intimacy.content.Prompt prompts}, {@link
 * dev.intimacy.content.Exercise exercises}, interpretations and care notes, with their texts in each locale.
 *
 * <p>Where to start: {@link dev.intimacy.content.ContentPacks#bundled()} returns the pack that ships with
 * the library; {@link dev.intimacy.content.ContentPacks#load(java.nio.file.Path)} reads an application's own
 * pack; {@link dev.intimacy.content.ContentPack#texts(java.util.Locale)} resolves texts with locale fallback;
 * {@link dev.intimacy.content.ContentPack#validate()} lists every problem of a pack, each with its file and
 * JSON pointer. The format is described in {@code docs/CONTENT-FORMAT.md}.
 */
@NullMarked
@IntimacyStyle
package dev.intimacy.content;

import dev.intimacy.model.internal.IntimacyStyle;
import org.jspecify.annotations.NullMarked;

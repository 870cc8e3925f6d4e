/**
 * JSON for every model type, through Jackson 3: start from {@link dev.intimacy.model.json.IntimacyJson}.
 */
@NullMarked
package dev.intimacy.model.json;

import org.jspecify.annotations.NullMarked;

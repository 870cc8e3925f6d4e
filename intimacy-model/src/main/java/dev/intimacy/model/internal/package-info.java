/** Project-internal helpers shared by the intimacy modules; not part of the API. */
@NullMarked
package dev.intimacy.model.internal;

import org.jspecify.annotations.NullMarked;

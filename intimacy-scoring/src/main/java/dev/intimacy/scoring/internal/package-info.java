/** Implementation of the scoring module; not exported. */
@NullMarked
package dev.intimacy.scoring.internal;

import org.jspecify.annotations.NullMarked;

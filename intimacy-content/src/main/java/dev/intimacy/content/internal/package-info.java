/**
 * The implementation of the content module: reading pack files into values while recording where each
 * value came from, validating, composing packs, resolving texts. Not exported; not part of the API.
 */
@NullMarked
package dev.intimacy.content.internal;

import org.jspecify.annotations.NullMarked;

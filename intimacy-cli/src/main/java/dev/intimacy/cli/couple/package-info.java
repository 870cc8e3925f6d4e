/**
 * {@code intimacy couple}: a couples CSV in (two rows per {@code dyad_id}, optional prediction rows), one HTML
 * report out with a section per couple. Start from {@link dev.intimacy.cli.couple.CoupleCommand}.
 */
@NullMarked
package dev.intimacy.cli.couple;

import org.jspecify.annotations.NullMarked;

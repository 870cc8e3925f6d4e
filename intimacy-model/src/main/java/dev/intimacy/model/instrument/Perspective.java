package dev.intimacy.model.instrument;

/** Whom an item is about, from the respondent's point of view. */
public enum Perspective {
    /** About myself ("I share my worries with my partner"). */
    SELF,
    /** About my partner ("My partner listens when I talk"). */
    PARTNER,
    /** About us as a couple ("We make time for each other"). */
    COUPLE
}

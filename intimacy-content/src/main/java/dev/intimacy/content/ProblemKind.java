package dev.intimacy.content;

/** The kinds of problem the {@link ContentValidator} reports; stable, so tools may switch on them. */
public enum ProblemKind {
    /** A property the format does not define; a warning, reported only when leniency was asked for. */
    UNKNOWN_PROPERTY,
    /** A dimension code that is not one of the six. */
    UNKNOWN_DIMENSION,
    /** A code of another closed vocabulary (band, pattern, trigger, benefit, keying, perspective, mode…). */
    UNKNOWN_CODE,
    /** A prompt tag outside the documented list. */
    UNKNOWN_TAG,
    /** An exercise's {@code avoidWhen} flag that is not {@code SAFETY_CONCERN} or {@code HIGH_CONFLICT}. */
    UNKNOWN_AVOID_FLAG,
    /** An id that breaks its syntax. */
    INVALID_ID,
    /** A text key that breaks its syntax. */
    INVALID_KEY,
    /** A locale tag that is not of the form {@code language[-Script][-REGION]}. */
    INVALID_LOCALE,
    /** A version that is not a semantic version. */
    INVALID_VERSION,
    /** A manifest that contradicts itself (a default locale it does not declare, locales without texts…). */
    INVALID_MANIFEST,
    /** A response scale that is malformed (min not below max, a label outside the scale). */
    INVALID_SCALE,
    /** An item that is malformed (not exactly one of dimension and benefit). */
    INVALID_ITEM,
    /** An instrument that breaks a rule of the model (a covered dimension without items, a bad policy…). */
    INVALID_INSTRUMENT,
    /** Two entries with the same id (content ids share one namespace; instrument and item ids are separate). */
    DUPLICATE_ID,
    /** Two interpretations for the same pair, or two safety entries for the same item. */
    DUPLICATE_ENTRY,
    /** A base pack lacks an interpretation for a pair, or a care note for a trigger. */
    MISSING_ENTRY,
    /** A prompt depth outside 1..3. */
    DEPTH_OUT_OF_RANGE,
    /** An exercise with fewer than 3 or more than 7 steps. */
    STEPS_OUT_OF_RANGE,
    /** An exercise duration outside 5..120 minutes. */
    MINUTES_OUT_OF_RANGE,
    /** A reference to nothing: a safety item naming an unknown instrument or item. */
    UNKNOWN_REFERENCE,
    /** A safety item's threshold that is not a point of the scale below its max. */
    THRESHOLD_OUT_OF_RANGE,
    /** An instrument whose keyed items are answered on a scale without a label for every point. */
    SCALE_WITHOUT_LABELS,
    /** A text key used by the pack that has no text in a declared locale. */
    MISSING_TEXT,
    /** A text key present in one full locale but not in another. */
    MISSING_TRANSLATION,
    /** A key in a regional locale (such as {@code es-MX}) that its language ({@code es}) does not have. */
    ORPHAN_TEXT,
    /** A blank text. */
    EMPTY_TEXT,
    /** Two keys with the same text in one locale. */
    DUPLICATE_TEXT,
    /** A text whose {@code {0}}-style placeholders differ from the default locale's text of the same key. */
    PLACEHOLDER_MISMATCH,
    /** A texts file whose {@code locale} is not the locale the manifest files it under. */
    LOCALE_MISMATCH
}

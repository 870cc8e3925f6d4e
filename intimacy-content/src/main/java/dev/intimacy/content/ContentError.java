package dev.intimacy.content;

import dev.intimacy.model.ErrorCode;

/** The error codes of the content module; each {@link #code()} is {@code "CONTENT_"} and the constant's name. */
public enum ContentError implements ErrorCode {
    /** A file is not well-formed JSON: a syntax error, a duplicate key, trailing content, an empty file. */
    MALFORMED_JSON,
    /**
     * A file is well-formed JSON but does not have the documented shape: a value of the wrong JSON type, a
     * required property missing, an unknown property (unless leniency was asked for).
     */
    INVALID_STRUCTURE,
    /** A document, a pack or an array is larger than the limits of the {@link LoadOptions}. */
    LIMIT_EXCEEDED,
    /** A file the manifest names, or the manifest itself, does not exist. */
    MISSING_FILE,
    /** A path names something outside the pack (an absolute path, {@code ..}, a link leading out). */
    UNSAFE_PATH,
    /** A file could not be read. */
    IO_FAILURE,
    /** A readable pack breaks the rules of the format; {@link ContentException#problems()} lists them all. */
    INVALID_PACK,
    /** Two packs being composed define the same id, text key or interpretation. */
    CONFLICT,
    /** A text key has no text in the requested locale nor in any fallback locale. */
    MISSING_TEXT,
    /** A text needs more placeholder arguments than were given. */
    MISSING_ARGUMENT,
    /** No pack with the requested id is on the class path. */
    UNKNOWN_PACK,
    /** Two packs on the class path have the same id. */
    DUPLICATE_PACK,
    /** A content id or pack id breaks its documented syntax. */
    INVALID_ID,
    /** A value type was built with a value outside its allowed range (for example a prompt depth of 4). */
    INVALID_VALUE,
    /** A recommendation request does not fit the pack or its own profile (another respondent, another version). */
    INVALID_REQUEST;

    @Override
    public String code() {
        return "CONTENT_" + name();
    }
}

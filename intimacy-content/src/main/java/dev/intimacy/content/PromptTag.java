package dev.intimacy.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The closed set of tags a prompt may carry; in JSON each is its lower-case {@link #code() code}. */
public enum PromptTag {
    /** Day-to-day life. */
    EVERYDAY,
    /** Shared and personal memories. */
    MEMORIES,
    /** Plans and the future. */
    FUTURE,
    /** Feelings. */
    FEELINGS,
    /** Values and beliefs. */
    VALUES,
    /** Appreciation and gratitude. */
    APPRECIATION,
    /** Family. */
    FAMILY,
    /** Disagreement and conflict. */
    CONFLICT,
    /** The body and physical closeness. */
    BODY,
    /** Play and fun. */
    PLAY,
    /** Personal growth. */
    GROWTH,
    /** Support in hard times. */
    SUPPORT,
    /** Routines and rituals. */
    ROUTINES,
    /** Dreams and hopes. */
    DREAMS,
    /** Fears and worries. */
    FEARS;

    /**
     * Returns the code of this tag as written in JSON.
     *
     * @return the lower-case code, for example {@code everyday}
     */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a tag by its exact code.
     *
     * @param code a lower-case code such as {@code "memories"}
     * @return the tag, or empty when no tag has that code
     */
    public static Optional<PromptTag> find(String code) {
        for (PromptTag t : values()) {
            if (t.code().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds a tag by its exact code.
     *
     * @param code a lower-case code such as {@code "memories"}
     * @return the tag
     * @throws ContentException with {@link ContentError#INVALID_VALUE} when no tag has that code; the message
     *     lists the allowed codes
     */
    @JsonCreator
    public static PromptTag fromCode(String code) {
        return find(code)
                .orElseThrow(() -> new ContentException(
                        ContentError.INVALID_VALUE,
                        "unknown prompt tag '" + code + "' (expected one of " + allowed() + ")"));
    }

    /**
     * Lists the codes, for messages.
     *
     * @return the codes separated by commas
     */
    public static String allowed() {
        return Arrays.stream(values()).map(PromptTag::code).collect(Collectors.joining(", "));
    }
}

package dev.intimacy.content;

import dev.intimacy.model.internal.Builders;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A gentle note that suggests talking to a qualified professional, shown when its {@link CareTrigger
 * trigger} holds. The library is not a diagnostic tool; a care note says so kindly.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCareNote.class)
@JsonDeserialize(as = ImmutableCareNote.class)
public abstract class CareNote {

    /** Returns the note's id, unique among the pack's content ids. */
    public abstract ContentId id();

    /** Returns when the note is shown. */
    public abstract CareTrigger trigger();

    /** Returns the text key of the note. */
    public abstract String textKey();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CareNote}; each attribute may be set once. */
    public static final class Builder extends ImmutableCareNote.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the care note
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         */
        @Override
        public CareNote build() {
            return Builders.build("care note", super::build);
        }
    }

    @Value.Check
    final void check() {
        if (textKey().isBlank()) {
            throw new ContentException(ContentError.INVALID_VALUE, "care note " + id() + ": textKey is blank");
        }
    }
}

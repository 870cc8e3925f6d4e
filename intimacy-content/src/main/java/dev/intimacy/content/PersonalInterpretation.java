package dev.intimacy.content;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.internal.Builders;
import dev.intimacy.model.result.Band;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a pack says to one person about one dimension in one band, as a text key. Look one up with {@link
 * ContentPack#interpretation(Dimension, Band)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonalInterpretation.class)
@JsonDeserialize(as = ImmutablePersonalInterpretation.class)
public abstract class PersonalInterpretation {

    /** Returns the dimension. */
    public abstract Dimension dimension();

    /** Returns the band. */
    public abstract Band band();

    /** Returns the text key of the interpretation. */
    public abstract String textKey();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PersonalInterpretation}; each attribute may be set once. */
    public static final class Builder extends ImmutablePersonalInterpretation.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the interpretation
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         */
        @Override
        public PersonalInterpretation build() {
            return Builders.build("personal interpretation", super::build);
        }
    }

    @Value.Check
    final void check() {
        if (textKey().isBlank()) {
            throw new ContentException(
                    ContentError.INVALID_VALUE,
                    "personal interpretation " + dimension() + "/" + band() + ": textKey is blank");
        }
    }
}

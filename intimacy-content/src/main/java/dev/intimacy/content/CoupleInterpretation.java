package dev.intimacy.content;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.internal.Builders;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a pack says to a couple about one dimension when their scores form one {@link InterpretationPattern
 * pattern}, as a text key. Look one up with {@link ContentPack#interpretation(Dimension,
 * InterpretationPattern)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoupleInterpretation.class)
@JsonDeserialize(as = ImmutableCoupleInterpretation.class)
public abstract class CoupleInterpretation {

    /** Returns the dimension. */
    public abstract Dimension dimension();

    /** Returns the pattern. */
    public abstract InterpretationPattern pattern();

    /** Returns the text key of the interpretation. */
    public abstract String textKey();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CoupleInterpretation}; each attribute may be set once. */
    public static final class Builder extends ImmutableCoupleInterpretation.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the interpretation
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         */
        @Override
        public CoupleInterpretation build() {
            return Builders.build("couple interpretation", super::build);
        }
    }

    @Value.Check
    final void check() {
        if (textKey().isBlank()) {
            throw new ContentException(
                    ContentError.INVALID_VALUE,
                    "couple interpretation " + dimension() + "/" + pattern() + ": textKey is blank");
        }
    }
}

package dev.intimacy.content.recommend;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.internal.Builders;
import dev.intimacy.model.result.Band;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A dimension a plan focuses on, why, and its weight in the random draw of the plan's extra slots. */
@Value.Immutable
@JsonSerialize(as = ImmutableFocusArea.class)
@JsonDeserialize(as = ImmutableFocusArea.class)
public abstract class FocusArea {

    /** Why a dimension is a focus. */
    public enum Reason {
        /**
         * It is in the growth band (for a couple: either partner is); its weight is how far its POMP (for a
         * couple: the lower partner's) lies below the strength band (75).
         */
        GROWTH,
        /**
         * For a couple: the partners see this dimension very differently (pattern {@code DISCREPANT}); weighted
         * like {@link #GROWTH}.
         */
        DISCREPANT,
        /** The profile has no growth area and this is one of its lowest dimensions; its weight is {@code 101 - POMP}. */
        LOWEST,
        /** No dimension of the profile could be scored; every dimension weighs the same. */
        UNSCORED
    }

    /** Returns the dimension. */
    public abstract Dimension dimension();

    /** Returns the dimension's POMP (for a couple: the couple's mean POMP), when scored. */
    public abstract OptionalDouble pomp();

    /** Returns the dimension's band, when scored. */
    public abstract Optional<Band> band();

    /** Returns the weight, greater than 0. */
    public abstract double weight();

    /** Returns why the dimension is a focus. */
    public abstract Reason reason();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FocusArea}; each attribute may be set once. */
    public static final class Builder extends ImmutableFocusArea.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the focus area
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         */
        @Override
        public FocusArea build() {
            return Builders.build("focus area", super::build);
        }
    }
}

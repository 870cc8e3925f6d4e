package dev.intimacy.model.result;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.internal.Builders;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The score of one {@link Dimension}; see {@link ScaleScore} for what it holds. */
@Value.Immutable
@JsonSerialize(as = ImmutableDimensionScore.class)
@JsonDeserialize(as = ImmutableDimensionScore.class)
public abstract class DimensionScore extends ScaleScore {

    /** Returns the dimension scored. */
    public abstract Dimension dimension();

    @Override
    final String label() {
        return dimension().code();
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DimensionScore}; each single attribute may be set once. */
    public static final class Builder extends ImmutableDimensionScore.Builder implements ScaleScore.Fields<Builder> {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public DimensionScore build() {
            return Builders.build("dimension score", super::build);
        }
    }

    /** Returns a short summary: dimension, status and POMP. */
    @Override
    public String toString() {
        return "DimensionScore[" + dimension() + ", " + status()
                + (pomp().isPresent() ? ", pomp=" + pomp().getAsDouble() : "") + "]";
    }
}

package dev.intimacy.model.result;

import dev.intimacy.model.internal.Builders;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The score of the outcome (benefits) scale; see {@link ScaleScore} for what it holds. It is never mixed
 * into the six dimensions or the composite index.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcomeScore.class)
@JsonDeserialize(as = ImmutableOutcomeScore.class)
public abstract class OutcomeScore extends ScaleScore {

    @Override
    final String label() {
        return "outcome";
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OutcomeScore}; each single attribute may be set once. */
    public static final class Builder extends ImmutableOutcomeScore.Builder implements ScaleScore.Fields<Builder> {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public OutcomeScore build() {
            return Builders.build("outcome score", super::build);
        }
    }

    /** Returns a short summary: status and POMP. */
    @Override
    public String toString() {
        return "OutcomeScore[" + status() + (pomp().isPresent() ? ", pomp=" + pomp().getAsDouble() : "") + "]";
    }
}

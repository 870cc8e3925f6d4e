package dev.intimacy.model.instrument;

import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.internal.Builders;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A reliability an instrument's authors declare for one dimension, from a study they can cite: the
 * reliability coefficient {@code r} (for example Cronbach's alpha or test-retest r) and the standard
 * deviation of the dimension's mean score in that sample. Used for the Reliable Change Index. The bundled
 * instrument declares none: it has not been validated.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeclaredReliability.class)
@JsonDeserialize(as = ImmutableDeclaredReliability.class)
public abstract class DeclaredReliability {

    /** Returns the reliability coefficient, in [0, 1). */
    public abstract double reliability();

    /** Returns the standard deviation of the dimension's mean score, in scale points, greater than 0. */
    public abstract double standardDeviation();

    /** Returns the sample size of the study, when known. */
    public abstract OptionalInt sampleSize();

    /** Returns where the numbers come from (a citation), when given. */
    public abstract Optional<String> source();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DeclaredReliability}; each attribute may be set once. */
    public static final class Builder extends ImmutableDeclaredReliability.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public DeclaredReliability build() {
            return Builders.build("declared reliability", super::build);
        }
    }

    @Value.Check
    final void check() {
        if (!(reliability() >= 0 && reliability() < 1)) {
            throw new InvalidModelException(
                    ModelError.INVALID_RELIABILITY, "declared reliability " + reliability() + " is outside [0, 1)");
        }
        if (!(standardDeviation() > 0 && Double.isFinite(standardDeviation()))) {
            throw new InvalidModelException(
                    ModelError.INVALID_RELIABILITY,
                    "declared standardDeviation " + standardDeviation() + " must be a finite number above 0");
        }
        if (sampleSize().isPresent() && sampleSize().getAsInt() < 2) {
            throw new InvalidModelException(
                    ModelError.INVALID_RELIABILITY,
                    "declared sampleSize " + sampleSize().getAsInt() + " must be at least 2");
        }
    }
}

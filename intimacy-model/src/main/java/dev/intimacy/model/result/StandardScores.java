package dev.intimacy.model.result;

import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Norm-referenced scores of one scale score, present only when the user supplied norms: {@code z} against
 * the norm mean and SD, {@code T = 50 + 10z}, and the percentile under a normal model ({@code 100·Φ(z)}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStandardScores.class)
@JsonDeserialize(as = ImmutableStandardScores.class)
public abstract class StandardScores {

    /** Returns the z score. */
    public abstract double z();

    /** Returns the T score, {@code 50 + 10z}. */
    public abstract double t();

    /** Returns the percentile, in [0, 100]. */
    public abstract double percentile();

    /**
     * Returns standard scores.
     *
     * @param z the z score
     * @param t the T score
     * @param percentile the percentile in [0, 100]
     * @return the scores
     */
    public static StandardScores of(double z, double t, double percentile) {
        return new Builder().z(z).t(t).percentile(percentile).build();
    }

    /** Builds {@link StandardScores}; each attribute may be set once. */
    public static final class Builder extends ImmutableStandardScores.Builder {
        /** Creates a builder. */
        public Builder() {}
    }

    @Value.Check
    final void check() {
        if (!Double.isFinite(z()) || !Double.isFinite(t()) || !(percentile() >= 0 && percentile() <= 100)) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCORE, "standard scores need finite z and T and a percentile in [0, 100]");
        }
    }
}

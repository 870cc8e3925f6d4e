package dev.intimacy.scoring.norms;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.internal.Builders;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.ScoringError;
import dev.intimacy.scoring.ScoringException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Norms per dimension, on the POMP scale: what a score is compared with to give {@code z}, {@code T} and a
 * percentile. Build them from your own sample with {@link #fromProfiles(Collection, String)}, or supply
 * published ones with {@link #builder()}. They round-trip through {@link
 * dev.intimacy.model.json.IntimacyJson}. The SDK ships no norms.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNorms.class)
@JsonDeserialize(as = ImmutableNorms.class)
public abstract class Norms {

    /** Returns the norm of each dimension that has one. */
    public abstract Map<Dimension, Norm> dimensions();

    /** Returns where the norms come from (a citation or a description of the sample). */
    public abstract String source();

    /**
     * Returns the norm of one dimension.
     *
     * @param dimension the dimension
     * @return its norm, or empty when there is none
     */
    public final Optional<Norm> norm(Dimension dimension) {
        return Optional.ofNullable(dimensions().get(dimension));
    }

    /**
     * Builds norms from a sample of profiles: for each dimension, the mean and sample SD (divisor n − 1) of
     * the POMP scores of the profiles where it was scored. A dimension scored in fewer than 2 profiles, or
     * with no spread, gets no norm.
     *
     * @param profiles the sample
     * @param source a description of the sample, e.g. "our pilot, autumn 2026"
     * @return the norms
     * @throws ScoringException with {@link ScoringError#INVALID_NORMS} when no dimension can be normed
     */
    public static Norms fromProfiles(Collection<IntimacyProfile> profiles, String source) {
        Builder b = builder().source(source);
        for (Dimension d : Dimension.values()) {
            int n = 0;
            double mean = 0;
            double m2 = 0;
            for (IntimacyProfile p : profiles) {
                Optional<DimensionScore> s = p.score(d);
                if (s.isPresent() && s.get().pomp().isPresent()) {
                    double x = s.get().pomp().getAsDouble();
                    n++;
                    double delta = x - mean;
                    mean += delta / n;
                    m2 += delta * (x - mean);
                }
            }
            if (n >= 2 && m2 > 0) {
                b.putDimensions(d, Norm.of(mean, Math.sqrt(m2 / (n - 1)), n));
            }
        }
        Norms norms = b.build();
        if (norms.dimensions().isEmpty()) {
            throw new ScoringException(
                    ScoringError.INVALID_NORMS,
                    "no dimension can be normed from " + profiles.size()
                            + " profiles (each needs at least 2 scored profiles with different scores)");
        }
        return norms;
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Norms}. */
    public static final class Builder extends ImmutableNorms.Builder {
        Builder() {}

        /** Builds the norms; a missing field is an error naming it. */
        @Override
        public Norms build() {
            return Builders.build("norms", super::build);
        }
    }
}

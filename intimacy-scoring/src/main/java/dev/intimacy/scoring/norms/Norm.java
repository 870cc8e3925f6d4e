package dev.intimacy.scoring.norms;

import dev.intimacy.model.internal.Builders;
import dev.intimacy.scoring.ScoringError;
import dev.intimacy.scoring.ScoringException;
import java.util.Locale;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The norm of one dimension: mean and standard deviation of its POMP score in a sample of size {@code n}. */
@Value.Immutable
@JsonSerialize(as = ImmutableNorm.class)
@JsonDeserialize(as = ImmutableNorm.class)
public abstract class Norm {

    /** Returns the mean POMP of the sample. */
    public abstract double mean();

    /** Returns the sample standard deviation of POMP (divisor n − 1); above 0. */
    public abstract double standardDeviation();

    /** Returns the sample size; at least 2. */
    public abstract int n();

    /**
     * Returns a norm.
     *
     * @param mean the mean POMP, in [0, 100]
     * @param standardDeviation the SD of POMP, above 0
     * @param n the sample size, at least 2
     * @return the norm
     */
    public static Norm of(double mean, double standardDeviation, int n) {
        return new Builder()
                .mean(mean)
                .standardDeviation(standardDeviation)
                .n(n)
                .build();
    }

    /** Builds a {@link Norm}. */
    public static final class Builder extends ImmutableNorm.Builder {
        /** Creates a builder. */
        public Builder() {}

        /** Builds the norm; a missing field is an error naming it. */
        @Override
        public Norm build() {
            return Builders.build("norm", super::build);
        }
    }

    @Value.Check
    final void check() {
        if (!(mean() >= 0 && mean() <= 100)
                || !(standardDeviation() > 0 && standardDeviation() < Double.POSITIVE_INFINITY)
                || n() < 2) {
            throw new ScoringException(
                    ScoringError.INVALID_NORMS,
                    String.format(
                            Locale.ROOT,
                            "norm needs a mean POMP in [0, 100], a finite SD above 0 and n >= 2 (got mean %s, SD %s, n %d)",
                            mean(),
                            standardDeviation(),
                            n()));
        }
    }
}

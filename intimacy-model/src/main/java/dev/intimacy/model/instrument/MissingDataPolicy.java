package dev.intimacy.model.instrument;

import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.internal.Builders;
import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What to do when some of a dimension's items were skipped or declined.
 *
 * <ul>
 *   <li>{@link #strict()}: every item of the dimension must be answered, else the dimension is
 *       insufficient.
 *   <li>{@link #prorate(double) prorate(minCoverage)}: the score is the mean of the answered items when at
 *       least {@code minCoverage} (a share in {@code (0, 1]}) of the dimension's items are answered, else
 *       the dimension is insufficient. This equals filling each missing item with the mean of the answered
 *       ones, and is what R's {@code psych::scoreItems(impute = "none")} computes.
 * </ul>
 *
 * <p>JSON: {@code {"policy": "STRICT"}} or {@code {"policy": "PRORATE", "minCoverage": 0.5}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMissingDataPolicy.class)
@JsonDeserialize(as = ImmutableMissingDataPolicy.class)
public abstract class MissingDataPolicy {

    /** The two kinds of policy. */
    public enum Kind {
        /** Every item required. */
        STRICT,
        /** Mean of the answered items when enough are answered. */
        PRORATE
    }

    /** Returns the kind of policy. */
    public abstract Kind policy();

    /** Returns for {@link Kind#PRORATE}, the least share of items that must be answered, in (0, 1]. */
    public abstract OptionalDouble minCoverage();

    /** Returns the strict policy: every item required. */
    public static MissingDataPolicy strict() {
        return builder().policy(Kind.STRICT).build();
    }

    /**
     * Returns the prorating policy.
     *
     * @param minCoverage the least share of a dimension's items that must be answered, in {@code (0, 1]}
     * @return the policy
     * @throws InvalidModelException with {@link ModelError#INVALID_POLICY} when minCoverage is outside (0, 1]
     */
    public static MissingDataPolicy prorate(double minCoverage) {
        return builder().policy(Kind.PRORATE).minCoverage(minCoverage).build();
    }

    /**
     * Parses the command-line form: {@code strict} or {@code prorate:0.5}.
     *
     * @param text the text form
     * @return the policy
     * @throws InvalidModelException with {@link ModelError#INVALID_POLICY} when the text is neither form
     */
    public static MissingDataPolicy parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("strict")) {
            return strict();
        }
        if (t.startsWith("prorate:")) {
            try {
                return prorate(Double.parseDouble(t.substring("prorate:".length())));
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw new InvalidModelException(
                ModelError.INVALID_POLICY,
                "missing-data policy '" + text + "' is not understood (expected 'strict' or 'prorate:SHARE' with"
                        + " SHARE in (0, 1], e.g. 'prorate:0.5')");
    }

    /**
     * Tells whether a dimension with the given counts may be scored under this policy.
     *
     * @param answered how many of its items were answered
     * @param expected how many items it has, at least 1
     * @return true when the dimension is scorable
     */
    public final boolean allows(int answered, int expected) {
        if (policy() == Kind.STRICT) {
            return answered == expected;
        }
        // Compare with a small tolerance so that, e.g., 3 of 6 meets a coverage of 0.5 exactly.
        return answered > 0 && answered >= minCoverage().getAsDouble() * expected - 1e-9;
    }

    /** Returns the command-line form, {@code strict} or {@code prorate:SHARE}. */
    @Override
    public String toString() {
        return policy() == Kind.STRICT
                ? "strict"
                : "prorate:" + stripZeros(minCoverage().getAsDouble());
    }

    private static String stripZeros(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MissingDataPolicy}; each attribute may be set once. */
    public static final class Builder extends ImmutableMissingDataPolicy.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public MissingDataPolicy build() {
            return Builders.build("missing-data policy", super::build);
        }
    }

    @Value.Check
    final void check() {
        if (policy() == Kind.STRICT && minCoverage().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_POLICY, "missing-data policy STRICT takes no minCoverage");
        }
        if (policy() == Kind.PRORATE) {
            if (minCoverage().isEmpty()) {
                throw new InvalidModelException(
                        ModelError.INVALID_POLICY, "missing-data policy PRORATE needs minCoverage, a share in (0, 1]");
            }
            double c = minCoverage().getAsDouble();
            if (!(c > 0 && c <= 1)) {
                throw new InvalidModelException(
                        ModelError.INVALID_POLICY,
                        "missing-data policy PRORATE minCoverage " + c + " is outside (0, 1]");
            }
        }
    }
}

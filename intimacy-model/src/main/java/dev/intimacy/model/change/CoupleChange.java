package dev.intimacy.model.change;

import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.internal.Builders;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The change of a couple between two couple profiles: each partner's own {@link Change}, with the Reliable
 * Change Index per dimension. Partners are matched by respondent id, not by position, so the order in which
 * either couple profile was scored does not matter; {@link #first()} is the first partner of the earlier
 * couple profile.
 *
 * <p>The change is reported per partner rather than on the couple mean because the Jacobson &amp; Truax
 * index is defined for one person's scores; a couple is said to have changed reliably on a dimension when
 * you decide so from both partners' classes.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoupleChange.class)
@JsonDeserialize(as = ImmutableCoupleChange.class)
public abstract class CoupleChange {

    /** Returns the first partner's change. */
    public abstract Change first();

    /** Returns the second partner's change. */
    public abstract Change second();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CoupleChange}; each attribute may be set once. */
    public static final class Builder extends ImmutableCoupleChange.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public CoupleChange build() {
            return Builders.build("couple change", super::build);
        }
    }

    /** Returns a short summary of both partners' changes. */
    @Override
    public String toString() {
        return "CoupleChange[" + first() + ", " + second() + "]";
    }

    @Value.Check
    final void check() {
        if (first().respondent().equals(second().respondent())) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE,
                    "couple change: both changes are of respondent " + first().respondent()
                            + " (two different respondents required)");
        }
        if (!first().instrument().equals(second().instrument())) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE,
                    "couple change of " + first().respondent() + " and " + second().respondent() + ": the changes are"
                            + " for " + first().instrument() + " and " + second().instrument()
                            + " (one instrument version required)");
        }
    }
}

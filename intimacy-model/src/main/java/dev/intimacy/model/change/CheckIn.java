package dev.intimacy.model.change;

import dev.intimacy.model.internal.Builders;
import dev.intimacy.model.result.IntimacyProfile;
import java.time.Instant;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One check-in of a timeline: a profile and when its answers were completed (usually the assessment's
 * {@code completedAt}).
 *
 * <pre>{@code
 * CheckIn checkIn = CheckIn.of(assessment.completedAt(), engine.score(assessment));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCheckIn.class)
@JsonDeserialize(as = ImmutableCheckIn.class)
public abstract class CheckIn {

    /** Returns when the answers were completed. */
    public abstract Instant at();

    /** Returns the profile scored from them. */
    public abstract IntimacyProfile profile();

    /**
     * Returns a check-in.
     *
     * @param at when the answers were completed
     * @param profile the profile
     * @return the check-in
     */
    public static CheckIn of(Instant at, IntimacyProfile profile) {
        return builder().at(at).profile(profile).build();
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CheckIn}; each attribute may be set once. */
    public static final class Builder extends ImmutableCheckIn.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public CheckIn build() {
            return Builders.build("check-in", super::build);
        }
    }

    /** Returns a short summary: the time and the respondent. */
    @Override
    public String toString() {
        return "CheckIn[" + at() + ", " + profile().respondent() + "]";
    }
}

package dev.intimacy.content.recommend;

import dev.intimacy.content.AvoidFlag;
import dev.intimacy.content.ContentError;
import dev.intimacy.content.ContentException;
import dev.intimacy.content.ContentId;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.internal.Builders;
import dev.intimacy.model.result.IntimacyProfile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the {@link Recommender} is asked: whose profile (and, for the safety items, their assessment), in which
 * locale, what content was already used, how many prompts and exercises, and a seed.
 *
 * <p>Start from {@link #forProfile(IntimacyProfile)} or {@link #forProfile(IntimacyProfile, Assessment)}:
 *
 * <pre>{@code
 * RecommendationRequest request = RecommendationRequest.forProfile(profile, assessment)
 *         .locale(Locale.forLanguageTag("es-MX"))
 *         .addAllHistory(alreadyUsed)
 *         .seed(20261127L)
 *         .promptCount(3)
 *         .exerciseCount(1)
 *         .build();
 * }</pre>
 *
 * <p>The request is built around one person's profile; a couple's request will be another factory on this
 * type, adding the couple's data beside the profile, so that the recommender's contract stays the same.
 */
@Value.Immutable
public abstract class RecommendationRequest {

    /** The most prompts or exercises one plan may hold. */
    public static final int MAX_COUNT = 50;

    /** The longest history accepted. */
    public static final int MAX_HISTORY = 100_000;

    /** Returns the profile the plan is for. */
    public abstract IntimacyProfile profile();

    /**
     * Returns the same respondent's assessment, when given: needed to evaluate the pack's safety items. Without
     * it only the trust and composite conditions are evaluated.
     */
    public abstract Optional<Assessment> assessment();

    /** Returns the locale of the plan's texts, when given; otherwise the pack's default locale. */
    public abstract Optional<Locale> locale();

    /**
     * Returns the ids of the prompts and exercises already used, oldest first. Ids the pack does not know are
     * ignored.
     */
    public abstract List<ContentId> history();

    /** Returns the seed of the random choices; the same request and seed give the same plan. Default 0. */
    @Value.Default
    public long seed() {
        return 0L;
    }

    /** Returns how many prompts the plan should hold, 0 to {@value #MAX_COUNT}. Default 3. */
    @Value.Default
    public int promptCount() {
        return 3;
    }

    /** Returns how many exercises the plan should hold, 0 to {@value #MAX_COUNT}. Default 1. */
    @Value.Default
    public int exerciseCount() {
        return 1;
    }

    /**
     * Returns how many prompts of one depth of a dimension must have been used before the next depth of that
     * dimension opens, when given. By default every prompt of the shallower depth must have been used (a depth
     * with fewer prompts than the threshold opens the next once all of them were used).
     */
    public abstract OptionalInt unlockDeeperAfter();

    /**
     * Returns how many of the lowest dimensions to focus on when the profile has no growth area, 1 to 6.
     * Default 2.
     */
    @Value.Default
    public int focusWhenNoGrowth() {
        return 2;
    }

    /**
     * Returns conditions the caller knows to hold (for example {@link AvoidFlag#HIGH_CONFLICT}); exercises
     * flagged with any of them are withheld. {@link AvoidFlag#SAFETY_CONCERN} is added by the recommender
     * whenever the care-note condition holds.
     */
    public abstract Set<AvoidFlag> avoid();

    /**
     * Starts a request for one person's profile, without an assessment (the safety items are then not
     * evaluated).
     *
     * @param profile the profile
     * @return a builder with the profile set
     */
    public static Builder forProfile(IntimacyProfile profile) {
        Builder b = new Builder();
        b.profile(profile);
        return b;
    }

    /**
     * Starts a request for one person's profile and the assessment it was scored from, so that the pack's
     * safety items are evaluated.
     *
     * @param profile the profile
     * @param assessment the same respondent's own answers (not a prediction)
     * @return a builder with the profile and assessment set
     */
    public static Builder forProfile(IntimacyProfile profile, Assessment assessment) {
        Builder b = forProfile(profile);
        b.assessment(assessment);
        return b;
    }

    /** Builds a {@link RecommendationRequest}; each single attribute may be set once. */
    public static final class Builder extends ImmutableRecommendationRequest.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the request
         * @throws ContentException with {@link ContentError#INVALID_REQUEST} when a count is out of range
         */
        @Override
        public RecommendationRequest build() {
            return Builders.build("recommendation request", super::build);
        }
    }

    /** Returns a summary without any answer or score. */
    @Override
    public String toString() {
        return "RecommendationRequest[respondent=" + profile().respondent() + ", locale="
                + locale().map(Locale::toLanguageTag).orElse("default") + ", history="
                + history().size()
                + ", seed=" + seed() + ", prompts=" + promptCount() + ", exercises=" + exerciseCount() + "]";
    }

    @Value.Check
    final void check() {
        if (promptCount() < 0 || promptCount() > MAX_COUNT || exerciseCount() < 0 || exerciseCount() > MAX_COUNT) {
            throw new ContentException(
                    ContentError.INVALID_REQUEST,
                    "recommendation request: promptCount " + promptCount() + " and exerciseCount " + exerciseCount()
                            + " must each be in 0.." + MAX_COUNT);
        }
        if (history().size() > MAX_HISTORY) {
            throw new ContentException(
                    ContentError.INVALID_REQUEST,
                    "recommendation request: history has " + history().size() + " ids (at most " + MAX_HISTORY
                            + " allowed)");
        }
        if (unlockDeeperAfter().isPresent() && unlockDeeperAfter().getAsInt() < 1) {
            throw new ContentException(
                    ContentError.INVALID_REQUEST,
                    "recommendation request: unlockDeeperAfter "
                            + unlockDeeperAfter().getAsInt() + " must be at least 1");
        }
        if (focusWhenNoGrowth() < 1 || focusWhenNoGrowth() > 6) {
            throw new ContentException(
                    ContentError.INVALID_REQUEST,
                    "recommendation request: focusWhenNoGrowth " + focusWhenNoGrowth() + " must be in 1..6");
        }
    }
}

package dev.intimacy.content.recommend;

import dev.intimacy.content.AvoidFlag;
import dev.intimacy.content.ContentError;
import dev.intimacy.content.ContentException;
import dev.intimacy.content.ContentId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.internal.Builders;
import dev.intimacy.model.result.IntimacyProfile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the {@link Recommender} is asked: whose profile — one person's or a couple's — (and, for the safety
 * items, their own assessments), in which locale, what content was already used, how many prompts and
 * exercises, and a seed.
 *
 * <p>Start from {@link #forProfile(IntimacyProfile)}, {@link #forProfile(IntimacyProfile, Assessment)},
 * {@link #forCouple(CoupleProfile)} or {@link #forCouple(CoupleProfile, Assessment, Assessment)}:
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
 * <p>Exactly one of {@link #profile()} and {@link #couple()} is present.
 */
@Value.Immutable
public abstract class RecommendationRequest {

    /** The most prompts or exercises one plan may hold. */
    public static final int MAX_COUNT = 50;

    /** The longest history accepted. */
    public static final int MAX_HISTORY = 100_000;

    /** Returns the person's profile the plan is for, when it is for one person. */
    public abstract Optional<IntimacyProfile> profile();

    /** Returns the couple's profile the plan is for, when it is for a couple. */
    public abstract Optional<CoupleProfile> couple();

    /**
     * Returns the respondents' own assessments, when given (at most one per person): needed to evaluate the
     * pack's safety items. Without them only the trust and composite conditions are evaluated.
     */
    public abstract List<Assessment> assessments();

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
        b.addAssessments(assessment);
        return b;
    }

    /**
     * Starts a request for a couple. Focus goes to the dimensions where a partner is in the growth band or the
     * partners see things very differently; care notes follow either partner's profile.
     *
     * @param couple the couple's profile
     * @return a builder
     */
    public static Builder forCouple(CoupleProfile couple) {
        Builder b = new Builder();
        b.couple(couple);
        return b;
    }

    /**
     * Starts a request for a couple with both partners' own assessments, so that the pack's safety items are
     * evaluated for each of them.
     *
     * @param couple the couple's profile
     * @param one one partner's own assessment
     * @param other the other partner's own assessment
     * @return a builder
     */
    public static Builder forCouple(CoupleProfile couple, Assessment one, Assessment other) {
        Builder b = forCouple(couple);
        b.addAssessments(one, other);
        return b;
    }

    /** Returns the respondents the request is about: one person, or the two partners. */
    public final List<RespondentId> respondents() {
        return couple().isPresent()
                ? couple().get().partners()
                : List.of(profile().orElseThrow().respondent());
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
        return "RecommendationRequest[" + (couple().isPresent() ? "couple=" : "respondent=")
                + respondents().stream().map(RespondentId::value).collect(java.util.stream.Collectors.joining(" and "))
                + ", locale="
                + locale().map(Locale::toLanguageTag).orElse("default") + ", history="
                + history().size()
                + ", seed=" + seed() + ", prompts=" + promptCount() + ", exercises=" + exerciseCount() + "]";
    }

    @Value.Check
    final void check() {
        if (profile().isPresent() == couple().isPresent()) {
            throw new ContentException(
                    ContentError.INVALID_REQUEST,
                    "recommendation request: give either a person's profile or a couple's profile, not "
                            + (profile().isPresent() ? "both" : "neither"));
        }
        if (assessments().size() > respondents().size()) {
            throw new ContentException(
                    ContentError.INVALID_REQUEST,
                    "recommendation request: " + assessments().size() + " assessments for "
                            + respondents().size() + " respondent(s) (at most one each)");
        }
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

package dev.intimacy.model.couple;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentRef;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Dyad;
import dev.intimacy.model.internal.Builders;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A couple's profile on one instrument version: both partners' {@link IntimacyProfile profiles}, each
 * dimension seen together ({@link CoupleDimension}: couple mean, discrepancy, agreement, pattern), the
 * composite intimacy index of each partner and of the couple, the items to talk about, and, when the
 * partners also predicted each other's answers, how well each understands the other.
 *
 * <p>Couples are role-neutral: {@link #first()} and {@link #second()} are simply the order in which the
 * assessments were given. Scoring the couple the other way round swaps everything that belongs to one
 * partner (their profile, their score in each {@link CoupleDimension}, their understanding of the other)
 * and leaves every symmetric value (couple mean, discrepancy, agreement, pattern, couple composite, items to
 * talk about) unchanged.
 *
 * <ul>
 *   <li>The couple's composite is {@code (composite₁ + composite₂)/2}; it is absent, with {@link
 *       #coupleCompositeReason() a reason}, when either partner's composite is absent.
 *   <li>{@link #itemsToTalkAbout()} lists the dimension items on which the partners' keyed answers differ by
 *       at least the scorer's threshold (2 scale points by default), largest difference first, then in the
 *       instrument's order. It holds item ids and differences only, never answers.
 * </ul>
 *
 * <p>{@code toString()} names the partners and counts; it shows no score and no answer value.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoupleProfile.class)
@JsonDeserialize(as = ImmutableCoupleProfile.class)
public abstract class CoupleProfile {

    /** Returns the first partner's profile. */
    public abstract IntimacyProfile first();

    /** Returns the second partner's profile. */
    public abstract IntimacyProfile second();

    /** Returns the dyad, when the couple was scored as one; its partners are the two respondents. */
    public abstract Optional<Dyad> dyad();

    /** Returns each covered dimension seen together, in the dimensions' fixed order. */
    public abstract Map<Dimension, CoupleDimension> dimensions();

    /** Returns the couple's composite index {@code (composite₁ + composite₂)/2}, in [0, 100], when both exist. */
    public abstract OptionalDouble coupleComposite();

    /** Returns why the couple's composite index is absent, when it is. */
    public abstract Optional<String> coupleCompositeReason();

    /** Returns the items to talk about: largest keyed difference first; item ids and differences only. */
    public abstract List<ItemDifference> itemsToTalkAbout();

    /** Returns how well the first partner understands the second, when the first predicted the second. */
    public abstract Optional<PartnerUnderstanding> understandingByFirst();

    /** Returns how well the second partner understands the first, when the second predicted the first. */
    public abstract Optional<PartnerUnderstanding> understandingBySecond();

    /** Returns the instrument version both partners answered. */
    public final InstrumentRef instrument() {
        return first().instrument();
    }

    /** Returns the two partners, first then second. */
    public final List<RespondentId> partners() {
        return List.of(first().respondent(), second().respondent());
    }

    /** Returns the first partner's composite index, when present. */
    public final OptionalDouble firstComposite() {
        return first().compositeIndex();
    }

    /** Returns the second partner's composite index, when present. */
    public final OptionalDouble secondComposite() {
        return second().compositeIndex();
    }

    /**
     * Returns one dimension seen together.
     *
     * @param dimension the dimension
     * @return the couple dimension, or empty when the instrument does not cover it
     */
    public final Optional<CoupleDimension> dimension(Dimension dimension) {
        return Optional.ofNullable(dimensions().get(dimension));
    }

    /**
     * Returns the dimensions with a given pattern, in the dimensions' fixed order; for example the shared
     * strengths, or the dimensions the partners see differently.
     *
     * @param pattern the pattern
     * @return the dimensions with that pattern; may be empty
     */
    public final List<Dimension> withPattern(CouplePattern pattern) {
        List<Dimension> out = new ArrayList<>();
        for (CoupleDimension d : dimensions().values()) {
            if (d.pattern().equals(Optional.of(pattern))) {
                out.add(d.dimension());
            }
        }
        return out;
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CoupleProfile}; each single attribute may be set once. */
    public static final class Builder extends ImmutableCoupleProfile.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public CoupleProfile build() {
            return Builders.build("couple profile", super::build);
        }
    }

    /**
     * Returns a summary that names the partners and counts dimensions and items to talk about, e.g. {@code
     * CoupleProfile[r-1 & r-2, instrument=x@1.0.0, 6 dimensions, 3 items to talk about]}; no score, no answer.
     */
    @Override
    public String toString() {
        return "CoupleProfile[" + first().respondent() + " & " + second().respondent() + ", instrument="
                + instrument() + ", " + dimensions().size() + " dimensions, "
                + itemsToTalkAbout().size()
                + " items to talk about"
                + (understandingByFirst().isPresent() || understandingBySecond().isPresent()
                        ? ", with understanding"
                        : "")
                + "]";
    }

    @Value.Check
    final void check() {
        RespondentId one = first().respondent();
        RespondentId two = second().respondent();
        String where = "couple profile of " + one + " and " + two + ": ";
        if (one.equals(two)) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    "couple profile: both profiles are of respondent " + one + " (two different respondents"
                            + " required)");
        }
        if (!first().instrument().equals(second().instrument())) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "the profiles are for " + first().instrument() + " and " + second().instrument()
                            + " (one instrument version required)");
        }
        if (dyad().isPresent() && !(dyad().get().contains(one) && dyad().get().contains(two))) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "dyad " + dyad().get().id() + " has partners "
                            + dyad().get().partners() + ", not these two");
        }
        checkDimensions(where);
        checkComposite(where);
        checkTopics(where);
        checkUnderstanding(where, "understandingByFirst", understandingByFirst(), one, two);
        checkUnderstanding(where, "understandingBySecond", understandingBySecond(), two, one);
    }

    private void checkDimensions(String where) {
        if (!dimensions().keySet().equals(first().dimensions().keySet())
                || !dimensions().keySet().equals(second().dimensions().keySet())) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + "the couple dimensions " + dimensions().keySet() + " must be those of both profiles ("
                            + first().dimensions().keySet() + " and "
                            + second().dimensions().keySet() + ")");
        }
        for (Map.Entry<Dimension, CoupleDimension> e : dimensions().entrySet()) {
            Dimension d = e.getKey();
            CoupleDimension cd = e.getValue();
            if (cd.dimension() != d) {
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE, where + "the entry under " + d + " is for " + cd.dimension());
            }
            DimensionScore s1 = first().dimensions().get(d);
            DimensionScore s2 = second().dimensions().get(d);
            if (!cd.first().equals(s1) || !cd.second().equals(s2)) {
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE,
                        where + "the scores in couple dimension " + d + " differ from those in the profiles");
            }
        }
    }

    private void checkComposite(String where) {
        if (coupleComposite().isPresent() == coupleCompositeReason().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE, where + "give either the couple composite or the reason it is absent");
        }
        if (coupleComposite().isPresent()) {
            double c = coupleComposite().getAsDouble();
            if (!(c >= 0 && c <= 100)) {
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE, where + "couple composite " + c + " is outside [0, 100]");
            }
            if (first().compositeIndex().isEmpty() || second().compositeIndex().isEmpty()) {
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE, where + "a couple composite needs both partners' composites");
            }
        }
    }

    private void checkTopics(String where) {
        Set<ItemId> seen = new HashSet<>();
        int previous = Integer.MAX_VALUE;
        for (ItemDifference t : itemsToTalkAbout()) {
            if (!seen.add(t.item())) {
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE, where + "item " + t.item() + " is listed twice to talk about");
            }
            if (t.difference() > previous) {
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE,
                        where + "items to talk about must be sorted by difference, largest first (item " + t.item()
                                + " breaks the order)");
            }
            if (!dimensions().containsKey(t.dimension())) {
                throw new InvalidModelException(
                        ModelError.INVALID_COUPLE,
                        where + "item " + t.item() + " to talk about measures " + t.dimension()
                                + ", which the profiles do not cover");
            }
            previous = t.difference();
        }
    }

    private void checkUnderstanding(
            String where,
            String field,
            Optional<PartnerUnderstanding> understanding,
            RespondentId predictor,
            RespondentId partner) {
        if (understanding.isEmpty()) {
            return;
        }
        PartnerUnderstanding u = understanding.get();
        if (!u.predictor().equals(predictor) || !u.partner().equals(partner)) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE,
                    where + field + " must be " + predictor + "'s prediction of " + partner + " (it is " + u.predictor()
                            + "'s prediction of " + u.partner() + ")");
        }
        if (!u.instrument().equals(instrument())) {
            throw new InvalidModelException(
                    ModelError.INVALID_COUPLE, where + field + " is for " + u.instrument() + ", not " + instrument());
        }
    }
}

package dev.intimacy.scoring.couple;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.answer.Dyad;
import dev.intimacy.model.answer.InvalidAssessmentException;
import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.couple.DimensionUnderstanding;
import dev.intimacy.model.couple.ItemDifference;
import dev.intimacy.model.couple.PartnerUnderstanding;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.instrument.MissingDataPolicy;
import dev.intimacy.model.instrument.ResponseScale;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.ScoringEngine;
import dev.intimacy.scoring.ScoringError;
import dev.intimacy.scoring.ScoringException;
import dev.intimacy.scoring.internal.ScaleResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Scores two partners' assessments together into a {@link CoupleProfile}. Built on a {@link ScoringEngine}
 * (which scores each partner exactly as on their own), immutable, and safe to share between threads.
 *
 * <pre>{@code
 * CoupleScorer scorer = CoupleScorer.of(ScoringEngine.builder(instrument).build());
 * CoupleProfile couple = scorer.scoreCouple(answersOfAlex, answersOfSam);
 * couple.withPattern(CouplePattern.SHARED_STRENGTH);          // e.g. [TRUST, NURTURING]
 * couple.itemsToTalkAbout();                                  // e.g. [ItemDifference[COM-03, 3]]
 * }</pre>
 *
 * <p>For each covered dimension (see {@link CoupleDimension}):
 *
 * <ul>
 *   <li>both partners' scores as the engine gives them, the couple mean {@code (POMP₁ + POMP₂)/2} and the
 *       discrepancy {@code |POMP₁ − POMP₂|} in POMP points;
 *   <li>positive agreement: over the dimension's items that both partners answered with a value, the share
 *       on which both keyed answers lie strictly above the scale's midpoint {@code (min + max)/2};
 *   <li>the pattern, by {@link PatternRules} (discrepant from 25 POMP points, then shared strength, shared
 *       growth, mixed).
 * </ul>
 *
 * <p>Items to talk about are the dimension items (not the outcome items) that both answered and whose
 * keyed answers differ by at least {@link Builder#topicThreshold(int) the threshold} (2 scale points by
 * default), largest difference first, then in the instrument's order. The couple's composite index is the
 * mean of the two partners' composites.
 *
 * <p><strong>Understanding each other.</strong> A partner may also answer as they think the other would:
 * an {@link Assessment} whose {@link Assessment#predicts() predicts()} names the other partner. Its
 * accuracy per dimension is computed <em>item by item</em>: over the dimension's items answered with a
 * value both in the prediction and in the partner's own answers, {@code d = 100·(x'_predicted −
 * x'_own)/(max − min)} on keyed answers (an item-level difference in POMP points), accuracy {@code = 100 −
 * mean |d|} and bias {@code = mean d} (above 0: over-estimates the partner). The engine's missing-data
 * policy decides whether enough items were compared (for example at least half under {@code prorate:0.5}).
 * Item level is the faithful reading of "the mean absolute difference between the prediction and the
 * partner's own answers": comparing only the two dimension means would score a prediction that swaps two
 * items' answers as perfect. The overall accuracy and bias weight the dimensions as the engine's composite
 * does.
 *
 * <p>Couples are role-neutral: {@code scoreCouple(a, b)} and {@code scoreCouple(b, a)} give mirrored
 * profiles, with every symmetric value equal.
 */
public final class CoupleScorer {
    private final ScoringEngine engine;
    private final Instrument instrument;
    private final PatternRules rules;
    private final int topicThreshold;

    private CoupleScorer(ScoringEngine engine, PatternRules rules, int topicThreshold) {
        this.engine = engine;
        this.instrument = engine.instrument();
        this.rules = rules;
        this.topicThreshold = topicThreshold;
    }

    /**
     * Returns a scorer with the default rules: {@link PatternRules#defaults()} and items to talk about from a
     * difference of 2 scale points.
     *
     * @param engine the engine that scores each partner
     * @return the scorer
     */
    public static CoupleScorer of(ScoringEngine engine) {
        return builder(engine).build();
    }

    /**
     * Starts building a scorer.
     *
     * @param engine the engine that scores each partner; its instrument, policy, bands, norms and composite
     *     weights apply
     * @return a builder with the defaults
     */
    public static Builder builder(ScoringEngine engine) {
        return new Builder(engine);
    }

    /** Returns the engine that scores each partner. */
    public ScoringEngine engine() {
        return engine;
    }

    /** Returns the pattern rules in use. */
    public PatternRules patternRules() {
        return rules;
    }

    /** Returns the smallest keyed difference, in scale points, that makes an item one to talk about. */
    public int topicThreshold() {
        return topicThreshold;
    }

    /**
     * Scores a couple from each partner's own answers.
     *
     * @param a one partner's own answers
     * @param b the other partner's own answers
     * @return the couple profile; {@code a} is its first partner
     * @throws ScoringException with {@link ScoringError#COUPLE_MISMATCH} when the two are for different
     *     instruments or versions, are of the same respondent, or either is a prediction
     * @throws InvalidAssessmentException when an assessment does not fit the engine's instrument
     */
    public CoupleProfile scoreCouple(Assessment a, Assessment b) {
        return score(null, a, b, List.of());
    }

    /**
     * Scores a couple from each partner's own answers and their predictions of each other.
     *
     * @param a one partner's own answers
     * @param b the other partner's own answers
     * @param predictions at most one prediction each way: an assessment by one partner whose {@code
     *     predicts()} names the other; may be empty
     * @return the couple profile, with the understanding of each partner who predicted the other
     * @throws ScoringException with {@link ScoringError#COUPLE_MISMATCH} as {@link #scoreCouple(Assessment,
     *     Assessment)}, or {@link ScoringError#INVALID_PREDICTION} when a prediction is not one, is by someone
     *     outside the couple, predicts someone other than the predictor's partner, is for another instrument,
     *     or repeats a direction
     * @throws InvalidAssessmentException when an assessment does not fit the engine's instrument
     */
    public CoupleProfile scoreCouple(Assessment a, Assessment b, Collection<Assessment> predictions) {
        return score(null, a, b, predictions);
    }

    /**
     * Scores a couple that belongs to a known dyad; the profile then carries the dyad (and its labels, for
     * distinguishable dyads in research).
     *
     * @param dyad the couple; its partners must be the two respondents
     * @param a one partner's own answers
     * @param b the other partner's own answers
     * @param predictions at most one prediction each way; may be empty
     * @return the couple profile
     * @throws ScoringException with {@link ScoringError#COUPLE_MISMATCH} also when a respondent is not a
     *     partner of the dyad; otherwise as {@link #scoreCouple(Assessment, Assessment, Collection)}
     * @throws InvalidAssessmentException when an assessment does not fit the engine's instrument
     */
    public CoupleProfile scoreCouple(Dyad dyad, Assessment a, Assessment b, Collection<Assessment> predictions) {
        return score(dyad, a, b, predictions);
    }

    /**
     * Measures how well one partner predicted the other's answers.
     *
     * @param prediction the predictor's answers as they think the partner would answer; {@code predicts()}
     *     names the partner
     * @param partnerOwn the partner's own answers
     * @return the understanding, per dimension and overall
     * @throws ScoringException with {@link ScoringError#INVALID_PREDICTION} when {@code prediction} is not a
     *     prediction, {@code partnerOwn} is one, the prediction is of someone else, or the two are for
     *     different instruments or versions
     * @throws InvalidAssessmentException when an assessment does not fit the engine's instrument
     */
    public PartnerUnderstanding understanding(Assessment prediction, Assessment partnerOwn) {
        if (prediction.predicts().isEmpty()) {
            throw new ScoringException(
                    ScoringError.INVALID_PREDICTION,
                    "assessment of respondent " + prediction.respondent() + " is not a prediction (its predicts() is"
                            + " empty; a prediction names the partner whose answers it predicts)");
        }
        RespondentId predictor = prediction.respondent();
        RespondentId predicted = prediction.predicts().get();
        if (partnerOwn.isPrediction()) {
            throw new ScoringException(
                    ScoringError.INVALID_PREDICTION,
                    "prediction by " + predictor + ": the partner's assessment must be their own answers, but"
                            + " respondent " + partnerOwn.respondent() + "'s assessment predicts "
                            + partnerOwn.predicts().get() + "'s answers");
        }
        if (!predicted.equals(partnerOwn.respondent())) {
            throw new ScoringException(
                    ScoringError.INVALID_PREDICTION,
                    "prediction by " + predictor + " predicts " + predicted + "'s answers, not "
                            + partnerOwn.respondent() + "'s (it can only be compared with the answers of the person"
                            + " it predicts)");
        }
        if (!prediction.instrument().equals(partnerOwn.instrument())) {
            throw new ScoringException(
                    ScoringError.INVALID_PREDICTION,
                    "prediction by " + predictor + " is for " + prediction.instrument() + ", but " + predicted
                            + " answered " + partnerOwn.instrument() + " (both must be the same instrument version)");
        }
        prediction.requireValidFor(instrument);
        partnerOwn.requireValidFor(instrument);
        return compare(prediction, partnerOwn);
    }

    private CoupleProfile score(Dyad dyad, Assessment a, Assessment b, Collection<Assessment> predictions) {
        checkPair(a, b);
        if (dyad != null) {
            for (Assessment x : List.of(a, b)) {
                if (!dyad.contains(x.respondent())) {
                    throw new ScoringException(
                            ScoringError.COUPLE_MISMATCH,
                            "respondent " + x.respondent() + " is not a partner of dyad " + dyad.id() + " (its partners"
                                    + " are " + dyad.partners().get(0) + " and "
                                    + dyad.partners().get(1) + ")");
                }
            }
        }
        IntimacyProfile first = engine.score(a);
        IntimacyProfile second = engine.score(b);
        CoupleProfile.Builder c = CoupleProfile.builder().first(first).second(second);
        if (dyad != null) {
            c.dyad(dyad);
        }
        double mid = instrument.scale().midpoint();
        for (Dimension d : first.dimensions().keySet()) {
            c.putDimensions(d, together(d, a, b, first, second, mid));
        }
        if (first.compositeIndex().isPresent() && second.compositeIndex().isPresent()) {
            double composite = (first.compositeIndex().getAsDouble()
                            + second.compositeIndex().getAsDouble())
                    / 2;
            c.coupleComposite(Math.max(0, Math.min(100, composite)));
        } else {
            c.coupleCompositeReason("the couple composite needs both partners' composite indices; "
                    + absent(first, second, p -> p.compositeIndex().isEmpty(), "composite"));
        }
        c.addAllItemsToTalkAbout(topics(a, b));
        understandings(a, b, predictions, c);
        return c.build();
    }

    private void checkPair(Assessment a, Assessment b) {
        for (Assessment x : List.of(a, b)) {
            if (x.isPrediction()) {
                throw new ScoringException(
                        ScoringError.COUPLE_MISMATCH,
                        "assessment of respondent " + x.respondent() + " predicts "
                                + x.predicts().get()
                                + "'s answers; a couple is scored from each partner's own answers (pass predictions"
                                + " separately)");
            }
        }
        if (a.respondent().equals(b.respondent())) {
            throw new ScoringException(
                    ScoringError.COUPLE_MISMATCH,
                    "both assessments are of respondent " + a.respondent()
                            + " (a couple needs two different respondents)");
        }
        if (!a.instrument().equals(b.instrument())) {
            throw new ScoringException(
                    ScoringError.COUPLE_MISMATCH,
                    "the partners answered different instruments: " + a.respondent() + " answered " + a.instrument()
                            + ", " + b.respondent() + " answered " + b.instrument()
                            + " (both must answer the same instrument version)");
        }
    }

    private CoupleDimension together(
            Dimension d, Assessment a, Assessment b, IntimacyProfile first, IntimacyProfile second, double mid) {
        DimensionScore s1 = first.dimensions().get(d);
        DimensionScore s2 = second.dimensions().get(d);
        int compared = 0;
        int bothPositive = 0;
        for (Item item : instrument.itemsOf(d)) {
            OptionalInt x1 = keyed(a, item);
            OptionalInt x2 = keyed(b, item);
            if (x1.isPresent() && x2.isPresent()) {
                compared++;
                if (x1.getAsInt() > mid && x2.getAsInt() > mid) {
                    bothPositive++;
                }
            }
        }
        CoupleDimension.Builder cd =
                CoupleDimension.builder().dimension(d).first(s1).second(s2).itemsCompared(compared);
        if (s1.isScored() && s2.isScored()) {
            double p1 = s1.pomp().getAsDouble();
            double p2 = s2.pomp().getAsDouble();
            cd.meanPomp(Math.max(0, Math.min(100, (p1 + p2) / 2)))
                    .discrepancy(Math.abs(p1 - p2))
                    .pattern(rules.classify(
                            p1, s1.band().orElseThrow(), p2, s2.band().orElseThrow()));
            if (compared > 0) {
                cd.agreement((double) bothPositive / compared);
            }
        } else {
            cd.reason(d + " needs both partners' scores; "
                    + absent(first, second, p -> !p.dimensions().get(d).isScored(), d + " score"));
        }
        return cd.build();
    }

    /** Names whose value is absent, in a fixed (sorted) order so that the text does not depend on roles. */
    private static String absent(
            IntimacyProfile first, IntimacyProfile second, Predicate<IntimacyProfile> missing, String what) {
        List<IntimacyProfile> gone = new ArrayList<>();
        for (IntimacyProfile p : List.of(first, second)) {
            if (missing.test(p)) {
                gone.add(p);
            }
        }
        gone.sort(Comparator.comparing(IntimacyProfile::respondent));
        if (gone.size() == 2) {
            return "both partners' " + what + "s are absent (" + gone.get(0).respondent() + " and "
                    + gone.get(1).respondent() + ")";
        }
        return gone.get(0).respondent() + "'s " + what + " is absent";
    }

    private List<ItemDifference> topics(Assessment a, Assessment b) {
        List<ItemDifference> out = new ArrayList<>();
        for (Item item : instrument.items()) {
            if (item.dimension().isEmpty()) {
                continue;
            }
            OptionalInt x1 = keyed(a, item);
            OptionalInt x2 = keyed(b, item);
            if (x1.isPresent() && x2.isPresent()) {
                int diff = Math.abs(x1.getAsInt() - x2.getAsInt());
                if (diff >= topicThreshold) {
                    out.add(ItemDifference.of(item.id(), item.dimension().get(), diff));
                }
            }
        }
        // A stable sort keeps the instrument's order among equal differences.
        out.sort(Comparator.comparingInt(ItemDifference::difference).reversed());
        return out;
    }

    private void understandings(
            Assessment a, Assessment b, Collection<Assessment> predictions, CoupleProfile.Builder c) {
        PartnerUnderstanding byFirst = null;
        PartnerUnderstanding bySecond = null;
        for (Assessment p : predictions) {
            if (p.predicts().isEmpty()) {
                throw new ScoringException(
                        ScoringError.INVALID_PREDICTION,
                        "assessment of respondent " + p.respondent() + " was given as a prediction but is not one"
                                + " (its predicts() is empty)");
            }
            RespondentId predictor = p.respondent();
            Assessment own;
            if (predictor.equals(a.respondent())) {
                own = b;
            } else if (predictor.equals(b.respondent())) {
                own = a;
            } else {
                throw new ScoringException(
                        ScoringError.INVALID_PREDICTION,
                        "prediction by " + predictor + ": " + predictor + " is not a partner of this couple ("
                                + a.respondent() + " and " + b.respondent() + ")");
            }
            if (!p.predicts().get().equals(own.respondent())) {
                throw new ScoringException(
                        ScoringError.INVALID_PREDICTION,
                        "prediction by " + predictor + " predicts "
                                + p.predicts().get() + "'s answers, but "
                                + predictor + "'s partner is " + own.respondent()
                                + " (a prediction must be of the partner)");
            }
            boolean isFirst = own == b;
            if ((isFirst && byFirst != null) || (!isFirst && bySecond != null)) {
                throw new ScoringException(
                        ScoringError.INVALID_PREDICTION,
                        "two predictions by " + predictor + " of " + own.respondent() + " (at most one each way)");
            }
            PartnerUnderstanding u = understanding(p, own);
            if (isFirst) {
                byFirst = u;
            } else {
                bySecond = u;
            }
        }
        if (byFirst != null) {
            c.understandingByFirst(byFirst);
        }
        if (bySecond != null) {
            c.understandingBySecond(bySecond);
        }
    }

    private PartnerUnderstanding compare(Assessment prediction, Assessment own) {
        ResponseScale scale = instrument.scale();
        double width = scale.max() - scale.min();
        MissingDataPolicy policy = engine.missingDataPolicy();
        Map<Dimension, Double> weights = engine.compositeWeights();
        PartnerUnderstanding.Builder u = PartnerUnderstanding.builder()
                .predictor(prediction.respondent())
                .partner(own.respondent())
                .instrument(instrument.ref());
        double wsum = 0;
        double accuracySum = 0;
        double biasSum = 0;
        List<String> without = new ArrayList<>();
        for (Dimension d : instrument.coveredDimensions()) {
            List<Item> items = instrument.itemsOf(d);
            int n = 0;
            double absSum = 0;
            double signedSum = 0;
            for (Item item : items) {
                OptionalInt xp = keyed(prediction, item);
                OptionalInt xo = keyed(own, item);
                if (xp.isPresent() && xo.isPresent()) {
                    double diff = 100.0 * (xp.getAsInt() - xo.getAsInt()) / width;
                    absSum += Math.abs(diff);
                    signedSum += diff;
                    n++;
                }
            }
            DimensionUnderstanding.Builder du = DimensionUnderstanding.builder()
                    .dimension(d)
                    .expected(items.size())
                    .itemsCompared(n);
            double w = weights.getOrDefault(d, 0.0);
            if (policy.allows(n, items.size())) {
                double accuracy = clamp(100 - absSum / n, 0, 100);
                double bias = clamp(signedSum / n, -100, 100);
                du.accuracy(accuracy).bias(bias);
                if (w > 0) {
                    wsum += w;
                    accuracySum += w * accuracy;
                    biasSum += w * bias;
                }
            } else {
                du.reason(n + " of " + items.size() + " items answered both in the prediction and in "
                        + own.respondent() + "'s own answers; " + ScaleResult.needs(policy, items.size()));
                if (w > 0) {
                    without.add(d.code());
                }
            }
            u.putDimensions(d, du.build());
        }
        if (without.isEmpty()) {
            u.overallAccuracy(clamp(accuracySum / wsum, 0, 100)).overallBias(clamp(biasSum / wsum, -100, 100));
        } else {
            u.overallReason("the overall accuracy needs " + String.join(", ", without) + ", which "
                    + (without.size() == 1 ? "has" : "have") + " too few items compared");
        }
        return u.build();
    }

    private static double clamp(double x, double lo, double hi) {
        // Rounding can leave a mean a hair outside its range; the formula itself cannot.
        return Math.max(lo, Math.min(hi, x));
    }

    /** The keyed answer to an item, or empty when skipped, declined or absent. */
    private OptionalInt keyed(Assessment assessment, Item item) {
        Answer answer = assessment.answer(item.id());
        if (!answer.isValue()) {
            return OptionalInt.empty();
        }
        int v = answer.valueOr(0);
        return OptionalInt.of(
                item.keying() == Keying.REVERSE ? instrument.scale().reflect(v) : v);
    }

    /** Builds a {@link CoupleScorer}. */
    public static final class Builder {
        private final ScoringEngine engine;
        private PatternRules rules = PatternRules.defaults();
        private int topicThreshold = 2;

        private Builder(ScoringEngine engine) {
            this.engine = engine;
        }

        /**
         * Sets the pattern rules (default {@link PatternRules#defaults()}).
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder patternRules(PatternRules rules) {
            this.rules = rules;
            return this;
        }

        /**
         * Sets the smallest difference between the partners' keyed answers, in scale points, that makes an
         * item one to talk about (default 2).
         *
         * @param scalePoints at least 1, at most the scale's width {@code max − min}
         * @return this builder
         * @throws ScoringException with {@link ScoringError#INVALID_CONFIGURATION} when outside that range
         */
        public Builder topicThreshold(int scalePoints) {
            ResponseScale scale = engine.instrument().scale();
            int width = scale.max() - scale.min();
            if (scalePoints < 1 || scalePoints > width) {
                throw new ScoringException(
                        ScoringError.INVALID_CONFIGURATION,
                        String.format(
                                Locale.ROOT,
                                "topic threshold %d scale points is outside 1..%d (the width of the scale %s)",
                                scalePoints,
                                width,
                                scale));
            }
            this.topicThreshold = scalePoints;
            return this;
        }

        /** Builds the scorer. */
        public CoupleScorer build() {
            return new CoupleScorer(engine, rules, topicThreshold);
        }
    }
}

package dev.intimacy.scoring;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.answer.InvalidAssessmentException;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.MissingDataPolicy;
import dev.intimacy.model.result.Band;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.model.result.OutcomeScore;
import dev.intimacy.model.result.ScaleScore;
import dev.intimacy.model.result.ScoreStatus;
import dev.intimacy.model.result.StandardScores;
import dev.intimacy.scoring.batch.BatchResult;
import dev.intimacy.scoring.batch.ResponseMatrix;
import dev.intimacy.scoring.internal.BatchScorer;
import dev.intimacy.scoring.internal.CompiledInstrument;
import dev.intimacy.scoring.internal.MeanStrategy;
import dev.intimacy.scoring.internal.ScalePlan;
import dev.intimacy.scoring.internal.ScaleResult;
import dev.intimacy.scoring.norms.Norm;
import dev.intimacy.scoring.norms.Norms;
import dev.intimacy.scoring.spi.ScoringStrategies;
import dev.intimacy.scoring.spi.ScoringStrategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Scores assessments of one instrument into {@link IntimacyProfile profiles}. Built once with {@link
 * #builder(Instrument)}, immutable, and safe to share between threads.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.builder(instrument).build();   // mean, the instrument's policy
 * IntimacyProfile profile = engine.score(assessment);
 * profile.score(Dimension.TRUST).flatMap(s -> s.band());            // e.g. Optional[STRENGTH]
 * }</pre>
 *
 * <p>Per dimension the engine reflects reverse-keyed answers ({@code x' = min + max − x}), applies the
 * missing-data policy (strict, or prorate: the mean of the answered items when enough are answered), asks
 * the strategy for the raw score and computes {@code POMP = 100·(score − lo)/(hi − lo)} on the strategy's
 * range (the scale for means). The composite intimacy index is the weighted mean of the dimensions' POMP
 * (equal weights by default), absent with a reason when a dimension with a positive weight is
 * insufficient. Outcome items form a separate outcome score. Bands come from {@link BandCutPoints}: on
 * POMP, or on T when {@link Norms} are supplied; then {@code z = (POMP − mean)/SD}, {@code T = 50 + 10z},
 * and the percentile is {@code 100·Φ(z)} under a normal model.
 */
public final class ScoringEngine {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private final Instrument instrument;
    private final CompiledInstrument compiled;
    private final ScoringStrategy strategy;
    private final ScoringStrategy fastPath; // null unless the strategy is the built-in mean
    private final MissingDataPolicy policy;
    private final double[] compositeWeights; // by position in compiled.dimensions
    private final BandCutPoints bands;
    private final Optional<Norms> norms;
    private final Optional<Norm>[] dimensionNorms; // by position in compiled.dimensions
    private final ThreadLocal<ScaleResult> scratch = ThreadLocal.withInitial(ScaleResult::new);

    private ScoringEngine(Builder b, ScoringStrategy strategy, Map<Dimension, Double> weights) {
        this.instrument = b.instrument;
        this.compiled = new CompiledInstrument(b.instrument, b.itemWeights);
        this.strategy = strategy;
        this.fastPath = strategy instanceof MeanStrategy ? null : strategy;
        this.policy = b.policy != null ? b.policy : b.instrument.missingData().orElse(MissingDataPolicy.prorate(0.5));
        this.compositeWeights = new double[compiled.dimensions.length];
        for (int i = 0; i < compiled.dimensions.length; i++) {
            compositeWeights[i] = weights.get(compiled.dimensions[i].dimension.orElseThrow());
        }
        this.bands = b.bands;
        this.norms = Optional.ofNullable(b.norms);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Optional<Norm>[] byDimension = new Optional[compiled.dimensions.length];
        for (int i = 0; i < byDimension.length; i++) {
            Dimension d = compiled.dimensions[i].dimension.orElseThrow();
            byDimension[i] = norms.flatMap(n -> n.norm(d));
        }
        this.dimensionNorms = byDimension;
    }

    /**
     * Starts building an engine for one instrument.
     *
     * @param instrument the instrument whose assessments it scores
     * @return a builder with the defaults: strategy {@code mean}, the instrument's missing-data policy (else
     *     prorate at 0.5), equal composite weights, {@link BandCutPoints#defaults()}, no norms
     */
    public static Builder builder(Instrument instrument) {
        return new Builder(instrument);
    }

    /** Returns the instrument this engine scores. */
    public Instrument instrument() {
        return instrument;
    }

    /** Returns the strategy in use. */
    public ScoringStrategy strategy() {
        return strategy;
    }

    /** Returns the missing-data policy in use. */
    public MissingDataPolicy missingDataPolicy() {
        return policy;
    }

    /** Returns the band cut points in use. */
    public BandCutPoints bandCutPoints() {
        return bands;
    }

    /** Returns the norms in use, if any. */
    public Optional<Norms> norms() {
        return norms;
    }

    /**
     * Returns the composite weights in use, per covered dimension.
     *
     * @return the weights, in the dimensions' order
     */
    public Map<Dimension, Double> compositeWeights() {
        Map<Dimension, Double> m = new EnumMap<>(Dimension.class);
        for (int i = 0; i < compiled.dimensions.length; i++) {
            m.put(compiled.dimensions[i].dimension.orElseThrow(), compositeWeights[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Scores one assessment. It is first checked against the instrument; any problem (an unknown item, a
     * value outside the scale, another instrument or version) fails the whole call with one exception that
     * lists every problem.
     *
     * @param assessment the answers
     * @return the profile
     * @throws InvalidAssessmentException when the assessment does not fit the instrument
     * @throws ScoringException with {@link ScoringError#STRATEGY_FAILED} when a plug-in strategy breaks its contract
     */
    public IntimacyProfile score(Assessment assessment) {
        // One pass over the answers that both checks and lays them out; only a misfit pays for the full
        // problem list. Answers usually arrive in the instrument's item order, so each answer is first
        // compared with the next item and looked up by id only when the order differs. The answers are an
        // insertion-ordered map (Immutables' LinkedHashMap), whose key and value views run in the same order.
        ItemId[] ids = compiled.ids;
        int[] row = new int[ids.length];
        java.util.Arrays.fill(row, CompiledInstrument.SKIPPED);
        Map<ItemId, Answer> answers = assessment.answers();
        boolean fits = assessment.instrument().equals(instrument.ref());
        int matched = 0;
        int next = 0;
        java.util.Iterator<Answer> values = answers.values().iterator();
        for (ItemId id : answers.keySet()) {
            Answer a = values.next();
            int p;
            if (next < ids.length && ids[next].equals(id)) {
                p = next++;
            } else {
                Integer at = compiled.position.get(id);
                if (at == null) {
                    continue; // an answer to an item the instrument does not have
                }
                p = at;
            }
            matched++;
            switch (a.kind()) {
                case VALUE -> {
                    int v = a.valueOr(compiled.min);
                    if (v < compiled.min || v > compiled.max) {
                        fits = false;
                    }
                    row[p] = v;
                }
                case SKIPPED -> row[p] = CompiledInstrument.SKIPPED;
                case DECLINED -> row[p] = CompiledInstrument.DECLINED;
            }
        }
        if (matched != answers.size()) {
            fits = false; // an answer to an item the instrument does not have
        }
        if (!fits) {
            assessment.requireValidFor(instrument);
        }
        return scoreRow(assessment.respondent(), row);
    }

    /**
     * Scores a row of values already checked against the instrument. For the batch API and the CLI.
     *
     * @param respondent the respondent
     * @param row values by item position, with {@code Integer.MIN_VALUE} for skipped and {@code
     *     Integer.MIN_VALUE + 1} for declined
     * @return the profile
     */
    IntimacyProfile scoreRow(dev.intimacy.model.RespondentId respondent, int[] row) {
        ScaleResult r = scratch.get();
        IntimacyProfile.Builder p = IntimacyProfile.builder()
                .respondent(respondent)
                .instrument(instrument.ref())
                .strategy(strategy.id());
        double wsum = 0;
        double wpomp = 0;
        List<String> insufficient = null;
        for (int i = 0; i < compiled.dimensions.length; i++) {
            ScalePlan plan = compiled.dimensions[i];
            r.score(plan, row, compiled.min, compiled.max, policy, fastPath, instrument.scale());
            Dimension d = plan.dimension.orElseThrow();
            DimensionScore.Builder s = DimensionScore.builder().dimension(d);
            fill(s, plan, row, r, dimensionNorms[i]);
            p.putDimensions(d, s.build());
            if (compositeWeights[i] > 0) {
                if (r.scored) {
                    wsum += compositeWeights[i];
                    wpomp += compositeWeights[i] * r.pomp;
                } else {
                    if (insufficient == null) {
                        insufficient = new ArrayList<>();
                    }
                    insufficient.add(d.code());
                }
            }
        }
        if (insufficient == null) {
            double c = clampPomp(wpomp / wsum);
            p.compositeIndex(c).compositeBand(bands.bandOfPomp(c));
        } else {
            p.compositeReason("the composite needs " + String.join(", ", insufficient) + ", which "
                    + (insufficient.size() == 1 ? "is" : "are") + " insufficient");
        }
        if (compiled.outcome != null) {
            r.score(compiled.outcome, row, compiled.min, compiled.max, policy, fastPath, instrument.scale());
            OutcomeScore.Builder o = OutcomeScore.builder();
            fill(o, compiled.outcome, row, r, Optional.empty());
            p.outcome(o.build());
        }
        return p.build();
    }

    /** Sets the attributes every scale score has, for a dimension or for the outcome scale alike. */
    private void fill(ScaleScore.Fields<?> f, ScalePlan plan, int[] row, ScaleResult r, Optional<Norm> norm) {
        int k = plan.size();
        f.answered(r.answered).skipped(r.skipped).declined(r.declined).expected(k);
        if (!r.scored) {
            f.status(ScoreStatus.INSUFFICIENT).reason(r.insufficientReason(k, policy));
            return;
        }
        ScoreStatus status = r.answered == k ? ScoreStatus.COMPLETE : ScoreStatus.PRORATED;
        List<ItemId> missing = List.of();
        if (status == ScoreStatus.PRORATED) {
            missing = new ArrayList<>(k - r.answered);
            for (int i = 0; i < k; i++) {
                int v = row[plan.itemIndex[i]];
                if (v == CompiledInstrument.SKIPPED || v == CompiledInstrument.DECLINED) {
                    missing.add(plan.ids[i]);
                }
            }
        }
        double pomp = clampPomp(r.pomp);
        Band band = bands.bandOfPomp(pomp);
        StandardScores standard = null;
        if (norm.isPresent()) {
            double z = (pomp - norm.get().mean()) / norm.get().standardDeviation();
            double t = 50 + 10 * z;
            standard = StandardScores.of(z, t, 100 * STANDARD_NORMAL.cumulativeProbability(z));
            band = bands.bandOfT(t);
        }
        f.status(status).rawScore(r.raw).mean(r.mean).pomp(pomp).band(band);
        if (!missing.isEmpty()) {
            f.addAllProratedItems(missing);
        }
        if (standard != null) {
            f.standard(standard);
        }
    }

    private static double clampPomp(double pomp) {
        // Rounding can leave a score a hair outside [0, 100]; the formula itself cannot.
        return Math.max(0, Math.min(100, pomp));
    }

    /**
     * Scores many respondents at once from a response matrix. The numbers are identical to scoring each
     * row through {@link #score(Assessment)}.
     *
     * @param matrix the responses
     * @return the scores, in primitive arrays
     * @throws ScoringException with {@link ScoringError#INVALID_MATRIX} when a column is not an item of the
     *     instrument or a value lies outside the scale (naming the row and item)
     */
    public BatchResult scoreBatch(ResponseMatrix matrix) {
        return BatchScorer.score(compiled, matrix, policy, fastPath, compositeWeights, this::scoreRow);
    }

    /** Builds a {@link ScoringEngine}. */
    public static final class Builder {
        private final Instrument instrument;
        private ScoringStrategy strategy = ScoringStrategies.mean();
        private String strategyId;
        private ScoringStrategies registry;
        private MissingDataPolicy policy;
        private Map<Dimension, Double> weights;
        private BandCutPoints bands = BandCutPoints.defaults();
        private Norms norms;
        private final Map<ItemId, Double> itemWeights = new LinkedHashMap<>();

        private Builder(Instrument instrument) {
            this.instrument = instrument;
        }

        /**
         * Uses this strategy.
         *
         * @param strategy the strategy
         * @return this builder
         */
        public Builder strategy(ScoringStrategy strategy) {
            this.strategy = strategy;
            this.strategyId = null;
            return this;
        }

        /**
         * Uses the strategy with this id, looked up in {@link #strategies(ScoringStrategies)} (default: the
         * built-ins and the discovered plug-ins).
         *
         * @param id e.g. {@code mean}, {@code sum}, {@code weighted}
         * @return this builder
         */
        public Builder strategy(String id) {
            this.strategyId = id;
            return this;
        }

        /**
         * Sets the registry in which {@link #strategy(String)} looks up ids.
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder strategies(ScoringStrategies registry) {
            this.registry = registry;
            return this;
        }

        /**
         * Sets the missing-data policy (default: the instrument's declared policy, else prorate at 0.5).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder missingData(MissingDataPolicy policy) {
            this.policy = policy;
            return this;
        }

        /**
         * Sets the composite weights. Dimensions not listed weigh 0. Weights must be finite and at least 0,
         * not all 0, and only for covered dimensions.
         *
         * @param weights weights by dimension
         * @return this builder
         */
        public Builder compositeWeights(Map<Dimension, Double> weights) {
            this.weights = new EnumMap<>(weights);
            return this;
        }

        /**
         * Sets the band cut points.
         *
         * @param bands the cut points
         * @return this builder
         */
        public Builder bands(BandCutPoints bands) {
            this.bands = bands;
            return this;
        }

        /**
         * Sets norms: scores then carry z, T and a percentile, and bands use T.
         *
         * @param norms the norms
         * @return this builder
         */
        public Builder norms(Norms norms) {
            this.norms = norms;
            return this;
        }

        /**
         * Sets item weights, used by the weighted-mean strategy (e.g. factor loadings). Items not listed
         * weigh 1.
         *
         * @param weights weights by item; each finite and above 0, each item of the instrument
         * @return this builder
         */
        public Builder itemWeights(Map<ItemId, Double> weights) {
            this.itemWeights.putAll(weights);
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         * @throws ScoringException with {@link ScoringError#INVALID_CONFIGURATION} for bad weights, or {@link
         *     ScoringError#UNKNOWN_STRATEGY} for an unknown strategy id
         */
        public ScoringEngine build() {
            ScoringStrategy s = strategy;
            if (strategyId != null) {
                s = (registry != null ? registry : ScoringStrategies.discovered()).get(strategyId);
            }
            Set<Dimension> covered = instrument.coveredDimensions();
            Map<Dimension, Double> w = new EnumMap<>(Dimension.class);
            if (weights == null) {
                covered.forEach(d -> w.put(d, 1.0));
            } else {
                double total = 0;
                for (Map.Entry<Dimension, Double> e : weights.entrySet()) {
                    double v = e.getValue();
                    if (!covered.contains(e.getKey())) {
                        throw new ScoringException(
                                ScoringError.INVALID_CONFIGURATION,
                                "composite weight for " + e.getKey() + ": the instrument " + instrument.ref()
                                        + " does not cover it (covers " + covered + ")");
                    }
                    if (!Double.isFinite(v) || v < 0) {
                        throw new ScoringException(
                                ScoringError.INVALID_CONFIGURATION,
                                String.format(
                                        Locale.ROOT,
                                        "composite weight for %s is %s (weights must be finite and at least 0)",
                                        e.getKey(),
                                        v));
                    }
                    total += v;
                }
                if (!(total > 0)) {
                    throw new ScoringException(
                            ScoringError.INVALID_CONFIGURATION,
                            "composite weights are all 0 (at least one must be above 0)");
                }
                covered.forEach(d -> w.put(d, weights.getOrDefault(d, 0.0)));
            }
            for (Map.Entry<ItemId, Double> e : itemWeights.entrySet()) {
                if (instrument.item(e.getKey()).isEmpty()) {
                    throw new ScoringException(
                            ScoringError.INVALID_CONFIGURATION,
                            "item weight for " + e.getKey() + ": not an item of " + instrument.ref());
                }
                double v = e.getValue();
                if (!Double.isFinite(v) || !(v > 0)) {
                    throw new ScoringException(
                            ScoringError.INVALID_CONFIGURATION,
                            String.format(
                                    Locale.ROOT,
                                    "item weight for %s is %s (weights must be finite and above 0)",
                                    e.getKey(),
                                    v));
                }
            }
            return new ScoringEngine(this, s, w);
        }
    }
}

package dev.intimacy.scoring.change;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.change.Change;
import dev.intimacy.model.change.ChangeClass;
import dev.intimacy.model.change.CheckIn;
import dev.intimacy.model.change.CoupleChange;
import dev.intimacy.model.change.DimensionChange;
import dev.intimacy.model.change.Timeline;
import dev.intimacy.model.change.Trend;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.instrument.DeclaredReliability;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.ScoringError;
import dev.intimacy.scoring.ScoringException;
import dev.intimacy.scoring.norms.Norm;
import dev.intimacy.scoring.norms.Norms;
import dev.intimacy.scoring.reliability.ReliabilityReport;
import dev.intimacy.scoring.reliability.ScaleReliability;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Change over time with the Jacobson &amp; Truax (1991) Reliable Change Index: between two profiles of one
 * respondent, between two couple profiles, and over a timeline of check-ins. Built once per instrument,
 * immutable, and safe to share between threads.
 *
 * <pre>{@code
 * ChangeAnalysis analysis = ChangeAnalysis.builder(instrument)       // the instrument's declared reliability
 *         .reliability(reliabilityReport, norms)                    // or your own sample's
 *         .build();
 * Change change = analysis.change(lastMonth, today);
 * change.withClass(ChangeClass.RELIABLE_IMPROVEMENT);               // e.g. [TRUST]
 * }</pre>
 *
 * <p><strong>Formulas.</strong> Per dimension, with reliability {@code r} and standard deviation {@code SD}:
 *
 * <pre>
 * SEM  = SD·√(1 − r)
 * RCI  = (x_after − x_before) / √(2·SEM²)
 * </pre>
 *
 * classified as {@link ChangeClass#RELIABLE_IMPROVEMENT} when {@code RCI > 1.96}, {@link
 * ChangeClass#RELIABLE_DETERIORATION} when {@code RCI < −1.96}, and {@link ChangeClass#NO_RELIABLE_CHANGE}
 * otherwise.
 *
 * <p><strong>Units.</strong> Everything is computed in POMP points, the unit of the profiles: {@code x} is
 * the dimension's POMP, and an SD given in scale points of the dimension mean is converted with {@code
 * SD_pomp = SD_scale·100/(max − min)}. The RCI itself has no unit; it is the same in scale points, because
 * POMP is a linear rescaling of the mean score (exactly so for the built-in {@code mean} strategy, and for
 * {@code sum} with complete answers). The change in scale points is reported too ({@link
 * DimensionChange#scoreDifference()}).
 *
 * <p><strong>Where r and SD come from</strong>, per dimension, in this order:
 *
 * <ol>
 *   <li>a {@link ReliabilityReport} computed on your own data ({@link Builder#reliability(ReliabilityReport)
 *       given to the builder}): {@code r} is its raw alpha, which must lie in [0, 1); the SD is the {@link
 *       Norm} of that dimension when {@link Norms} are given too (already in POMP), else the report's own SD
 *       of the mean score (scale points, converted);
 *   <li>the instrument's {@link Instrument#declaredReliability() declared reliability}: its {@code r} and its
 *       SD of the dimension mean (scale points, converted).
 * </ol>
 *
 * When neither gives a usable reliability for an analysed dimension, {@link Builder#build()} fails with
 * {@link ScoringError#NO_RELIABILITY} naming the dimensions and why; nothing is guessed. Restrict the
 * analysis with {@link Builder#dimensions(Set)} to the dimensions you have a reliability for. Each {@link
 * DimensionChange} records its source.
 */
public final class ChangeAnalysis {
    /** The two-sided 95% critical value of the standard normal distribution, as Jacobson &amp; Truax use. */
    public static final double CRITICAL_VALUE = 1.96;

    private static final double SECONDS_PER_WEEK = 7 * 86_400.0;

    private final Instrument instrument;
    private final Map<Dimension, Source> sources;

    /** Where one dimension's r and SD (in POMP points) come from. */
    private record Source(double r, double sdPomp, String description) {
        double sem() {
            return sdPomp * Math.sqrt(1 - r);
        }
    }

    private ChangeAnalysis(Instrument instrument, Map<Dimension, Source> sources) {
        this.instrument = instrument;
        this.sources = sources;
    }

    /**
     * Starts building an analysis.
     *
     * @param instrument the instrument whose profiles are compared
     * @return a builder: every covered dimension, the instrument's declared reliability
     */
    public static Builder builder(Instrument instrument) {
        return new Builder(instrument);
    }

    /** Returns the instrument whose profiles are compared. */
    public Instrument instrument() {
        return instrument;
    }

    /** Returns the analysed dimensions, in their fixed order. */
    public Set<Dimension> dimensions() {
        return Collections.unmodifiableSet(sources.keySet());
    }

    /**
     * Returns the standard error of measurement {@code SD·√(1 − r)} of one dimension, in POMP points.
     *
     * @param dimension the dimension
     * @return its SEM, or empty when it is not analysed
     */
    public OptionalDouble sem(Dimension dimension) {
        Source s = sources.get(dimension);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s.sem());
    }

    /**
     * Compares two profiles of one respondent.
     *
     * @param before the earlier profile
     * @param after the later profile
     * @return the change per analysed dimension; swapping the profiles negates every difference and RCI
     * @throws ScoringException with {@link ScoringError#CHANGE_MISMATCH} when the profiles are of different
     *     respondents, instruments, versions or strategies, or not of this analysis's instrument
     */
    public Change change(IntimacyProfile before, IntimacyProfile after) {
        checkComparable(before, after, "before", "after");
        return change(before, after, null, null);
    }

    /**
     * Compares two check-ins of one respondent; the change carries their times.
     *
     * @param before the earlier check-in
     * @param after the later check-in
     * @return the change per analysed dimension
     * @throws ScoringException with {@link ScoringError#CHANGE_MISMATCH} when {@code before} is not earlier
     *     than {@code after}, or as {@link #change(IntimacyProfile, IntimacyProfile)}
     */
    public Change change(CheckIn before, CheckIn after) {
        checkComparable(before.profile(), after.profile(), "before", "after");
        if (!before.at().isBefore(after.at())) {
            throw new ScoringException(
                    ScoringError.CHANGE_MISMATCH,
                    "the 'before' check-in of " + before.profile().respondent() + " (" + before.at()
                            + ") is not earlier than the 'after' check-in (" + after.at() + ")");
        }
        return change(before.profile(), after.profile(), before.at(), after.at());
    }

    /**
     * Compares two couple profiles: each partner's own change. Partners are matched by respondent id, so the
     * order in which either couple was scored does not matter.
     *
     * @param before the earlier couple profile
     * @param after the later couple profile of the same two respondents
     * @return each partner's change; {@code first} is the first partner of {@code before}
     * @throws ScoringException with {@link ScoringError#CHANGE_MISMATCH} when the couples are not the same two
     *     respondents, or as {@link #change(IntimacyProfile, IntimacyProfile)}
     */
    public CoupleChange change(CoupleProfile before, CoupleProfile after) {
        if (!Set.copyOf(before.partners()).equals(Set.copyOf(after.partners()))) {
            throw new ScoringException(
                    ScoringError.CHANGE_MISMATCH,
                    "the couples differ: before " + before.partners().get(0) + " & "
                            + before.partners().get(1)
                            + ", after " + after.partners().get(0) + " & "
                            + after.partners().get(1)
                            + " (a couple's change compares the same two respondents)");
        }
        IntimacyProfile first = before.first();
        IntimacyProfile second = before.second();
        return CoupleChange.builder()
                .first(change(first, profileOf(after, first.respondent())))
                .second(change(second, profileOf(after, second.respondent())))
                .build();
    }

    /**
     * Follows one respondent over many check-ins: the change from each check-in to the next, and per
     * dimension the least-squares slope of POMP per week and the last reliable change (see {@link Trend}).
     *
     * @param checkIns the check-ins, in any order; at least one, each at its own time, all of one respondent
     *     on this analysis's instrument with one strategy
     * @return the timeline, check-ins in time order
     * @throws ScoringException with {@link ScoringError#INVALID_SAMPLE} when there is no check-in or two share
     *     a time, or {@link ScoringError#CHANGE_MISMATCH} when they are not comparable
     */
    public Timeline timeline(Collection<CheckIn> checkIns) {
        if (checkIns.isEmpty()) {
            throw new ScoringException(
                    ScoringError.INVALID_SAMPLE, "a timeline needs at least one check-in (none given)");
        }
        List<CheckIn> sorted = new ArrayList<>(checkIns);
        sorted.sort(Comparator.comparing(CheckIn::at));
        CheckIn start = sorted.get(0);
        checkInstrument(start.profile());
        for (int i = 1; i < sorted.size(); i++) {
            CheckIn c = sorted.get(i);
            if (c.at().equals(sorted.get(i - 1).at())) {
                throw new ScoringException(
                        ScoringError.INVALID_SAMPLE,
                        "two check-ins at " + c.at() + " (each check-in of a timeline needs its own time)");
            }
            checkComparable(start.profile(), c.profile(), "the check-in at " + start.at(), "the check-in at " + c.at());
        }
        Timeline.Builder t =
                Timeline.builder().respondent(start.profile().respondent()).instrument(instrument.ref());
        for (int i = 0; i < sorted.size(); i++) {
            t.addCheckIns(sorted.get(i).at());
            if (i > 0) {
                CheckIn a = sorted.get(i - 1);
                CheckIn b = sorted.get(i);
                t.addChanges(change(a.profile(), b.profile(), a.at(), b.at()));
            }
        }
        for (Map.Entry<Dimension, Source> e : sources.entrySet()) {
            t.putTrends(e.getKey(), trend(e.getKey(), e.getValue(), sorted));
        }
        return t.build();
    }

    private Trend trend(Dimension d, Source source, List<CheckIn> sorted) {
        List<CheckIn> scored = new ArrayList<>();
        for (CheckIn c : sorted) {
            DimensionScore s = c.profile().dimensions().get(d);
            if (s != null && s.isScored()) {
                scored.add(c);
            }
        }
        Trend.Builder tr = Trend.builder().dimension(d).points(scored.size());
        if (scored.size() < 2) {
            tr.reason(d + " was scored in " + scored.size() + " of " + sorted.size()
                    + " check-ins (a slope needs at least 2)");
        } else {
            tr.slopePerWeek(slopePerWeek(d, scored));
        }
        for (int i = scored.size() - 1; i >= 1; i--) {
            CheckIn a = scored.get(i - 1);
            CheckIn b = scored.get(i);
            DimensionChange c = dimensionChange(
                    d,
                    source,
                    a.profile().dimensions().get(d),
                    b.profile().dimensions().get(d));
            if (c.changeClass().orElseThrow().isReliable()) {
                tr.lastReliableChange(c).lastReliableChangeFrom(a.at()).lastReliableChangeTo(b.at());
                break;
            }
        }
        return tr.build();
    }

    /** Ordinary least squares of POMP on time in weeks since the first scored check-in. */
    private static double slopePerWeek(Dimension d, List<CheckIn> scored) {
        int n = scored.size();
        Instant t0 = scored.get(0).at();
        double[] t = new double[n];
        double[] y = new double[n];
        double tm = 0;
        double ym = 0;
        for (int i = 0; i < n; i++) {
            Duration since = Duration.between(t0, scored.get(i).at());
            t[i] = (since.getSeconds() + since.getNano() / 1e9) / SECONDS_PER_WEEK;
            y[i] = scored.get(i).profile().dimensions().get(d).pomp().getAsDouble();
            tm += t[i];
            ym += y[i];
        }
        tm /= n;
        ym /= n;
        double sty = 0;
        double stt = 0;
        for (int i = 0; i < n; i++) {
            sty += (t[i] - tm) * (y[i] - ym);
            stt += (t[i] - tm) * (t[i] - tm);
        }
        return sty / stt;
    }

    private Change change(IntimacyProfile before, IntimacyProfile after, Instant from, Instant to) {
        Change.Builder c = Change.builder().respondent(before.respondent()).instrument(before.instrument());
        if (from != null && to != null) {
            c.from(from).to(to);
        }
        for (Map.Entry<Dimension, Source> e : sources.entrySet()) {
            Dimension d = e.getKey();
            c.putDimensions(
                    d,
                    dimensionChange(
                            d,
                            e.getValue(),
                            before.dimensions().get(d),
                            after.dimensions().get(d)));
        }
        return c.build();
    }

    private static DimensionChange dimensionChange(
            Dimension d, Source source, DimensionScore before, DimensionScore after) {
        double sem = source.sem();
        double sDiff = Math.sqrt(2 * sem * sem);
        DimensionChange.Builder b = DimensionChange.builder()
                .dimension(d)
                .reliability(source.r())
                .standardDeviation(source.sdPomp())
                .sem(sem)
                .reliableDifference(CRITICAL_VALUE * sDiff)
                .reliabilitySource(source.description());
        boolean hasBefore = before != null && before.isScored();
        boolean hasAfter = after != null && after.isScored();
        if (hasBefore) {
            b.beforePomp(before.pomp().getAsDouble());
        }
        if (hasAfter) {
            b.afterPomp(after.pomp().getAsDouble());
        }
        if (hasBefore && hasAfter) {
            double diff = after.pomp().getAsDouble() - before.pomp().getAsDouble();
            double rci = diff / sDiff;
            b.difference(diff)
                    .scoreDifference(after.mean().getAsDouble() - before.mean().getAsDouble())
                    .rci(rci)
                    .changeClass(classify(rci));
        } else {
            List<String> why = new ArrayList<>();
            if (!hasBefore) {
                why.add(notScored(d, before, "before"));
            }
            if (!hasAfter) {
                why.add(notScored(d, after, "after"));
            }
            b.reason(String.join("; ", why));
        }
        return b.build();
    }

    private static String notScored(Dimension d, DimensionScore score, String which) {
        if (score == null) {
            return "the " + which + " profile has no " + d + " score";
        }
        return d + " was not scored " + which + " (" + score.reason().orElse("insufficient") + ")";
    }

    /**
     * Classifies a Reliable Change Index.
     *
     * @param rci the index
     * @return improvement above {@link #CRITICAL_VALUE}, deterioration below its negative, else no reliable change
     */
    public static ChangeClass classify(double rci) {
        if (rci > CRITICAL_VALUE) {
            return ChangeClass.RELIABLE_IMPROVEMENT;
        }
        if (rci < -CRITICAL_VALUE) {
            return ChangeClass.RELIABLE_DETERIORATION;
        }
        return ChangeClass.NO_RELIABLE_CHANGE;
    }

    private void checkInstrument(IntimacyProfile p) {
        if (!p.instrument().equals(instrument.ref())) {
            throw new ScoringException(
                    ScoringError.CHANGE_MISMATCH,
                    "the profile of " + p.respondent() + " is for " + p.instrument() + ", but this analysis is for "
                            + instrument.ref());
        }
    }

    private void checkComparable(IntimacyProfile a, IntimacyProfile b, String aName, String bName) {
        if (!a.respondent().equals(b.respondent())) {
            throw new ScoringException(
                    ScoringError.CHANGE_MISMATCH,
                    aName + " is the profile of " + a.respondent() + ", " + bName + " of " + b.respondent()
                            + " (a change compares profiles of one respondent; for a couple, compare couple"
                            + " profiles)");
        }
        if (!a.instrument().equals(b.instrument())) {
            throw new ScoringException(
                    ScoringError.CHANGE_MISMATCH,
                    aName + " was scored on " + a.instrument() + ", " + bName + " on " + b.instrument()
                            + " (one instrument version required: scores of different versions are not comparable)");
        }
        checkInstrument(a);
        if (!a.strategy().equals(b.strategy())) {
            throw new ScoringException(
                    ScoringError.CHANGE_MISMATCH,
                    aName + " was scored with strategy '" + a.strategy() + "', " + bName + " with '" + b.strategy()
                            + "' (one strategy required)");
        }
    }

    private static IntimacyProfile profileOf(CoupleProfile couple, RespondentId respondent) {
        return couple.first().respondent().equals(respondent) ? couple.first() : couple.second();
    }

    /** Builds a {@link ChangeAnalysis}. */
    public static final class Builder {
        private final Instrument instrument;
        private ReliabilityReport report;
        private Norms norms;
        private Set<Dimension> only;

        private Builder(Instrument instrument) {
            this.instrument = instrument;
        }

        /**
         * Uses a reliability report computed on your own data with this instrument: its raw alpha as {@code
         * r} and its SD of the mean score as the SD. It takes precedence over the instrument's declared
         * reliability for every dimension where it has a usable alpha.
         *
         * @param report the report
         * @return this builder
         */
        public Builder reliability(ReliabilityReport report) {
            this.report = report;
            this.norms = null;
            return this;
        }

        /**
         * Uses a reliability report's raw alpha as {@code r} and the norms' SD of POMP as the SD (the report's
         * own SD where the norms have no entry for a dimension).
         *
         * @param report the report, computed on your own data with this instrument
         * @param norms norms, e.g. {@link Norms#fromProfiles(Collection, String)} on the same sample
         * @return this builder
         */
        public Builder reliability(ReliabilityReport report, Norms norms) {
            this.report = report;
            this.norms = norms;
            return this;
        }

        /**
         * Restricts the analysis to some dimensions (default: every covered dimension).
         *
         * @param dimensions covered dimensions, at least one
         * @return this builder
         * @throws ScoringException with {@link ScoringError#INVALID_CONFIGURATION} when empty or a dimension
         *     is not covered
         */
        public Builder dimensions(Set<Dimension> dimensions) {
            if (dimensions.isEmpty()) {
                throw new ScoringException(
                        ScoringError.INVALID_CONFIGURATION,
                        "change analysis of " + instrument.ref() + ": no dimensions given (at least one required)");
            }
            for (Dimension d : dimensions) {
                if (!instrument.coveredDimensions().contains(d)) {
                    throw new ScoringException(
                            ScoringError.INVALID_CONFIGURATION,
                            "change analysis of " + instrument.ref() + ": " + d + " is not covered (covers "
                                    + instrument.coveredDimensions() + ")");
                }
            }
            this.only = EnumSet.copyOf(dimensions);
            return this;
        }

        /**
         * Builds the analysis.
         *
         * @return the analysis
         * @throws ScoringException with {@link ScoringError#NO_RELIABILITY} when an analysed dimension has
         *     no usable reliability; the message names each such dimension and why
         */
        public ChangeAnalysis build() {
            Set<Dimension> analysed = only != null ? only : instrument.coveredDimensions();
            Map<Dimension, Source> sources = new EnumMap<>(Dimension.class);
            Map<Dimension, List<String>> missing = new LinkedHashMap<>();
            for (Dimension d : analysed) {
                List<String> why = new ArrayList<>();
                Optional<Source> s = fromReport(d, why);
                if (s.isEmpty()) {
                    s = fromDeclaration(d, why);
                }
                if (s.isPresent()) {
                    sources.put(d, s.get());
                } else {
                    missing.put(d, why);
                }
            }
            if (!missing.isEmpty()) {
                List<String> parts = new ArrayList<>();
                missing.forEach((d, why) -> parts.add(d + " (" + String.join("; ", why) + ")"));
                throw new ScoringException(
                        ScoringError.NO_RELIABILITY,
                        "no reliability for the Reliable Change Index of " + instrument.ref() + " on "
                                + String.join(", ", parts)
                                + ". The RCI needs r and an SD per dimension: declare them in the instrument"
                                + " (declaredReliability), give a ReliabilityReport (with Norms) computed on your"
                                + " own data, or restrict the analysis with dimensions(...)");
            }
            return new ChangeAnalysis(instrument, Collections.unmodifiableMap(sources));
        }

        private double toPomp(double sdScale) {
            return sdScale
                    * 100.0
                    / (instrument.scale().max() - instrument.scale().min());
        }

        private Optional<Source> fromReport(Dimension d, List<String> why) {
            if (report == null) {
                return Optional.empty();
            }
            Optional<ScaleReliability> sr = report.dimension(d);
            if (sr.isEmpty()) {
                why.add("the reliability report has no entry for it");
                return Optional.empty();
            }
            if (sr.get().rawAlpha().isEmpty()) {
                why.add("the reliability report has no alpha for it (see the report's warnings)");
                return Optional.empty();
            }
            double alpha = sr.get().rawAlpha().getAsDouble();
            if (!(alpha >= 0 && alpha < 1)) {
                why.add(String.format(
                        Locale.ROOT,
                        "the reliability report's alpha %.4f is outside [0, 1), so no SEM follows",
                        alpha));
                return Optional.empty();
            }
            String rText = String.format(
                    Locale.ROOT,
                    "alpha %.4f from a reliability report on %d rows",
                    alpha,
                    sr.get().n());
            Optional<Norm> norm = norms == null ? Optional.empty() : norms.norm(d);
            if (norm.isPresent()) {
                return Optional.of(new Source(
                        alpha,
                        norm.get().standardDeviation(),
                        String.format(
                                Locale.ROOT,
                                "%s; SD %.4f POMP points from norms '%s' (n %d)",
                                rText,
                                norm.get().standardDeviation(),
                                norms.source(),
                                norm.get().n())));
            }
            OptionalDouble sd = sr.get().sd();
            if (sd.isEmpty() || !(sd.getAsDouble() > 0)) {
                why.add("the reliability report has no SD above 0 for it and no norm was given");
                return Optional.empty();
            }
            double sdPomp = toPomp(sd.getAsDouble());
            return Optional.of(new Source(
                    alpha,
                    sdPomp,
                    String.format(
                            Locale.ROOT,
                            "%s; SD %.4f scale points (%.4f POMP points) from the same report",
                            rText,
                            sd.getAsDouble(),
                            sdPomp)));
        }

        private Optional<Source> fromDeclaration(Dimension d, List<String> why) {
            DeclaredReliability declared = instrument.declaredReliability().get(d);
            if (declared == null) {
                why.add("the instrument declares no reliability for it");
                return Optional.empty();
            }
            double sdPomp = toPomp(declared.standardDeviation());
            return Optional.of(new Source(
                    declared.reliability(),
                    sdPomp,
                    String.format(
                                    Locale.ROOT,
                                    "declared by the instrument: r %.4f, SD %.4f scale points (%.4f POMP points)",
                                    declared.reliability(),
                                    declared.standardDeviation(),
                                    sdPomp)
                            + declared.source().map(s -> "; " + s).orElse("")));
        }
    }
}

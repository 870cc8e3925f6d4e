package dev.intimacy.scoring.couple;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentRef;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Dyad;
import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.scoring.ScoringError;
import dev.intimacy.scoring.ScoringException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Statistics across a sample of couples, for research: how similar partners are on each dimension.
 *
 * <pre>{@code
 * SimilarityReport report = DyadStatistics.similarity(coupleProfiles);
 * report.dimension(Dimension.TRUST).orElseThrow().icc();    // e.g. OptionalDouble[0.41]
 * }</pre>
 *
 * <p><strong>Indistinguishable dyads</strong> (partners without roles) use the pairwise intraclass
 * correlation of the dyadic-data literature (Kenny, Kashy &amp; Cook, <em>Dyadic Data Analysis</em>, 2006).
 * For {@code N} couples with scores {@code x₁ⱼ, x₂ⱼ} and dyad means {@code mⱼ = (x₁ⱼ + x₂ⱼ)/2}:
 *
 * <pre>
 * MSb = 2·Σ(mⱼ − m̄)²/(N − 1)        (twice the sample variance of the dyad means)
 * MSw = Σ(x₁ⱼ − x₂ⱼ)²/(2N)
 * ICC = (MSb − MSw)/(MSb + MSw)
 * </pre>
 *
 * <p>It lies in [−1, 1], does not depend on which partner is called first, equals 1 when every couple's
 * partners have the same score (and the couples differ), and is undefined when no score varies ({@code MSb +
 * MSw = 0}) or there are fewer than two couples.
 *
 * <p><strong>Distinguishable dyads</strong> (every couple profile carries a {@link Dyad} with the same two
 * {@link Dyad#labels() partner labels}) also get the Pearson correlation {@code r = Σ(xⱼ − x̄)(yⱼ − ȳ)/√(Σ(xⱼ
 * − x̄)²·Σ(yⱼ − ȳ)²)}, where {@code x} is the score of the partner whose label sorts first and {@code y} the
 * other's. It is undefined with fewer than two couples or when either role's scores do not vary.
 *
 * <p>All statistics use the POMP score of each dimension; couples where either partner's dimension is
 * insufficient are left out of that dimension and counted. The formulas assume independent couples, so a
 * respondent may appear in only one couple of the sample.
 */
public final class DyadStatistics {
    private DyadStatistics() {}

    /**
     * Computes the similarity of partners on every covered dimension.
     *
     * @param couples the sample; at least one couple, all on the same instrument version, each respondent in
     *     one couple only
     * @return the report
     * @throws ScoringException with {@link ScoringError#INVALID_SAMPLE} when the sample is empty, mixes
     *     instruments or versions, or has a respondent in two couples
     */
    public static SimilarityReport similarity(Collection<CoupleProfile> couples) {
        if (couples.isEmpty()) {
            throw new ScoringException(
                    ScoringError.INVALID_SAMPLE,
                    "no couples given (dyad statistics need a sample; the ICC needs at least 2 couples)");
        }
        List<CoupleProfile> list = List.copyOf(couples);
        InstrumentRef instrument = list.get(0).instrument();
        Map<RespondentId, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            CoupleProfile c = list.get(i);
            if (!c.instrument().equals(instrument)) {
                throw new ScoringException(
                        ScoringError.INVALID_SAMPLE,
                        "couple " + (i + 1) + " (" + c.partners().get(0) + " & "
                                + c.partners().get(1) + ") answered "
                                + c.instrument() + ", but couple 1 answered " + instrument
                                + " (one instrument version required)");
            }
            for (RespondentId r : c.partners()) {
                Integer before = seen.putIfAbsent(r, i + 1);
                if (before != null) {
                    throw new ScoringException(
                            ScoringError.INVALID_SAMPLE,
                            "respondent " + r + " appears in couples " + before + " and " + (i + 1)
                                    + " (each respondent in one couple only: the formulas assume independent couples)");
                }
            }
        }
        Optional<List<String>> labels = commonLabels(list);
        Map<Dimension, DyadSimilarity> dims = new EnumMap<>(Dimension.class);
        for (Dimension d : list.get(0).dimensions().keySet()) {
            dims.put(d, dimension(d, list, labels));
        }
        return new SimilarityReport(
                instrument, list.size(), labels.orElse(List.of()), Collections.unmodifiableMap(dims));
    }

    /**
     * Returns the pairwise intraclass correlation for indistinguishable dyads, {@code (MSb − MSw)/(MSb +
     * MSw)}, with the formulas in the class comment.
     *
     * @param first one partner's score per couple
     * @param second the other partner's score per couple, in the same couple order
     * @return the ICC in [−1, 1], or empty with fewer than two couples or when no score varies
     * @throws ScoringException with {@link ScoringError#INVALID_SAMPLE} when the arrays differ in length or
     *     hold a value that is not finite
     */
    public static OptionalDouble icc(double[] first, double[] second) {
        check(first, second);
        if (first.length < 2) {
            return OptionalDouble.empty();
        }
        double[] ms = meanSquares(first, second);
        double total = ms[0] + ms[1];
        if (!(total > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(-1, Math.min(1, (ms[0] - ms[1]) / total)));
    }

    /**
     * Returns the Pearson correlation of two paired samples.
     *
     * @param x the scores of one partner role per couple
     * @param y the scores of the other role, in the same couple order
     * @return r in [−1, 1], or empty with fewer than two couples or when either sample does not vary
     * @throws ScoringException with {@link ScoringError#INVALID_SAMPLE} when the arrays differ in length or
     *     hold a value that is not finite
     */
    public static OptionalDouble pearson(double[] x, double[] y) {
        check(x, y);
        int n = x.length;
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (!(sxx > 0) || !(syy > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))));
    }

    /** Returns {MSb, MSw}; needs at least two couples. */
    private static double[] meanSquares(double[] first, double[] second) {
        int n = first.length;
        double grand = 0;
        for (int i = 0; i < n; i++) {
            grand += (first[i] + second[i]) / 2;
        }
        grand /= n;
        double between = 0;
        double within = 0;
        for (int i = 0; i < n; i++) {
            double m = (first[i] + second[i]) / 2 - grand;
            between += m * m;
            double diff = first[i] - second[i];
            within += diff * diff;
        }
        return new double[] {2 * between / (n - 1), within / (2.0 * n)};
    }

    private static void check(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new ScoringException(
                    ScoringError.INVALID_SAMPLE,
                    "paired scores differ in length: " + a.length + " and " + b.length + " (one pair per couple)");
        }
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i]) || !Double.isFinite(b[i])) {
                throw new ScoringException(
                        ScoringError.INVALID_SAMPLE,
                        String.format(
                                Locale.ROOT,
                                "couple %d: scores %s and %s (finite numbers required)",
                                i + 1,
                                a[i],
                                b[i]));
            }
        }
    }

    /** The two labels shared by every couple's dyad, sorted; empty unless every dyad is distinguishable. */
    private static Optional<List<String>> commonLabels(List<CoupleProfile> couples) {
        TreeSet<String> common = null;
        for (CoupleProfile c : couples) {
            if (c.dyad().isEmpty() || !c.dyad().get().isDistinguishable()) {
                return Optional.empty();
            }
            TreeSet<String> labels = new TreeSet<>(c.dyad().get().labels().values());
            if (labels.size() != 2 || (common != null && !common.equals(labels))) {
                return Optional.empty();
            }
            common = labels;
        }
        return Optional.of(List.copyOf(common));
    }

    private static DyadSimilarity dimension(Dimension d, List<CoupleProfile> couples, Optional<List<String>> labels) {
        List<double[]> pairs = new ArrayList<>();
        List<double[]> roles = new ArrayList<>();
        int excluded = 0;
        for (CoupleProfile c : couples) {
            CoupleDimension cd = c.dimensions().get(d);
            if (cd == null || cd.firstPomp().isEmpty() || cd.secondPomp().isEmpty()) {
                excluded++;
                continue;
            }
            double p1 = cd.firstPomp().getAsDouble();
            double p2 = cd.secondPomp().getAsDouble();
            pairs.add(new double[] {p1, p2});
            if (labels.isPresent()) {
                Dyad dyad = c.dyad().orElseThrow();
                boolean firstIsX = dyad.labels()
                        .get(c.first().respondent())
                        .equals(labels.get().get(0));
                roles.add(firstIsX ? new double[] {p1, p2} : new double[] {p2, p1});
            }
        }
        int n = pairs.size();
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = pairs.get(i)[0];
            x2[i] = pairs.get(i)[1];
        }
        OptionalDouble icc = OptionalDouble.empty();
        OptionalDouble msb = OptionalDouble.empty();
        OptionalDouble msw = OptionalDouble.empty();
        Optional<String> iccReason;
        if (n < 2) {
            iccReason = Optional.of(tooFew(d, n, excluded));
        } else {
            double[] ms = meanSquares(x1, x2);
            msb = OptionalDouble.of(ms[0]);
            msw = OptionalDouble.of(ms[1]);
            icc = icc(x1, x2);
            iccReason = icc.isPresent()
                    ? Optional.empty()
                    : Optional.of(d + ": every partner of every couple has the same score (MSb + MSw = 0); the ICC is"
                            + " undefined");
        }
        OptionalDouble r = OptionalDouble.empty();
        Optional<String> pearsonReason;
        if (labels.isEmpty()) {
            pearsonReason = Optional.of("the dyads are not distinguishable (the Pearson correlation needs every couple"
                    + " profile to carry a dyad with the same two partner labels)");
        } else if (n < 2) {
            pearsonReason = Optional.of(tooFew(d, n, excluded));
        } else {
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = roles.get(i)[0];
                y[i] = roles.get(i)[1];
            }
            r = pearson(x, y);
            pearsonReason = r.isPresent()
                    ? Optional.empty()
                    : Optional.of(d + ": the scores of the partners labelled '"
                            + labels.get().get(0) + "' or '" + labels.get().get(1)
                            + "' do not vary; the Pearson correlation is undefined");
        }
        return new DyadSimilarity(d, n, excluded, icc, msb, msw, iccReason, r, pearsonReason);
    }

    private static String tooFew(Dimension d, int n, int excluded) {
        return d + ": " + n + " couple(s) with both partners scored (" + excluded
                + " left out for an insufficient score); at least 2 needed";
    }
}

package dev.intimacy.model;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.answer.Dyad;
import dev.intimacy.model.change.Change;
import dev.intimacy.model.change.ChangeClass;
import dev.intimacy.model.change.CheckIn;
import dev.intimacy.model.change.CoupleChange;
import dev.intimacy.model.change.DimensionChange;
import dev.intimacy.model.change.Timeline;
import dev.intimacy.model.change.Trend;
import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CouplePattern;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.couple.DimensionUnderstanding;
import dev.intimacy.model.couple.ItemDifference;
import dev.intimacy.model.couple.PartnerUnderstanding;
import dev.intimacy.model.instrument.DeclaredReliability;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.instrument.MissingDataPolicy;
import dev.intimacy.model.instrument.Perspective;
import dev.intimacy.model.instrument.ResponseScale;
import dev.intimacy.model.result.Band;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.model.result.OutcomeScore;
import dev.intimacy.model.result.ScoreStatus;
import dev.intimacy.model.result.StandardScores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of model values, built from the real builders. */
public final class ModelGenerators {
    private ModelGenerators() {}

    private static final String CODE_START = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String CODE_REST = CODE_START + "._-";

    /** Ids in the documented code language, of length 1..64. */
    public static Gen<String> codeIds() {
        return integers()
                .between(1, 64)
                .flatMap(n -> lists().of(integers().between(0, CODE_REST.length() - 1))
                        .ofSize(n)
                        .map(idx -> {
                            StringBuilder sb = new StringBuilder();
                            sb.append(CODE_START.charAt(idx.get(0) % CODE_START.length()));
                            for (int i = 1; i < idx.size(); i++) {
                                sb.append(CODE_REST.charAt(idx.get(i)));
                            }
                            return sb.toString();
                        }));
    }

    public static Gen<ResponseScale> scales() {
        return integers().between(-5, 5).zip(integers().between(1, 10), (min, width) -> {
            ResponseScale.Builder b = ResponseScale.builder().min(min).max(min + width);
            if ((min + width) % 2 == 0) {
                b.putLabels(min, "lowest").putLabels(min + width, "highest");
            }
            return b.build();
        });
    }

    public static Gen<Instant> instants() {
        return Generate.longRange(0, 4_102_444_800L).zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
    }

    /** Instruments with 1..4 items per covered dimension, a random coverage and maybe outcome items. */
    public static Gen<Instrument> instruments() {
        Gen<Set<Dimension>> coverage = integers().between(1, 63).map(mask -> {
            Set<Dimension> s = EnumSet.noneOf(Dimension.class);
            for (Dimension d : Dimension.values()) {
                if ((mask & (1 << d.ordinal())) != 0) {
                    s.add(d);
                }
            }
            return s;
        });
        Gen<List<Integer>> seeds = lists().of(integers().between(0, 1_000_000)).ofSize(120);
        return coverage.zip(scales(), seeds, integers().between(0, 3), (cov, scale, rnd, outcomes) -> {
            Instrument.Builder b = Instrument.builder()
                    .id(InstrumentId.of("inst-" + rnd.get(0) % 97))
                    .version(SemanticVersion.of(rnd.get(1) % 3, rnd.get(2) % 10, rnd.get(3) % 10))
                    .titleKey("instrument.title")
                    .scale(scale);
            if (cov.size() < 6) {
                b.addAllCovers(cov);
            }
            int r = 4;
            for (Dimension d : cov) {
                int n = 1 + rnd.get(r++) % 4;
                for (int i = 1; i <= n; i++) {
                    b.addItems(Item.builder()
                            .id(ItemId.of(d.code().substring(0, 3) + "-" + i))
                            .dimension(d)
                            .keying(rnd.get(r++) % 3 == 0 ? Keying.REVERSE : Keying.POSITIVE)
                            .perspective(Perspective.values()[rnd.get(r++) % 3])
                            .textKey("item." + d.key() + "." + i)
                            .build());
                }
                if (rnd.get(r++) % 4 == 0) {
                    b.putDeclaredReliability(
                            d,
                            DeclaredReliability.builder()
                                    .reliability((rnd.get(r++) % 99) / 100.0)
                                    .standardDeviation(0.25 + (rnd.get(r++) % 100) / 100.0)
                                    .build());
                }
            }
            for (int i = 1; i <= outcomes; i++) {
                b.addItems(Item.builder()
                        .id(ItemId.of("OUT-" + i))
                        .benefit(Benefit.values()[(rnd.get(r++)) % Benefit.values().length])
                        .keying(Keying.POSITIVE)
                        .perspective(Perspective.SELF)
                        .textKey("item.out." + i)
                        .build());
            }
            if (rnd.get(r) % 3 == 0) {
                b.missingData(MissingDataPolicy.strict());
            } else if (rnd.get(r) % 3 == 1) {
                b.missingData(MissingDataPolicy.prorate(0.5));
            }
            b.provenance("test").licence("CC-BY-4.0");
            return b.build();
        });
    }

    /** An assessment of the given instrument, with valid answers, skips and declines. */
    public static Gen<Assessment> assessmentsOf(Instrument instrument) {
        int n = instrument.items().size();
        return lists().of(integers().between(0, 9_999)).ofSize(n + 1).zip(instants(), (rnd, when) -> {
            ResponseScale s = instrument.scale();
            Assessment.Builder b = Assessment.builder()
                    .respondent(RespondentId.of("respondent " + rnd.get(n)))
                    .instrument(instrument.ref())
                    .completedAt(when);
            for (int i = 0; i < n; i++) {
                int r = rnd.get(i);
                Answer a = r % 10 == 0
                        ? Answer.skipped()
                        : r % 10 == 1 ? Answer.declined() : Answer.of(s.min() + r % s.points());
                if (r % 10 != 2) { // sometimes leave the item out entirely
                    b.putAnswers(instrument.items().get(i).id(), a);
                }
            }
            return b.build();
        });
    }

    public static Gen<Assessment> assessments() {
        return instruments().flatMap(ModelGenerators::assessmentsOf);
    }

    public static Gen<Dyad> dyads() {
        return integers().between(0, 1000).zip(integers().between(1, 1000), Generate.booleans(), (a, d, labelled) -> {
            Dyad.Builder b = Dyad.builder()
                    .id(DyadId.of("couple " + a))
                    .addPartners(RespondentId.of("p" + a), RespondentId.of("p" + (a + d)));
            if (labelled) {
                b.putLabels(RespondentId.of("p" + a), "first").putLabels(RespondentId.of("p" + (a + d)), "second");
            }
            return b.build();
        });
    }

    /** Structurally valid profiles (numbers need not come from an engine). */
    public static Gen<IntimacyProfile> profiles() {
        return randoms(30).map(rnd -> profile(RespondentId.of("r" + rnd.get(0)), rnd, rnd));
    }

    private static Gen<List<Integer>> randoms(int size) {
        return lists().of(integers().between(0, 10_000)).ofSize(size);
    }

    /**
     * A structurally valid profile of the given respondent; {@code shape} decides how many items each
     * dimension has (two profiles with the same shape fit one instrument), {@code rnd} the rest.
     */
    static IntimacyProfile profile(RespondentId respondent, List<Integer> rnd, List<Integer> shape) {
        IntimacyProfile.Builder b = IntimacyProfile.builder()
                .respondent(respondent)
                .instrument(InstrumentRef.of(InstrumentId.of("x"), SemanticVersion.of(1, 0, 0)))
                .strategy("mean");
        int r = 1;
        List<Double> pomps = new ArrayList<>();
        boolean allScored = true;
        for (Dimension d : Dimension.values()) {
            int v = rnd.get(r);
            int expected = 1 + shape.get(r++) % 6;
            if (v % 7 == 0) {
                allScored = false;
                b.putDimensions(
                        d,
                        DimensionScore.builder()
                                .dimension(d)
                                .answered(0)
                                .skipped(expected)
                                .declined(0)
                                .expected(expected)
                                .status(ScoreStatus.INSUFFICIENT)
                                .reason("0 of " + expected + " items answered")
                                .build());
            } else {
                double pomp = (v % 10_001) / 100.0;
                pomps.add(pomp);
                DimensionScore.Builder db = DimensionScore.builder()
                        .dimension(d)
                        .answered(expected)
                        .skipped(0)
                        .declined(0)
                        .expected(expected)
                        .status(ScoreStatus.COMPLETE)
                        .rawScore(1 + pomp / 25)
                        .mean(1 + pomp / 25)
                        .pomp(pomp)
                        .band(pomp < 50 ? Band.GROWTH : pomp < 75 ? Band.DEVELOPING : Band.STRENGTH);
                if (v % 3 == 0) {
                    db.standard(StandardScores.of((pomp - 50) / 10, pomp, Math.min(100, pomp)));
                }
                b.putDimensions(d, db.build());
            }
        }
        if (allScored) {
            b.compositeIndex(
                    pomps.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        } else {
            b.compositeReason("a dimension is insufficient");
        }
        if (rnd.get(r) % 2 == 0) {
            b.outcome(OutcomeScore.builder()
                    .answered(5)
                    .skipped(1)
                    .declined(0)
                    .expected(6)
                    .status(ScoreStatus.PRORATED)
                    .addProratedItems(ItemId.of("OUT-6"))
                    .rawScore(3.2)
                    .mean(3.2)
                    .pomp(55)
                    .band(Band.DEVELOPING)
                    .build());
        }
        return b.build();
    }

    public static Gen<ItemDifference> itemDifferences() {
        return integers()
                .between(0, 99)
                .zip(
                        integers().between(0, 1000),
                        (i, diff) -> ItemDifference.of(
                                ItemId.of("I-" + i), Dimension.values()[i % Dimension.values().length], diff));
    }

    /** Understanding of one partner by another, with |bias| <= 100 - accuracy as the model requires. */
    public static Gen<PartnerUnderstanding> understandings() {
        return randoms(20)
                .map(rnd -> understanding(RespondentId.of("p" + rnd.get(0)), RespondentId.of("q" + rnd.get(0)), rnd));
    }

    static PartnerUnderstanding understanding(RespondentId predictor, RespondentId partner, List<Integer> rnd) {
        PartnerUnderstanding.Builder b = PartnerUnderstanding.builder()
                .predictor(predictor)
                .partner(partner)
                .instrument(InstrumentRef.of(InstrumentId.of("x"), SemanticVersion.of(1, 0, 0)));
        int r = 1;
        boolean all = true;
        double sumA = 0;
        double sumB = 0;
        for (Dimension d : Dimension.values()) {
            int v = rnd.get(r++);
            int expected = 1 + v % 5;
            DimensionUnderstanding.Builder u =
                    DimensionUnderstanding.builder().dimension(d).expected(expected);
            if (v % 6 == 0) {
                all = false;
                u.itemsCompared(0).reason("0 of " + expected + " items answered in both");
            } else {
                double accuracy = (v % 10_001) / 100.0;
                double room = 100 - accuracy;
                double bias = room * ((rnd.get(r++) % 201) - 100) / 100.0;
                sumA += accuracy;
                sumB += bias;
                u.itemsCompared(1 + v % expected).accuracy(accuracy).bias(bias);
            }
            b.putDimensions(d, u.build());
        }
        if (all) {
            b.overallAccuracy(sumA / 6).overallBias(sumB / 6);
        } else {
            b.overallReason("a dimension has no accuracy");
        }
        return b.build();
    }

    /** Couple profiles whose parts fit together as the model requires (numbers need not come from a scorer). */
    public static Gen<CoupleProfile> coupleProfiles() {
        return randoms(30).zip(randoms(30), randoms(40), ModelGenerators::coupleProfile);
    }

    private static CoupleProfile coupleProfile(List<Integer> one, List<Integer> two, List<Integer> rnd) {
        RespondentId a = RespondentId.of("a" + one.get(0));
        RespondentId b = RespondentId.of("b" + two.get(0));
        IntimacyProfile first = profile(a, one, one);
        IntimacyProfile second = profile(b, two, one);
        CoupleProfile.Builder c = CoupleProfile.builder().first(first).second(second);
        int r = 0;
        for (Dimension d : Dimension.values()) {
            DimensionScore s1 = first.dimensions().get(d);
            DimensionScore s2 = second.dimensions().get(d);
            int compared = rnd.get(r++) % (1 + Math.min(s1.answered(), s2.answered()));
            CoupleDimension.Builder cd =
                    CoupleDimension.builder().dimension(d).first(s1).second(s2).itemsCompared(compared);
            if (s1.isScored() && s2.isScored()) {
                double p1 = s1.pomp().getAsDouble();
                double p2 = s2.pomp().getAsDouble();
                cd.meanPomp((p1 + p2) / 2)
                        .discrepancy(Math.abs(p1 - p2))
                        .pattern(CouplePattern.values()[rnd.get(r++) % CouplePattern.values().length]);
                if (compared > 0) {
                    cd.agreement(rnd.get(r++) % (compared + 1) / (double) compared);
                }
            } else {
                cd.reason("a partner's score is insufficient");
            }
            c.putDimensions(d, cd.build());
        }
        if (first.compositeIndex().isPresent() && second.compositeIndex().isPresent()) {
            c.coupleComposite((first.compositeIndex().getAsDouble()
                            + second.compositeIndex().getAsDouble())
                    / 2);
        } else {
            c.coupleCompositeReason("a partner's composite is absent");
        }
        int topics = rnd.get(r++) % 4;
        for (int t = 0; t < topics; t++) {
            c.addItemsToTalkAbout(ItemDifference.of(ItemId.of("T-" + t), Dimension.values()[t], 6 - t));
        }
        if (rnd.get(r++) % 2 == 0) {
            c.understandingByFirst(understanding(a, b, rnd));
        }
        if (rnd.get(r++) % 3 == 0) {
            c.understandingBySecond(understanding(b, a, rnd));
        }
        if (rnd.get(r) % 2 == 0) {
            c.dyad(Dyad.of(DyadId.of("couple " + a + " " + b), b, a));
        }
        return c.build();
    }

    public static Gen<DimensionChange> dimensionChanges() {
        return randoms(8).map(ModelGenerators::dimensionChange);
    }

    private static DimensionChange dimensionChange(List<Integer> rnd) {
        Dimension d = Dimension.values()[rnd.get(0) % Dimension.values().length];
        double r = (rnd.get(1) % 99) / 100.0;
        double sd = 1 + rnd.get(2) / 100.0;
        double sem = sd * Math.sqrt(1 - r);
        DimensionChange.Builder b = DimensionChange.builder()
                .dimension(d)
                .reliability(r)
                .standardDeviation(sd)
                .sem(sem)
                .reliableDifference(1.96 * Math.sqrt(2 * sem * sem))
                .reliabilitySource("declared by the instrument");
        boolean before = rnd.get(3) % 5 != 0;
        boolean after = rnd.get(4) % 5 != 0;
        double p1 = (rnd.get(5) % 10_001) / 100.0;
        double p2 = (rnd.get(6) % 10_001) / 100.0;
        if (before) {
            b.beforePomp(p1);
        }
        if (after) {
            b.afterPomp(p2);
        }
        if (before && after) {
            double rci = (p2 - p1) / Math.sqrt(2 * sem * sem);
            b.difference(p2 - p1)
                    .scoreDifference((p2 - p1) / 25)
                    .rci(rci)
                    .changeClass(
                            rci > 1.96
                                    ? ChangeClass.RELIABLE_IMPROVEMENT
                                    : rci < -1.96
                                            ? ChangeClass.RELIABLE_DETERIORATION
                                            : ChangeClass.NO_RELIABLE_CHANGE);
        } else {
            b.reason("a profile's score is insufficient");
        }
        return b.build();
    }

    public static Gen<Change> changes() {
        return randoms(60).zip(instants(), Generate.booleans(), (rnd, at, timed) -> change(rnd, timed ? at : null));
    }

    private static Change change(List<Integer> rnd, Instant from) {
        Change.Builder b = Change.builder()
                .respondent(RespondentId.of("r" + rnd.get(0)))
                .instrument(InstrumentRef.of(InstrumentId.of("x"), SemanticVersion.of(1, 0, 0)));
        if (from != null) {
            b.from(from).to(from.plusSeconds(1 + rnd.get(1)));
        }
        for (Dimension d : Dimension.values()) {
            int base = 2 + 8 * d.ordinal();
            if (rnd.get(base) % 4 != 0) {
                List<Integer> sub = new ArrayList<>(rnd.subList(base, base + 8));
                sub.set(0, d.ordinal());
                b.putDimensions(d, dimensionChange(sub));
            }
        }
        return b.build();
    }

    public static Gen<CoupleChange> coupleChanges() {
        return changes().zip(changes(), (one, two) -> {
            if (one.respondent().equals(two.respondent())) {
                return CoupleChange.builder()
                        .first(one)
                        .second(Change.builder()
                                .respondent(RespondentId.of(two.respondent() + "-partner"))
                                .instrument(two.instrument())
                                .putAllDimensions(two.dimensions())
                                .build())
                        .build();
            }
            return CoupleChange.builder().first(one).second(two).build();
        });
    }

    public static Gen<CheckIn> checkIns() {
        return instants().zip(profiles(), CheckIn::of);
    }

    /** Timelines of 1..5 check-ins whose changes run between consecutive check-ins. */
    public static Gen<Timeline> timelines() {
        return randoms(70).zip(instants(), integers().between(1, 5), (rnd, start, n) -> {
            RespondentId who = RespondentId.of("r" + rnd.get(0));
            InstrumentRef ref = InstrumentRef.of(InstrumentId.of("x"), SemanticVersion.of(1, 0, 0));
            Timeline.Builder t = Timeline.builder().respondent(who).instrument(ref);
            List<Instant> times = new ArrayList<>();
            Instant at = start;
            for (int i = 0; i < n; i++) {
                times.add(at);
                at = at.plusSeconds(3600L * (1 + rnd.get(1 + i) % 500));
            }
            t.addAllCheckIns(times);
            for (int i = 0; i + 1 < n; i++) {
                Change c = change(rnd, null);
                t.addChanges(Change.builder()
                        .respondent(who)
                        .instrument(ref)
                        .from(times.get(i))
                        .to(times.get(i + 1))
                        .putAllDimensions(c.dimensions())
                        .build());
            }
            for (Dimension d : Dimension.values()) {
                int v = rnd.get(50 + d.ordinal());
                int points = v % (n + 1);
                Trend.Builder tr = Trend.builder().dimension(d).points(points);
                if (points >= 2) {
                    tr.slopePerWeek((v % 2001 - 1000) / 100.0);
                } else {
                    tr.reason(points + " scored check-ins (at least 2 needed for a slope)");
                }
                if (n >= 2 && v % 3 == 0) {
                    List<Integer> sub = new ArrayList<>(List.of(d.ordinal(), v % 99, v, 1, 1, 0, 10_000, 0));
                    DimensionChange c = dimensionChange(sub);
                    if (c.changeClass().orElseThrow().isReliable()) {
                        tr.lastReliableChange(c)
                                .lastReliableChangeFrom(times.get(0))
                                .lastReliableChangeTo(times.get(1));
                    }
                }
                t.putTrends(d, tr.build());
            }
            return t.build();
        });
    }
}

package dev.intimacy.model;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.answer.Dyad;
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
        return lists().of(integers().between(0, 10_000)).ofSize(30).map(rnd -> {
            IntimacyProfile.Builder b = IntimacyProfile.builder()
                    .respondent(RespondentId.of("r" + rnd.get(0)))
                    .instrument(InstrumentRef.of(InstrumentId.of("x"), SemanticVersion.of(1, 0, 0)))
                    .strategy("mean");
            int r = 1;
            List<Double> pomps = new ArrayList<>();
            boolean allScored = true;
            for (Dimension d : Dimension.values()) {
                int v = rnd.get(r++);
                int expected = 1 + v % 6;
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
                b.compositeIndex(pomps.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow());
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
        });
    }
}

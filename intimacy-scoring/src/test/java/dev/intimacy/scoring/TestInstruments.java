package dev.intimacy.scoring;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.intimacy.model.Benefit;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.SemanticVersion;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.DeclaredReliability;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.instrument.Perspective;
import dev.intimacy.model.instrument.ResponseScale;
import java.time.Instant;
import java.util.List;
import org.quicktheories.core.Gen;

/** A small six-dimension instrument and generators of its assessments, built from the real builders. */
final class TestInstruments {
    private TestInstruments() {}

    /**
     * Six items per dimension (the second and fifth reverse-keyed) and six outcome items (the fourth
     * reverse-keyed) on 1..5: the shape of the bundled core instrument, which the batch API scans with a
     * loop of its own.
     */
    static Instrument sixBySix() {
        Instrument.Builder b = Instrument.builder()
                .id(InstrumentId.of("six-by-six"))
                .version(SemanticVersion.of(1, 0, 0))
                .titleKey("t")
                .scale(ResponseScale.of(1, 5));
        for (Dimension d : Dimension.values()) {
            for (int i = 1; i <= 6; i++) {
                b.addItems(Item.builder()
                        .id(ItemId.of(d.code().substring(0, 3) + "-" + i))
                        .dimension(d)
                        .keying(i == 2 || i == 5 ? Keying.REVERSE : Keying.POSITIVE)
                        .perspective(Perspective.SELF)
                        .textKey("k")
                        .build());
            }
        }
        Benefit[] benefits = Benefit.values();
        for (int i = 1; i <= 6; i++) {
            b.addItems(Item.builder()
                    .id(ItemId.of("OUT-" + i))
                    .benefit(benefits[i - 1])
                    .keying(i == 4 ? Keying.REVERSE : Keying.POSITIVE)
                    .perspective(Perspective.SELF)
                    .textKey("k")
                    .build());
        }
        return b.build();
    }

    /** Three items per dimension (the second reverse-keyed) and two outcome items, on the given scale. */
    static Instrument sixByThree(int min, int max) {
        return sixByThree(min, max, SemanticVersion.of(1, 0, 0), null);
    }

    /**
     * As {@link #sixByThree(int, int)}, with a version and, unless null, the same declared reliability for
     * every dimension.
     */
    static Instrument sixByThree(int min, int max, SemanticVersion version, DeclaredReliability declared) {
        Instrument.Builder b = Instrument.builder()
                .id(InstrumentId.of("six-by-three"))
                .version(version)
                .titleKey("t")
                .scale(ResponseScale.of(min, max));
        if (declared != null) {
            for (Dimension d : Dimension.values()) {
                b.putDeclaredReliability(d, declared);
            }
        }
        for (Dimension d : Dimension.values()) {
            for (int i = 1; i <= 3; i++) {
                b.addItems(Item.builder()
                        .id(ItemId.of(d.code().substring(0, 3) + "-" + i))
                        .dimension(d)
                        .keying(i == 2 ? Keying.REVERSE : Keying.POSITIVE)
                        .perspective(Perspective.SELF)
                        .textKey("k")
                        .build());
            }
        }
        b.addItems(
                Item.builder()
                        .id(ItemId.of("OUT-1"))
                        .benefit(Benefit.CLOSENESS)
                        .keying(Keying.POSITIVE)
                        .perspective(Perspective.SELF)
                        .textKey("k")
                        .build(),
                Item.builder()
                        .id(ItemId.of("OUT-2"))
                        .benefit(Benefit.STRESS)
                        .keying(Keying.REVERSE)
                        .perspective(Perspective.SELF)
                        .textKey("k")
                        .build());
        return b.build();
    }

    /** A trust-only instrument with {@code items} positively keyed items TRU-1.., on the given scale. */
    static Instrument trustOnly(int min, int max, int items, DeclaredReliability declared) {
        Instrument.Builder b = Instrument.builder()
                .id(InstrumentId.of("trust-only"))
                .version(SemanticVersion.of(1, 0, 0))
                .titleKey("t")
                .scale(ResponseScale.of(min, max))
                .addCovers(Dimension.TRUST);
        for (int i = 1; i <= items; i++) {
            b.addItems(Item.builder()
                    .id(ItemId.of("TRU-" + i))
                    .dimension(Dimension.TRUST)
                    .keying(Keying.POSITIVE)
                    .perspective(Perspective.PARTNER)
                    .textKey("k")
                    .build());
        }
        if (declared != null) {
            b.putDeclaredReliability(Dimension.TRUST, declared);
        }
        return b.build();
    }

    /** The given respondent's answers to a trust-only instrument, in item order. */
    static Assessment trustAnswers(Instrument instrument, String respondent, Instant at, int... values) {
        Assessment.Builder a = Assessment.builder()
                .respondent(RespondentId.of(respondent))
                .instrument(instrument.ref())
                .completedAt(at);
        for (int i = 0; i < values.length; i++) {
            a.putAnswers(instrument.items().get(i).id(), Answer.of(values[i]));
        }
        return a.build();
    }

    /** A prediction by {@code predictor} of {@code partner}'s answers, from codes as in {@link #codes(Instrument)}. */
    static Assessment prediction(Instrument instrument, int[] codes, String predictor, String partner) {
        Assessment own = assessment(instrument, codes, predictor);
        return Assessment.builder()
                .respondent(own.respondent())
                .instrument(own.instrument())
                .completedAt(own.completedAt())
                .putAllAnswers(own.answers())
                .predicts(RespondentId.of(partner))
                .build();
    }

    /**
     * Codes per item: 0..(max-min) a value (min + code), -1 skipped, -2 declined. About one answer in eight
     * is missing.
     */
    static Gen<int[]> codes(Instrument instrument) {
        int span = instrument.scale().max() - instrument.scale().min();
        int n = instrument.items().size();
        return lists().of(integers().between(-(span + 1) / 4 - 1, span))
                .ofSize(n)
                .map(l -> {
                    int[] out = new int[n];
                    for (int i = 0; i < n; i++) {
                        int c = l.get(i);
                        out[i] = c >= 0 ? c : (c % 2 == 0 ? -2 : -1);
                    }
                    return out;
                });
    }

    static Assessment assessment(Instrument instrument, int[] codes) {
        return assessment(instrument, codes, "r");
    }

    static Assessment assessment(Instrument instrument, int[] codes, String respondent) {
        Assessment.Builder a = Assessment.builder()
                .respondent(RespondentId.of(respondent))
                .instrument(instrument.ref())
                .completedAt(Instant.EPOCH);
        List<Item> items = instrument.items();
        for (int i = 0; i < items.size(); i++) {
            int c = codes[i];
            a.putAnswers(
                    items.get(i).id(),
                    c == -1
                            ? Answer.skipped()
                            : c == -2
                                    ? Answer.declined()
                                    : Answer.of(instrument.scale().min() + c));
        }
        return a.build();
    }
}

package dev.intimacy.content.recommend;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CouplePattern;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.result.Band;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import java.time.Instant;
import java.util.Map;

/**
 * Couple profiles for the recommender's tests, built with the model's builders. Patterns follow the scoring
 * module's documented defaults (discrepant from 25 POMP points apart, then shared strength, shared growth,
 * mixed); the content module never depends on the scoring module, so they are applied here by hand.
 */
final class Couples {
    static final RespondentId ONE = RespondentId.of("p-1");
    static final RespondentId TWO = RespondentId.of("p-2");

    private Couples() {}

    static IntimacyProfile profile(RespondentId who, Map<Dimension, Double> pomps) {
        IntimacyProfile.Builder b = IntimacyProfile.builder()
                .respondent(who)
                .instrument(Profiles.CORE)
                .strategy("mean");
        double sum = 0;
        for (Dimension d : Dimension.values()) {
            double pomp = pomps.get(d);
            sum += pomp;
            b.putDimensions(d, Profiles.scored(d, pomp));
        }
        double composite = sum / 6;
        return b.compositeIndex(composite)
                .compositeBand(Profiles.bandOf(composite))
                .build();
    }

    static CouplePattern pattern(DimensionScore a, DimensionScore b) {
        double pa = a.pomp().getAsDouble();
        double pb = b.pomp().getAsDouble();
        if (Math.abs(pa - pb) >= 25) {
            return CouplePattern.DISCREPANT;
        }
        if (a.band().orElseThrow() == Band.STRENGTH && b.band().orElseThrow() == Band.STRENGTH) {
            return CouplePattern.SHARED_STRENGTH;
        }
        if (a.band().orElseThrow() == Band.GROWTH && b.band().orElseThrow() == Band.GROWTH) {
            return CouplePattern.SHARED_GROWTH;
        }
        return CouplePattern.MIXED;
    }

    static CoupleProfile couple(Map<Dimension, Double> first, Map<Dimension, Double> second) {
        IntimacyProfile a = profile(ONE, first);
        IntimacyProfile b = profile(TWO, second);
        CoupleProfile.Builder c = CoupleProfile.builder().first(a).second(b);
        for (Dimension d : Dimension.values()) {
            DimensionScore sa = a.dimensions().get(d);
            DimensionScore sb = b.dimensions().get(d);
            double pa = sa.pomp().getAsDouble();
            double pb = sb.pomp().getAsDouble();
            c.putDimensions(
                    d,
                    CoupleDimension.builder()
                            .dimension(d)
                            .first(sa)
                            .second(sb)
                            .meanPomp((pa + pb) / 2)
                            .discrepancy(Math.abs(pa - pb))
                            .pattern(pattern(sa, sb))
                            .itemsCompared(0)
                            .build());
        }
        double composite =
                (a.compositeIndex().getAsDouble() + b.compositeIndex().getAsDouble()) / 2;
        return c.coupleComposite(composite).build();
    }

    /** An assessment of intimacy-core by the given partner with the two safety items answered as given. */
    static Assessment assessment(RespondentId who, int tru05, int tru06) {
        return Assessment.builder()
                .respondent(who)
                .instrument(Profiles.CORE)
                .completedAt(Instant.parse("2026-11-27T10:00:00Z"))
                .putAnswers(ItemId.of("TRU-05"), Answer.of(tru05))
                .putAnswers(ItemId.of("TRU-06"), Answer.of(tru06))
                .build();
    }
}

package dev.intimacy.scoring;

import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CoupleProfile;

/** The mirror image of a couple profile, built independently of the scorer: every per-partner part swapped. */
final class CoupleMirror {
    private CoupleMirror() {}

    static CoupleProfile mirror(CoupleProfile c) {
        CoupleProfile.Builder m = CoupleProfile.builder()
                .first(c.second())
                .second(c.first())
                .addAllItemsToTalkAbout(c.itemsToTalkAbout());
        c.dyad().ifPresent(m::dyad);
        c.coupleComposite().ifPresent(m::coupleComposite);
        c.coupleCompositeReason().ifPresent(m::coupleCompositeReason);
        c.understandingByFirst().ifPresent(m::understandingBySecond);
        c.understandingBySecond().ifPresent(m::understandingByFirst);
        for (CoupleDimension d : c.dimensions().values()) {
            CoupleDimension.Builder md = CoupleDimension.builder()
                    .dimension(d.dimension())
                    .first(d.second())
                    .second(d.first())
                    .itemsCompared(d.itemsCompared());
            d.meanPomp().ifPresent(md::meanPomp);
            d.discrepancy().ifPresent(md::discrepancy);
            d.pattern().ifPresent(md::pattern);
            d.agreement().ifPresent(md::agreement);
            d.reason().ifPresent(md::reason);
            m.putDimensions(d.dimension(), md.build());
        }
        return m.build();
    }
}

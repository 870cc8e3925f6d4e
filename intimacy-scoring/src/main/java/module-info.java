/**
 * The scoring engine of the intimacy SDK: profiles, couples, change over time, batch scoring, norms and
 * reliability, with a pluggable {@link dev.intimacy.scoring.spi.ScoringStrategy scoring strategy} SPI.
 */
module dev.intimacy.scoring {
    requires transitive dev.intimacy.model;
    requires org.apache.commons.statistics.distribution;
    requires static org.immutables.value.annotations;

    exports dev.intimacy.scoring;
    exports dev.intimacy.scoring.spi;
    exports dev.intimacy.scoring.batch;
    exports dev.intimacy.scoring.norms;
    exports dev.intimacy.scoring.reliability;
    exports dev.intimacy.scoring.couple;
    exports dev.intimacy.scoring.change;

    opens dev.intimacy.scoring.norms to
            tools.jackson.databind;

    uses dev.intimacy.scoring.spi.ScoringStrategy;

    provides dev.intimacy.scoring.spi.ScoringStrategy with
            dev.intimacy.scoring.internal.MeanStrategy,
            dev.intimacy.scoring.internal.SumStrategy,
            dev.intimacy.scoring.internal.WeightedStrategy;
}

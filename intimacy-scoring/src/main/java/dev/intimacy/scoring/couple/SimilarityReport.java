package dev.intimacy.scoring.couple;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The similarity of partners across a sample of couples, per dimension (see {@link DyadStatistics}).
 *
 * @param instrument the instrument version every couple answered
 * @param couples the number of couples in the sample
 * @param labels for distinguishable dyads, the two partner labels in the order used for the Pearson
 *     correlation ({@code x} is the partner with the first label); empty when the dyads are not
 *     distinguishable
 * @param dimensions the similarity per covered dimension, in the dimensions' fixed order
 */
public record SimilarityReport(
        InstrumentRef instrument, int couples, List<String> labels, Map<Dimension, DyadSimilarity> dimensions) {

    /**
     * Returns the similarity on one dimension.
     *
     * @param dimension the dimension
     * @return its similarity, or empty when the instrument does not cover it
     */
    public Optional<DyadSimilarity> dimension(Dimension dimension) {
        return Optional.ofNullable(dimensions.get(dimension));
    }
}

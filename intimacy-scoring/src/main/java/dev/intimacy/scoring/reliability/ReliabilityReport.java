package dev.intimacy.scoring.reliability;

import dev.intimacy.model.Dimension;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reliability of every covered dimension (and the outcome scale, when the instrument has one) on one
 * sample, with the warnings found.
 *
 * @param method how missing answers were handled
 * @param confidenceLevel the level of the Feldt interval, e.g. 0.95
 * @param rows how many respondents were analysed
 * @param dimensions the reliability per covered dimension, in order
 * @param outcome the reliability of the outcome scale, when there is one
 * @param warnings suspicious items and scales, naming them
 */
public record ReliabilityReport(
        ReliabilityAnalysis.Method method,
        double confidenceLevel,
        long rows,
        Map<Dimension, ScaleReliability> dimensions,
        Optional<ScaleReliability> outcome,
        List<ReliabilityWarning> warnings) {

    /**
     * Returns the reliability of one dimension.
     *
     * @param dimension the dimension
     * @return its reliability, or empty when the instrument does not cover it
     */
    public Optional<ScaleReliability> dimension(Dimension dimension) {
        return Optional.ofNullable(dimensions.get(dimension));
    }
}

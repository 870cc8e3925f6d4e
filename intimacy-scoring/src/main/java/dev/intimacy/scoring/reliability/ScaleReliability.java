package dev.intimacy.scoring.reliability;

import dev.intimacy.model.Dimension;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The reliability of one scale (a dimension, or the outcome scale when {@code dimension} is empty).
 *
 * <ul>
 *   <li>{@code rawAlpha = k/(k−1)·(1 − tr(C)/ΣC)} on the item covariance matrix {@code C};
 *   <li>{@code stdAlpha = k/(k−1)·(1 − k/ΣR)} on the correlation matrix {@code R = cov2cor(C)};
 *   <li>{@code averageR}, the mean off-diagonal entry of {@code R};
 *   <li>the Feldt interval {@code 1 − (1−α)·F(1−a/2; N−1, (N−1)(k−1))} to {@code 1 − (1−α)·F(a/2; …)};
 *   <li>{@code sd}, the SD of the scale's mean score implied by {@code C} ({@code √ΣC / k}, exact for complete
 *       data), and {@code sem = sd·√(1 − rawAlpha)}.
 * </ul>
 *
 * <p>{@code k} counts the items used: items with zero variance are left out, as {@code psych::alpha} does.
 * Statistics that need at least two items with variance are empty otherwise.
 *
 * @param dimension the dimension, or empty for the outcome scale
 * @param n the number of respondents (rows) the statistics rest on: all rows for pairwise, complete rows for listwise
 * @param k the number of items used
 * @param rawAlpha Cronbach's alpha
 * @param stdAlpha standardized alpha
 * @param averageR average inter-item correlation
 * @param feldtLower lower bound of the Feldt interval
 * @param feldtUpper upper bound of the Feldt interval
 * @param sd SD of the scale's mean score
 * @param sem standard error of measurement of the mean score
 * @param items per-item statistics, in the instrument's order, including items left out
 */
public record ScaleReliability(
        Optional<Dimension> dimension,
        long n,
        int k,
        OptionalDouble rawAlpha,
        OptionalDouble stdAlpha,
        OptionalDouble averageR,
        OptionalDouble feldtLower,
        OptionalDouble feldtUpper,
        OptionalDouble sd,
        OptionalDouble sem,
        List<ItemReliability> items) {

    /** Returns the scale's label: the dimension code or "outcome". */
    public String label() {
        return dimension.map(Dimension::code).orElse("outcome");
    }
}

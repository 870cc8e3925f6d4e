package dev.intimacy.scoring.reliability;

import dev.intimacy.model.ItemId;
import java.util.OptionalDouble;

/**
 * Statistics of one item within its scale. Means are of the keyed values (reverse-keyed items reflected on
 * the scale); the SD uses the divisor {@code n − 1}. An item with zero variance takes no part in the scale's
 * statistics: its {@code rDrop} and alpha-if-dropped are empty.
 *
 * @param item the item
 * @param n how many respondents answered it
 * @param mean the mean keyed value, empty when nobody answered
 * @param sd the standard deviation, empty when fewer than 2 answered
 * @param rDrop the corrected item-total correlation: the item against the sum of the other items
 * @param alphaIfDropped raw alpha of the scale without this item
 * @param stdAlphaIfDropped standardized alpha of the scale without this item
 * @param zeroVariance whether every answer to it was the same
 */
public record ItemReliability(
        ItemId item,
        long n,
        OptionalDouble mean,
        OptionalDouble sd,
        OptionalDouble rDrop,
        OptionalDouble alphaIfDropped,
        OptionalDouble stdAlphaIfDropped,
        boolean zeroVariance) {}

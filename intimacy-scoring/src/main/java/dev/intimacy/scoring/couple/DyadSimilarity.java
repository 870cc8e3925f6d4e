package dev.intimacy.scoring.couple;

import dev.intimacy.model.Dimension;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How similar the partners of a sample of couples are on one dimension (see {@link DyadStatistics} for
 * the formulas). All statistics are computed on POMP scores; both are unchanged by any linear rescaling,
 * so the same values follow from the dimension means.
 *
 * @param dimension the dimension
 * @param couples the number of couples used: those where both partners' dimension was scored
 * @param excluded the number of couples left out because a partner's dimension was insufficient
 * @param icc the intraclass correlation for indistinguishable dyads, in [−1, 1], when defined
 * @param msBetween {@code MSb = 2·var(dyad means)} (sample variance, divisor {@code N − 1}), when at least
 *     two couples were used
 * @param msWithin {@code MSw = Σ(x₁ − x₂)²/(2N)}, when at least two couples were used
 * @param iccReason why the ICC is absent, when it is
 * @param pearson the Pearson correlation between the two partner roles, for distinguishable dyads, when
 *     defined
 * @param pearsonReason why the Pearson correlation is absent, when it is
 */
public record DyadSimilarity(
        Dimension dimension,
        int couples,
        int excluded,
        OptionalDouble icc,
        OptionalDouble msBetween,
        OptionalDouble msWithin,
        Optional<String> iccReason,
        OptionalDouble pearson,
        Optional<String> pearsonReason) {}

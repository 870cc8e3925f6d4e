/**
 * The scoring strategy SPI: how the keyed answers of one scale become its raw score. Implement {@link
 * dev.intimacy.scoring.spi.ScoringStrategy}, register it in {@code
 * META-INF/services/dev.intimacy.scoring.spi.ScoringStrategy} (or {@code provides} in module-info), and
 * select it by id on the engine's builder. {@link dev.intimacy.scoring.spi.ScoringStrategies} finds them.
 */
@NullMarked
package dev.intimacy.scoring.spi;

import org.jspecify.annotations.NullMarked;

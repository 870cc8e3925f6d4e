package dev.intimacy.scoring.spi;

import dev.intimacy.scoring.ScoringError;
import dev.intimacy.scoring.ScoringException;
import dev.intimacy.scoring.internal.MeanStrategy;
import dev.intimacy.scoring.internal.SumStrategy;
import dev.intimacy.scoring.internal.WeightedStrategy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * A registry of scoring strategies by id: the built-ins ({@code mean}, {@code sum}, {@code weighted}),
 * plus, when discovery is on, every strategy found through {@link ServiceLoader}, plus any registered by
 * hand. Immutable and thread-safe once built.
 *
 * <pre>{@code
 * ScoringStrategies strategies = ScoringStrategies.builder()
 *         .discover(false)
 *         .register(new MedianStrategy())
 *         .build();
 * ScoringStrategy median = strategies.get("median");
 * }</pre>
 *
 * <p>Two strategies with the same id are an error naming both classes.
 */
public final class ScoringStrategies {
    private static final ScoringStrategy MEAN = new MeanStrategy();
    private static final ScoringStrategy SUM = new SumStrategy();
    private static final ScoringStrategy WEIGHTED = new WeightedStrategy();

    private final Map<String, ScoringStrategy> byId;

    private ScoringStrategies(Map<String, ScoringStrategy> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** Returns the built-in {@code mean} strategy: the mean of the answered items. */
    public static ScoringStrategy mean() {
        return MEAN;
    }

    /** Returns the built-in {@code sum} strategy: the (prorated) sum of the items. */
    public static ScoringStrategy sum() {
        return SUM;
    }

    /** Returns the built-in {@code weighted} strategy: the weighted mean of the answered items. */
    public static ScoringStrategy weighted() {
        return WEIGHTED;
    }

    /** Returns the built-in strategies, in the order mean, sum, weighted. */
    public static List<ScoringStrategy> builtIns() {
        return List.of(MEAN, SUM, WEIGHTED);
    }

    /**
     * Returns the built-ins plus every strategy discovered with the context class loader.
     *
     * @return the registry
     * @throws ScoringException with {@link ScoringError#DUPLICATE_STRATEGY} when two share an id
     */
    public static ScoringStrategies discovered() {
        return builder().build();
    }

    /** Returns a new builder; discovery is on by default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the strategy with the given id.
     *
     * @param id the id, e.g. {@code mean}
     * @return the strategy
     * @throws ScoringException with {@link ScoringError#UNKNOWN_STRATEGY} naming the known ids
     */
    public ScoringStrategy get(String id) {
        ScoringStrategy s = byId.get(id);
        if (s == null) {
            throw new ScoringException(
                    ScoringError.UNKNOWN_STRATEGY,
                    "no scoring strategy has the id '" + id + "' (known: " + String.join(", ", byId.keySet()) + ")");
        }
        return s;
    }

    /** Returns the ids known, in registration order. */
    public Set<String> ids() {
        return byId.keySet();
    }

    /** Returns the strategies known, in registration order. */
    public List<ScoringStrategy> all() {
        return List.copyOf(byId.values());
    }

    /** Builds a {@link ScoringStrategies} registry. */
    public static final class Builder {
        private boolean discover = true;
        private ClassLoader loader = Thread.currentThread().getContextClassLoader();
        private final Map<String, ScoringStrategy> manual = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Turns {@link ServiceLoader} discovery on (the default) or off.
         *
         * @param discover whether to discover strategies on the class path and module path
         * @return this builder
         */
        public Builder discover(boolean discover) {
            this.discover = discover;
            return this;
        }

        /**
         * Sets the class loader used for discovery (default: the thread's context class loader).
         *
         * @param loader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.loader = loader;
            return this;
        }

        /**
         * Registers strategies by hand.
         *
         * @param strategies the strategies
         * @return this builder
         * @throws ScoringException with {@link ScoringError#DUPLICATE_STRATEGY} when an id is taken
         */
        public Builder register(ScoringStrategy... strategies) {
            for (ScoringStrategy s : strategies) {
                put(manual, s);
            }
            return this;
        }

        /**
         * Builds the registry: built-ins, then discovered strategies, then those registered by hand.
         *
         * @return the registry
         * @throws ScoringException with {@link ScoringError#DUPLICATE_STRATEGY} when two share an id
         */
        public ScoringStrategies build() {
            Map<String, ScoringStrategy> all = new LinkedHashMap<>();
            for (ScoringStrategy s : builtIns()) {
                put(all, s);
            }
            if (discover) {
                ServiceLoader<ScoringStrategy> found = loader == null
                        ? ServiceLoader.load(ScoringStrategy.class)
                        : ServiceLoader.load(ScoringStrategy.class, loader);
                for (ScoringStrategy s : found) {
                    ScoringStrategy existing = all.get(s.id());
                    if (existing != null && existing.getClass().equals(s.getClass())) {
                        continue; // a built-in, listed in the service file too
                    }
                    put(all, s);
                }
            }
            for (ScoringStrategy s : manual.values()) {
                put(all, s);
            }
            return new ScoringStrategies(all);
        }

        private static void put(Map<String, ScoringStrategy> map, ScoringStrategy s) {
            String id = s.id();
            if (id == null || id.isBlank()) {
                throw new ScoringException(
                        ScoringError.INVALID_CONFIGURATION,
                        "scoring strategy " + s.getClass().getName() + " has a blank id (a non-blank id is required)");
            }
            ScoringStrategy existing = map.putIfAbsent(id, s);
            if (existing != null) {
                throw new ScoringException(
                        ScoringError.DUPLICATE_STRATEGY,
                        "strategy '" + id + "' was already registered by "
                                + existing.getClass().getName() + "; "
                                + s.getClass().getName() + " uses the same id");
            }
        }
    }
}

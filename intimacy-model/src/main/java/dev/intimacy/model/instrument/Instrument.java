package dev.intimacy.model.instrument;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.InstrumentRef;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.SemanticVersion;
import dev.intimacy.model.internal.Builders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An instrument: one version of a questionnaire, with its response scale, its items (with unique ids),
 * the dimensions it covers, a declared missing-data policy and provenance.
 *
 * <p>An instrument covers all six dimensions unless it declares which it covers in {@link #covers()};
 * every covered dimension needs at least one item, and every dimension item must belong to a covered
 * dimension. Outcome ({@link dev.intimacy.model.Benefit benefit}) items are optional and kept apart.
 *
 * <pre>{@code
 * Instrument instrument = Instrument.builder()
 *         .id(InstrumentId.of("my-check-in"))
 *         .version(SemanticVersion.parse("1.0.0"))
 *         .titleKey("My check-in")
 *         .scale(ResponseScale.of(1, 5))
 *         .addCovers(Dimension.TRUST)
 *         .addItems(trustItem1, trustItem2)
 *         .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstrument.class)
@JsonDeserialize(as = ImmutableInstrument.class)
public abstract class Instrument {

    /** Returns the instrument's id. */
    public abstract InstrumentId id();

    /** Returns the instrument's semantic version. */
    public abstract SemanticVersion version();

    /** Returns the text key of the title (or the title itself, for an application's own instrument). */
    public abstract String titleKey();

    /** Returns the response scale shared by all items. */
    public abstract ResponseScale scale();

    /** Returns the items, in presentation order, with unique ids. */
    public abstract List<Item> items();

    /** Returns the dimensions this instrument declares it covers; empty means all six. */
    public abstract Set<Dimension> covers();

    /** Returns the missing-data policy the authors declare, when they do. */
    public abstract Optional<MissingDataPolicy> missingData();

    /** Returns reliabilities the authors declare per dimension (empty for an unvalidated instrument). */
    public abstract Map<Dimension, DeclaredReliability> declaredReliability();

    /** Returns where the instrument comes from, when given. */
    public abstract Optional<String> provenance();

    /** Returns the licence of the instrument's text, when given (an SPDX id such as CC-BY-4.0). */
    public abstract Optional<String> licence();

    /** Returns a reference to this instrument version, {@code id@version}. */
    @Value.Lazy
    public InstrumentRef ref() {
        return InstrumentRef.of(id(), version());
    }

    /** Returns the dimensions covered: {@link #covers()}, or all six when it is empty, in their fixed order. */
    @Value.Lazy
    public Set<Dimension> coveredDimensions() {
        return Collections.unmodifiableSet(
                covers().isEmpty() ? EnumSet.allOf(Dimension.class) : EnumSet.copyOf(covers()));
    }

    /**
     * Finds an item by id.
     *
     * @param id the item id
     * @return the item, or empty when this instrument has no such item
     */
    public final Optional<Item> item(ItemId id) {
        return Optional.ofNullable(itemIndex().get(id));
    }

    /**
     * Returns the items of one dimension, in presentation order.
     *
     * @param dimension the dimension
     * @return its items; empty when the dimension is not covered
     */
    public final List<Item> itemsOf(Dimension dimension) {
        return itemsByDimension().getOrDefault(dimension, List.of());
    }

    /** Returns the outcome (benefit) items, in presentation order; may be empty. */
    @Value.Lazy
    public List<Item> outcomeItems() {
        List<Item> out = new ArrayList<>();
        for (Item i : items()) {
            if (i.isOutcome()) {
                out.add(i);
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Value.Lazy
    Map<ItemId, Item> itemIndex() {
        Map<ItemId, Item> index = new LinkedHashMap<>();
        for (Item i : items()) {
            index.put(i.id(), i);
        }
        return Collections.unmodifiableMap(index);
    }

    @Value.Lazy
    Map<Dimension, List<Item>> itemsByDimension() {
        Map<Dimension, List<Item>> map = new EnumMap<>(Dimension.class);
        for (Item i : items()) {
            i.dimension()
                    .ifPresent(
                            d -> map.computeIfAbsent(d, k -> new ArrayList<>()).add(i));
        }
        map.replaceAll((d, l) -> Collections.unmodifiableList(l));
        return Collections.unmodifiableMap(map);
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Instrument}; each single attribute may be set once. */
    public static final class Builder extends ImmutableInstrument.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public Instrument build() {
            return Builders.build("instrument", super::build);
        }
    }

    /** Returns {@code Instrument[id@version, N items]}. */
    @Override
    public String toString() {
        return "Instrument[" + id() + "@" + version() + ", " + items().size() + " items]";
    }

    @Value.Check
    final void check() {
        String where = "instrument " + id() + "@" + version();
        if (items().isEmpty()) {
            throw new InvalidModelException(ModelError.INVALID_INSTRUMENT, where + ": has no items");
        }
        Set<ItemId> seen = new TreeSet<>();
        Set<ItemId> duplicates = new TreeSet<>();
        for (Item i : items()) {
            if (!seen.add(i.id())) {
                duplicates.add(i.id());
            }
        }
        if (!duplicates.isEmpty()) {
            throw new InvalidModelException(
                    ModelError.DUPLICATE_ITEM, where + ": duplicate item ids " + duplicates + " (ids must be unique)");
        }
        Set<Dimension> covered = covers().isEmpty() ? EnumSet.allOf(Dimension.class) : EnumSet.copyOf(covers());
        for (Item i : items()) {
            if (i.dimension().isPresent() && !covered.contains(i.dimension().get())) {
                throw new InvalidModelException(
                        ModelError.INVALID_INSTRUMENT,
                        where + ": item " + i.id() + " measures "
                                + i.dimension().get() + ", which the instrument does not cover (covers " + covered
                                + ")");
            }
        }
        Set<Dimension> withoutItems = EnumSet.noneOf(Dimension.class);
        for (Dimension d : covered) {
            if (items().stream().noneMatch(i -> i.dimension().equals(Optional.of(d)))) {
                withoutItems.add(d);
            }
        }
        if (!withoutItems.isEmpty()) {
            throw new InvalidModelException(
                    ModelError.INVALID_INSTRUMENT,
                    where + ": covered dimensions " + withoutItems + " have no items (declare 'covers' to cover fewer"
                            + " than all six)");
        }
        for (Dimension d : declaredReliability().keySet()) {
            if (!covered.contains(d)) {
                throw new InvalidModelException(
                        ModelError.INVALID_RELIABILITY,
                        where + ": declares a reliability for " + d + ", which it does not cover");
            }
        }
        if (titleKey().isBlank()) {
            throw new InvalidModelException(ModelError.INVALID_INSTRUMENT, where + ": titleKey is blank");
        }
    }
}

package dev.intimacy.scoring.internal;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An instrument laid out in arrays for fast scoring: item positions, keying and weights per scale. */
public final class CompiledInstrument {
    /** Marks a skipped (or absent) item in a row of values. */
    public static final int SKIPPED = Integer.MIN_VALUE;
    /** Marks a declined item in a row of values. */
    public static final int DECLINED = Integer.MIN_VALUE + 1;

    /** The instrument. */
    public final Instrument instrument;
    /** The covered dimensions' plans, in the dimensions' fixed order. */
    public final ScalePlan[] dimensions;
    /** The outcome scale's plan, or null when the instrument has no outcome items. */
    public final ScalePlan outcome;
    /** Item ids by position. */
    public final ItemId[] ids;
    /** Item position by id. */
    public final Map<ItemId, Integer> position;
    /** Scale minimum. */
    public final int min;
    /** Scale maximum. */
    public final int max;

    /**
     * Compiles an instrument.
     *
     * @param instrument the instrument
     * @param itemWeights weights by item; items not listed weigh 1
     */
    public CompiledInstrument(Instrument instrument, Map<ItemId, Double> itemWeights) {
        this.instrument = instrument;
        this.min = instrument.scale().min();
        this.max = instrument.scale().max();
        List<Item> items = instrument.items();
        Map<ItemId, Integer> pos = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            pos.put(items.get(i).id(), i);
        }
        this.position = Map.copyOf(pos);
        this.ids = new ItemId[items.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = items.get(i).id();
        }
        List<ScalePlan> plans = new ArrayList<>();
        for (Dimension d : instrument.coveredDimensions()) {
            plans.add(plan(Optional.of(d), instrument.itemsOf(d), itemWeights));
        }
        this.dimensions = plans.toArray(new ScalePlan[0]);
        this.outcome = instrument.outcomeItems().isEmpty()
                ? null
                : plan(Optional.empty(), instrument.outcomeItems(), itemWeights);
    }

    private ScalePlan plan(Optional<Dimension> d, List<Item> items, Map<ItemId, Double> itemWeights) {
        int k = items.size();
        int[] idx = new int[k];
        boolean[] rev = new boolean[k];
        double[] w = new double[k];
        ItemId[] ids = new ItemId[k];
        for (int i = 0; i < k; i++) {
            Item item = items.get(i);
            idx[i] = position.get(item.id());
            rev[i] = item.keying() == Keying.REVERSE;
            w[i] = itemWeights.getOrDefault(item.id(), 1.0);
            ids[i] = item.id();
        }
        return new ScalePlan(d, idx, rev, w, ids);
    }

    /** Returns the optional outcome plan. */
    public Optional<ScalePlan> outcomePlan() {
        return Optional.ofNullable(outcome);
    }
}

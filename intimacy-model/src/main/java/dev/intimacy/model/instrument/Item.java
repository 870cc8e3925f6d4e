package dev.intimacy.model.instrument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.intimacy.model.Benefit;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.internal.Builders;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One item of an instrument: a statement the respondent answers on the instrument's scale. An item
 * measures exactly one thing: either one of the six {@link Dimension dimensions} or one {@link Benefit
 * benefit} of the outcome scale.
 *
 * <pre>{@code
 * Item item = Item.builder()
 *         .id(ItemId.of("TRU-01"))
 *         .dimension(Dimension.TRUST)
 *         .keying(Keying.POSITIVE)
 *         .perspective(Perspective.PARTNER)
 *         .textKey("item.intimacy-core.tru-01")
 *         .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableItem.class)
@JsonDeserialize(as = ImmutableItem.class)
public abstract class Item {

    /** Returns the item's id, unique within its instrument. */
    public abstract ItemId id();

    /** Returns the dimension this item measures, when it is not an outcome item. */
    public abstract Optional<Dimension> dimension();

    /** Returns the benefit this item measures, when it is an outcome item. */
    public abstract Optional<Benefit> benefit();

    /** Returns how the answer relates to the dimension or benefit. */
    public abstract Keying keying();

    /** Returns whom the item is about. */
    public abstract Perspective perspective();

    /** Returns the text key (or the text itself, for an application's own instrument); not blank. */
    public abstract String textKey();

    /** Returns true when this is an outcome (benefit) item. */
    @JsonIgnore
    public final boolean isOutcome() {
        return benefit().isPresent();
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Item}; each attribute may be set once. */
    public static final class Builder extends ImmutableItem.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public Item build() {
            return Builders.build("item", super::build);
        }
    }

    @Value.Check
    final void check() {
        if (dimension().isPresent() == benefit().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_ITEM,
                    "item " + id() + ": needs exactly one of 'dimension' or 'benefit' (has "
                            + (dimension().isPresent() ? "both" : "neither") + ")");
        }
        if (textKey().isBlank()) {
            throw new InvalidModelException(ModelError.INVALID_ITEM, "item " + id() + ": textKey is blank");
        }
    }
}

package dev.intimacy.model.change;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentRef;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.internal.Builders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The change of one respondent between two profiles on the same instrument version: per analysed dimension
 * a {@link DimensionChange} with the difference and the Reliable Change Index. When the profiles came with
 * the times of their check-ins, {@link #from()} and {@link #to()} hold them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChange.class)
@JsonDeserialize(as = ImmutableChange.class)
public abstract class Change {

    /** Returns whose change this is. */
    public abstract RespondentId respondent();

    /** Returns the instrument version of both profiles. */
    public abstract InstrumentRef instrument();

    /** Returns the time of the earlier check-in, when known. */
    public abstract Optional<Instant> from();

    /** Returns the time of the later check-in, when known. */
    public abstract Optional<Instant> to();

    /** Returns the change per analysed dimension, in the dimensions' fixed order. */
    public abstract Map<Dimension, DimensionChange> dimensions();

    /**
     * Returns the change of one dimension.
     *
     * @param dimension the dimension
     * @return its change, or empty when it was not analysed
     */
    public final Optional<DimensionChange> dimension(Dimension dimension) {
        return Optional.ofNullable(dimensions().get(dimension));
    }

    /**
     * Returns the dimensions whose change has a given class, in the dimensions' fixed order.
     *
     * @param changeClass the class, e.g. {@link ChangeClass#RELIABLE_IMPROVEMENT}
     * @return the dimensions; may be empty
     */
    public final List<Dimension> withClass(ChangeClass changeClass) {
        List<Dimension> out = new ArrayList<>();
        for (DimensionChange c : dimensions().values()) {
            if (c.changeClass().equals(Optional.of(changeClass))) {
                out.add(c.dimension());
            }
        }
        return out;
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Change}; each single attribute may be set once. */
    public static final class Builder extends ImmutableChange.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public Change build() {
            return Builders.build("change", super::build);
        }
    }

    /** Returns a short summary: respondent, instrument and the dimensions' classes. */
    @Override
    public String toString() {
        return "Change[respondent=" + respondent() + ", instrument=" + instrument() + ", "
                + dimensions().values() + "]";
    }

    @Value.Check
    final void check() {
        String where = "change of " + respondent() + ": ";
        for (Map.Entry<Dimension, DimensionChange> e : dimensions().entrySet()) {
            if (e.getKey() != e.getValue().dimension()) {
                throw new InvalidModelException(
                        ModelError.INVALID_CHANGE,
                        where + "the entry under " + e.getKey() + " is for "
                                + e.getValue().dimension());
            }
        }
        if (from().isPresent() != to().isPresent()) {
            throw new InvalidModelException(ModelError.INVALID_CHANGE, where + "give both 'from' and 'to', or neither");
        }
        if (from().isPresent() && !from().get().isBefore(to().get())) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE, where + "'from' " + from().get() + " must be before 'to' " + to().get());
        }
    }
}

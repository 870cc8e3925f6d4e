package dev.intimacy.model.change;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentRef;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.internal.Builders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One respondent's check-ins on one instrument version over time: the times of the check-ins in order, the
 * {@link Change change} between each check-in and the next (with its Reliable Change Index per dimension),
 * and per dimension a {@link Trend} (least-squares slope per week and the last reliable change).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeline.class)
@JsonDeserialize(as = ImmutableTimeline.class)
public abstract class Timeline {

    /** Returns whose timeline this is. */
    public abstract RespondentId respondent();

    /** Returns the instrument version of every check-in. */
    public abstract InstrumentRef instrument();

    /** Returns the times of the check-ins, strictly increasing; at least one. */
    public abstract List<Instant> checkIns();

    /** Returns the change from each check-in to the next; one fewer than the check-ins. */
    public abstract List<Change> changes();

    /** Returns the trend per analysed dimension, in the dimensions' fixed order. */
    public abstract Map<Dimension, Trend> trends();

    /**
     * Returns the trend of one dimension.
     *
     * @param dimension the dimension
     * @return its trend, or empty when it was not analysed
     */
    public final Optional<Trend> trend(Dimension dimension) {
        return Optional.ofNullable(trends().get(dimension));
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Timeline}; each single attribute may be set once. */
    public static final class Builder extends ImmutableTimeline.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public Timeline build() {
            return Builders.build("timeline", super::build);
        }
    }

    /** Returns a short summary: respondent, instrument, number of check-ins and the trends. */
    @Override
    public String toString() {
        return "Timeline[respondent=" + respondent() + ", instrument=" + instrument() + ", "
                + checkIns().size() + " check-ins, " + trends().values() + "]";
    }

    @Value.Check
    final void check() {
        String where = "timeline of " + respondent() + ": ";
        if (checkIns().isEmpty()) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE, where + "has no check-ins (at least 1 required)");
        }
        for (int i = 1; i < checkIns().size(); i++) {
            if (!checkIns().get(i - 1).isBefore(checkIns().get(i))) {
                throw new InvalidModelException(
                        ModelError.INVALID_CHANGE,
                        where + "check-in times must be strictly increasing ("
                                + checkIns().get(i - 1) + " then " + checkIns().get(i) + ")");
            }
        }
        if (changes().size() != checkIns().size() - 1) {
            throw new InvalidModelException(
                    ModelError.INVALID_CHANGE,
                    where + changes().size() + " changes for " + checkIns().size() + " check-ins (one fewer required)");
        }
        for (int i = 0; i < changes().size(); i++) {
            Change c = changes().get(i);
            if (!c.respondent().equals(respondent()) || !c.instrument().equals(instrument())) {
                throw new InvalidModelException(
                        ModelError.INVALID_CHANGE,
                        where + "change " + i + " is of " + c.respondent() + " on " + c.instrument());
            }
            if (!c.from().equals(Optional.of(checkIns().get(i)))
                    || !c.to().equals(Optional.of(checkIns().get(i + 1)))) {
                throw new InvalidModelException(
                        ModelError.INVALID_CHANGE,
                        where + "change " + i + " must run from check-in " + i + " to check-in " + (i + 1));
            }
        }
        for (Map.Entry<Dimension, Trend> e : trends().entrySet()) {
            if (e.getKey() != e.getValue().dimension()) {
                throw new InvalidModelException(
                        ModelError.INVALID_CHANGE,
                        where + "the trend under " + e.getKey() + " is for "
                                + e.getValue().dimension());
            }
            if (e.getValue().points() > checkIns().size()) {
                throw new InvalidModelException(
                        ModelError.INVALID_CHANGE,
                        where + "the trend of " + e.getKey() + " has more points than there are check-ins");
            }
        }
    }
}

package dev.intimacy.content.recommend;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.intimacy.content.CareTrigger;
import dev.intimacy.content.ContentId;
import dev.intimacy.model.internal.Builders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What the {@link Recommender} proposes: care notes (when the care-note condition holds), then prompts and
 * exercises with their texts, for the focus areas, most needed first. Two plans for the same request and seed
 * are equal.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
public abstract class Plan {

    /** Returns the locale tag of the plan's texts as requested (texts may come from a fallback locale). */
    public abstract String locale();

    /** Returns the seed the plan was made with. */
    public abstract long seed();

    /** Returns the dimensions the plan focuses on, most needed first. */
    public abstract List<FocusArea> focus();

    /** Returns the care notes to show first; empty unless the care-note condition holds. */
    public abstract List<PlannedCareNote> careNotes();

    /** Returns the care-note triggers that hold; when any holds, the plan is gated. */
    public abstract Set<CareTrigger> careTriggers();

    /** Returns the prompts, ordered by focus (most needed dimension first), then by depth within a dimension. */
    public abstract List<PlannedPrompt> prompts();

    /** Returns the exercises, ordered by focus. */
    public abstract List<PlannedExercise> exercises();

    /**
     * Returns true when the care-note condition holds: deep prompts about vulnerability and disclosure and the
     * exercises flagged {@code SAFETY_CONCERN} were withheld.
     */
    @JsonIgnore
    public final boolean isGated() {
        return !careTriggers().isEmpty();
    }

    /**
     * Returns the ids of the plan's prompts and exercises, to append to the history once they are used.
     *
     * @return prompt ids, then exercise ids
     */
    @JsonIgnore
    public final List<ContentId> contentIds() {
        List<ContentId> ids = new ArrayList<>();
        prompts().forEach(p -> ids.add(p.prompt().id()));
        exercises().forEach(e -> ids.add(e.exercise().id()));
        return Collections.unmodifiableList(ids);
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Plan}; each single attribute may be set once. */
    public static final class Builder extends ImmutablePlan.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the plan
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         */
        @Override
        public Plan build() {
            return Builders.build("plan", super::build);
        }
    }

    /** Returns a summary: locale, triggers and the ids chosen. */
    @Override
    public String toString() {
        return "Plan[" + locale() + ", triggers=" + careTriggers() + ", " + contentIds() + "]";
    }
}

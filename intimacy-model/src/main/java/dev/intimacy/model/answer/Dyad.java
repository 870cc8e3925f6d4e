package dev.intimacy.model.answer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.intimacy.model.DyadId;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.internal.Builders;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A couple: two different respondents. Dyads are role-neutral: the order of {@link #partners()} carries
 * no meaning, and there are no gendered or ranked roles. When the two partners can be told apart in a
 * study (for example "partner who filled in first"), {@link #labels()} names them; such a dyad is
 * <em>distinguishable</em>.
 *
 * <pre>{@code
 * Dyad dyad = Dyad.of(DyadId.of("couple-17"), RespondentId.of("r-1"), RespondentId.of("r-2"));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDyad.class)
@JsonDeserialize(as = ImmutableDyad.class)
public abstract class Dyad {

    /** Returns the dyad's id. */
    public abstract DyadId id();

    /** Returns the two partners, in no meaningful order. */
    public abstract List<RespondentId> partners();

    /** Returns optional labels for a distinguishable pair; keys are partners, values not blank, at most 64 characters. */
    public abstract Map<RespondentId, String> labels();

    /**
     * Returns a dyad without labels.
     *
     * @param id the dyad id
     * @param one a partner
     * @param other the other partner, different from {@code one}
     * @return the dyad
     * @throws InvalidModelException with {@link ModelError#INVALID_DYAD} when both are the same respondent
     */
    public static Dyad of(DyadId id, RespondentId one, RespondentId other) {
        return builder().id(id).addPartners(one, other).build();
    }

    /** Returns true when both partners carry a label. */
    @JsonIgnore
    public final boolean isDistinguishable() {
        return labels().size() == 2;
    }

    /**
     * Tells whether a respondent is one of the two partners.
     *
     * @param respondent a respondent
     * @return true when the respondent is a partner of this dyad
     */
    public final boolean contains(RespondentId respondent) {
        return partners().contains(respondent);
    }

    /**
     * Returns the other partner.
     *
     * @param respondent one partner
     * @return the other partner, or empty when {@code respondent} is not in this dyad
     */
    public final Optional<RespondentId> partnerOf(RespondentId respondent) {
        if (partners().get(0).equals(respondent)) {
            return Optional.of(partners().get(1));
        }
        if (partners().get(1).equals(respondent)) {
            return Optional.of(partners().get(0));
        }
        return Optional.empty();
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Dyad}; each single attribute may be set once. */
    public static final class Builder extends ImmutableDyad.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public Dyad build() {
            return Builders.build("dyad", super::build);
        }
    }

    @Value.Check
    final void check() {
        if (partners().size() != 2) {
            throw new InvalidModelException(
                    ModelError.INVALID_DYAD,
                    "dyad " + id() + ": has " + partners().size() + " partners (exactly 2 required)");
        }
        if (partners().get(0).equals(partners().get(1))) {
            throw new InvalidModelException(
                    ModelError.INVALID_DYAD,
                    "dyad " + id() + ": both partners are respondent "
                            + partners().get(0) + " (two different respondents required)");
        }
        for (Map.Entry<RespondentId, String> e : labels().entrySet()) {
            if (!partners().contains(e.getKey())) {
                throw new InvalidModelException(
                        ModelError.INVALID_DYAD,
                        "dyad " + id() + ": label for respondent " + e.getKey() + ", who is not a partner");
            }
            if (e.getValue().isBlank() || e.getValue().length() > 64) {
                throw new InvalidModelException(
                        ModelError.INVALID_DYAD,
                        "dyad " + id() + ": label for respondent " + e.getKey()
                                + " must be 1 to 64 characters and not blank");
            }
        }
    }
}

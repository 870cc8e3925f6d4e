package dev.intimacy.model.answer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.intimacy.model.InstrumentRef;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.ModelError;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.ResponseScale;
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
 * One respondent's answers to one instrument version, with the time the answers were completed.
 *
 * <p>An item absent from {@link #answers()} counts as {@link Answer#skipped() skipped}. An assessment may
 * also be a <em>prediction</em>: a partner answering as they think the other partner would; then {@link
 * #predicts()} names the partner whose answers it predicts.
 *
 * <p>Building an assessment checks only its own structure. Whether it fits its instrument is an explicit
 * call, {@link #problemsAgainst(Instrument)} or {@link #requireValidFor(Instrument)}, that reports every
 * problem at once.
 *
 * <p>{@code toString()} shows the respondent, the instrument and the number of answers, never a value.
 *
 * <pre>{@code
 * Assessment a = Assessment.builder()
 *         .respondent(RespondentId.of("r-1"))
 *         .instrument(instrument.ref())
 *         .completedAt(Instant.now())
 *         .putAnswers(ItemId.of("TRU-01"), Answer.of(4))
 *         .putAnswers(ItemId.of("TRU-02"), Answer.declined())
 *         .build()
 *         .requireValidFor(instrument);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssessment.class)
@JsonDeserialize(as = ImmutableAssessment.class)
public abstract class Assessment {

    /** Returns who answered. */
    public abstract RespondentId respondent();

    /** Returns the instrument version answered. */
    public abstract InstrumentRef instrument();

    /** Returns when the answers were completed (ISO-8601 in JSON). */
    public abstract Instant completedAt();

    /** Returns the answers by item; an absent item counts as skipped. */
    public abstract Map<ItemId, Answer> answers();

    /** Returns for a prediction, the partner whose answers this predicts. */
    public abstract Optional<RespondentId> predicts();

    /**
     * Returns the answer to one item.
     *
     * @param item the item id
     * @return the answer, {@link Answer#skipped()} when absent
     */
    public final Answer answer(ItemId item) {
        Answer a = answers().get(item);
        return a == null ? Answer.skipped() : a;
    }

    /** Returns true when this assessment predicts another respondent's answers. */
    @JsonIgnore
    public final boolean isPrediction() {
        return predicts().isPresent();
    }

    /**
     * Lists every way this assessment does not fit the instrument: another instrument or version, an
     * answer to an item the instrument does not have, a value outside the scale. Each problem names the
     * item and what is allowed; the message shows a rejected value but never a valid answer.
     *
     * @param instrument the instrument to check against
     * @return the problems, in answer order; empty when the assessment fits
     */
    public final List<AssessmentProblem> problemsAgainst(Instrument instrument) {
        List<AssessmentProblem> problems = new ArrayList<>();
        if (!instrument().id().equals(instrument.id())) {
            problems.add(new AssessmentProblem(
                    AssessmentProblem.Kind.WRONG_INSTRUMENT,
                    null,
                    "assessment is for instrument " + instrument().id() + ", not " + instrument.id()));
        } else if (!instrument().version().equals(instrument.version())) {
            problems.add(new AssessmentProblem(
                    AssessmentProblem.Kind.WRONG_VERSION,
                    null,
                    "assessment is for version " + instrument().version() + " of " + instrument.id() + ", not version "
                            + instrument.version()));
        }
        ResponseScale scale = instrument.scale();
        for (Map.Entry<ItemId, Answer> e : answers().entrySet()) {
            ItemId id = e.getKey();
            if (instrument.item(id).isEmpty()) {
                problems.add(new AssessmentProblem(
                        AssessmentProblem.Kind.UNKNOWN_ITEM,
                        id,
                        "item " + id + ": not an item of " + instrument.ref()));
                continue;
            }
            Answer a = e.getValue();
            if (a.isValue() && !scale.contains(a.valueOr(scale.min()))) {
                problems.add(new AssessmentProblem(
                        AssessmentProblem.Kind.OUT_OF_SCALE,
                        id,
                        "item " + id + ": answer " + a.valueOr(0) + " is outside the scale " + scale
                                + " (allowed: a whole number " + scale + ", \"skipped\" or \"declined\")"));
            }
        }
        return problems;
    }

    /**
     * Checks this assessment against its instrument.
     *
     * @param instrument the instrument to check against
     * @return this assessment, when it fits
     * @throws InvalidAssessmentException listing every problem, when it does not fit
     */
    public final Assessment requireValidFor(Instrument instrument) {
        List<AssessmentProblem> problems = problemsAgainst(instrument);
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(
                    "assessment of respondent " + respondent() + " for " + instrument.ref(), problems);
        }
        return this;
    }

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Assessment}; each single attribute may be set once. */
    public static final class Builder extends ImmutableAssessment.Builder {
        Builder() {}

        /** Builds the value; a missing required field is an error with code MISSING_FIELD naming it. */
        @Override
        public Assessment build() {
            return Builders.build("assessment", super::build);
        }
    }

    /** Returns a summary without any answer value, e.g. {@code Assessment[respondent=r-1, instrument=x@1.0.0, 36 answers]}. */
    @Override
    public String toString() {
        return "Assessment[respondent=" + respondent() + ", instrument=" + instrument() + ", "
                + answers().size() + " answers"
                + predicts().map(p -> ", predicts=" + p).orElse("") + "]";
    }

    @Value.Check
    final void check() {
        if (predicts().isPresent() && predicts().get().equals(respondent())) {
            throw new InvalidModelException(
                    ModelError.INVALID_ASSESSMENT,
                    "assessment of respondent " + respondent() + " cannot predict its own respondent's answers");
        }
    }
}

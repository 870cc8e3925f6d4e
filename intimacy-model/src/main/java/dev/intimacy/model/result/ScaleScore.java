package dev.intimacy.model.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.ModelError;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What every scale score holds, for a dimension or for the outcome scale: the strategy's raw score, the
 * mean of the keyed answers, POMP (percent of maximum possible, {@code 100·(mean − min)/(max − min)}), the
 * counts of answered, skipped and declined items, the status, and for a prorated score the items that were
 * missing (an audit trail, not a silent fill).
 *
 * <p>When the status is {@link ScoreStatus#INSUFFICIENT} there is no raw score, mean or POMP, and {@link
 * #reason()} says why.
 */
public abstract class ScaleScore {

    ScaleScore() {}

    /**
     * The setters that the builders of every kind of scale score share ({@link DimensionScore.Builder} and
     * {@link OutcomeScore.Builder}), so that code computing a score can fill either kind the same way.
     *
     * @param <B> the builder type, returned by each setter for chaining
     */
    public interface Fields<B extends Fields<B>> {
        /**
         * Sets {@link ScaleScore#answered()}.
         *
         * @param answered the count
         * @return this builder
         */
        B answered(int answered);

        /**
         * Sets {@link ScaleScore#skipped()}.
         *
         * @param skipped the count
         * @return this builder
         */
        B skipped(int skipped);

        /**
         * Sets {@link ScaleScore#declined()}.
         *
         * @param declined the count
         * @return this builder
         */
        B declined(int declined);

        /**
         * Sets {@link ScaleScore#expected()}.
         *
         * @param expected the count
         * @return this builder
         */
        B expected(int expected);

        /**
         * Sets {@link ScaleScore#status()}.
         *
         * @param status the status
         * @return this builder
         */
        B status(ScoreStatus status);

        /**
         * Sets {@link ScaleScore#reason()}.
         *
         * @param reason why the score is insufficient
         * @return this builder
         */
        B reason(String reason);

        /**
         * Sets {@link ScaleScore#rawScore()}.
         *
         * @param rawScore the strategy's score
         * @return this builder
         */
        B rawScore(double rawScore);

        /**
         * Sets {@link ScaleScore#mean()}.
         *
         * @param mean the mean of the keyed answers
         * @return this builder
         */
        B mean(double mean);

        /**
         * Sets {@link ScaleScore#pomp()}.
         *
         * @param pomp the POMP score
         * @return this builder
         */
        B pomp(double pomp);

        /**
         * Adds to {@link ScaleScore#proratedItems()}.
         *
         * @param elements the missing items
         * @return this builder
         */
        B addAllProratedItems(Iterable<? extends ItemId> elements);

        /**
         * Sets {@link ScaleScore#standard()}.
         *
         * @param standard the standard scores
         * @return this builder
         */
        B standard(StandardScores standard);

        /**
         * Sets {@link ScaleScore#band()}.
         *
         * @param band the band
         * @return this builder
         */
        B band(Band band);
    }

    /** Returns the scoring strategy's score (the mean by default, the sum for {@code sum}), when scorable. */
    public abstract OptionalDouble rawScore();

    /** Returns the mean of the answered keyed items, when scorable; always on the instrument's scale. */
    public abstract OptionalDouble mean();

    /** Returns the percent of maximum possible, in [0, 100], when scorable. */
    public abstract OptionalDouble pomp();

    /** Returns how many items were answered with a value. */
    public abstract int answered();

    /** Returns how many items were skipped (or absent). */
    public abstract int skipped();

    /** Returns how many items were declined ("prefer not to say"). */
    public abstract int declined();

    /** Returns how many items the scale has. */
    public abstract int expected();

    /** Returns how the score came about. */
    public abstract ScoreStatus status();

    /** Returns why the score is insufficient, when it is. */
    public abstract Optional<String> reason();

    /** Returns the items that were missing when the score was prorated; empty otherwise. */
    public abstract List<ItemId> proratedItems();

    /** Returns norm-referenced scores, when norms were supplied. */
    public abstract Optional<StandardScores> standard();

    /** Returns the band, when scorable. */
    public abstract Optional<Band> band();

    /** Returns true unless the status is {@link ScoreStatus#INSUFFICIENT}. */
    @JsonIgnore
    public final boolean isScored() {
        return status() != ScoreStatus.INSUFFICIENT;
    }

    /** Returns a label for messages, e.g. {@code TRUST} or {@code outcome}. */
    abstract String label();

    /** The start of every message of {@link #checkScale()}; built only when something is wrong. */
    private String where() {
        return "score " + label() + ": ";
    }

    @Value.Check
    final void checkScale() {
        if (answered() < 0 || skipped() < 0 || declined() < 0 || expected() < 1) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCORE, where() + "counts must not be negative and expected at least 1");
        }
        if (answered() + skipped() + declined() != expected()) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCORE,
                    where() + "answered " + answered() + " + skipped " + skipped() + " + declined " + declined()
                            + " must equal expected " + expected());
        }
        boolean scored = status() != ScoreStatus.INSUFFICIENT;
        if (scored != mean().isPresent()
                || scored != pomp().isPresent()
                || scored != rawScore().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCORE,
                    where() + "raw score, mean and POMP must be present exactly when the status is not INSUFFICIENT");
        }
        if (scored == reason().isPresent()) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCORE,
                    where() + "a reason must be given exactly when the status is INSUFFICIENT");
        }
        if (pomp().isPresent() && !(pomp().getAsDouble() >= 0 && pomp().getAsDouble() <= 100)) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCORE, where() + "POMP " + pomp().getAsDouble() + " is outside [0, 100]");
        }
        if (status() == ScoreStatus.COMPLETE && answered() != expected()) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCORE, where() + "status COMPLETE needs every item answered");
        }
        if (status() == ScoreStatus.PRORATED && proratedItems().size() != expected() - answered()) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCORE,
                    where() + "a PRORATED score must list each missing item in proratedItems");
        }
        if (status() != ScoreStatus.PRORATED && !proratedItems().isEmpty()) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCORE, where() + "proratedItems must be empty unless the status is PRORATED");
        }
        if (!scored && (band().isPresent() || standard().isPresent())) {
            throw new InvalidModelException(
                    ModelError.INVALID_SCORE, where() + "an INSUFFICIENT score has no band or standard scores");
        }
    }
}

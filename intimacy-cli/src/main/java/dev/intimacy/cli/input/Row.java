package dev.intimacy.cli.input;

import dev.intimacy.model.DyadId;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.Instrument;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One data row of an answers CSV, read and checked: either {@link Valid} or {@link Invalid}. Its {@link
 * #line()} is the physical line on which the record starts (a quoted cell may span lines).
 */
public sealed interface Row permits Row.Valid, Row.Invalid {

    /** The marker of a skipped answer (an empty cell or {@code NA}) in {@link Valid#values()}. */
    int SKIPPED = Integer.MIN_VALUE;

    /** The marker of a declined answer ({@code declined}) in {@link Valid#values()}. */
    int DECLINED = Integer.MIN_VALUE + 1;

    /** Returns the physical line on which the record starts, 1-based. */
    long line();

    /**
     * A row whose every cell was understood. {@code toString()} shows no answer value.
     */
    final class Valid implements Row {
        private final long line;
        private final RespondentId respondent;
        private final int[] values;
        private final @Nullable DyadId dyad;
        private final @Nullable RespondentId predicts;

        /**
         * Creates a row.
         *
         * @param line the physical starting line
         * @param respondent the respondent
         * @param values the answers by item position in the instrument: a value on the scale, {@link #SKIPPED}
         *     or {@link #DECLINED}; used as given
         * @param dyad the dyad, when the file has a {@code dyad_id} column
         * @param predicts the partner predicted, when the row is a prediction
         */
        public Valid(
                long line,
                RespondentId respondent,
                int[] values,
                @Nullable DyadId dyad,
                @Nullable RespondentId predicts) {
            this.line = line;
            this.respondent = respondent;
            this.values = values;
            this.dyad = dyad;
            this.predicts = predicts;
        }

        @Override
        public long line() {
            return line;
        }

        /** Returns the respondent. */
        public RespondentId respondent() {
            return respondent;
        }

        /** Returns the dyad, when the file has one. */
        public Optional<DyadId> dyadId() {
            return Optional.ofNullable(dyad);
        }

        /** Returns the partner whose answers this row predicts, when it is a prediction. */
        public Optional<RespondentId> predicted() {
            return Optional.ofNullable(predicts);
        }

        /**
         * Returns the row as an assessment of the instrument. Skipped items are left out; declined items are
         * {@link Answer#declined()}.
         *
         * @param instrument the instrument the row was read for
         * @param completedAt the completion time to record
         * @return the assessment; it fits the instrument
         */
        public Assessment toAssessment(Instrument instrument, Instant completedAt) {
            Assessment.Builder b = Assessment.builder()
                    .respondent(respondent)
                    .instrument(instrument.ref())
                    .completedAt(completedAt);
            if (predicts != null) {
                b.predicts(predicts);
            }
            for (int i = 0; i < values.length; i++) {
                ItemId id = instrument.items().get(i).id();
                int v = values[i];
                if (v == DECLINED) {
                    b.putAnswers(id, Answer.declined());
                } else if (v != SKIPPED) {
                    b.putAnswers(id, Answer.of(v));
                }
            }
            return b.build();
        }

        /**
         * Returns the values for {@link dev.intimacy.scoring.reliability.ReliabilityAnalysis.Accumulator#add},
         * with skipped and declined both as {@code Integer.MIN_VALUE}.
         *
         * @param into an array with one slot per instrument item; filled and returned
         * @return {@code into}
         */
        public int[] missingAsMinValue(int[] into) {
            for (int i = 0; i < values.length; i++) {
                into[i] = values[i] == DECLINED ? Integer.MIN_VALUE : values[i];
            }
            return into;
        }

        /** Returns the line and respondent; never an answer. */
        @Override
        public String toString() {
            return "Row.Valid[line " + line + ", respondent " + respondent + "]";
        }
    }

    /**
     * A row that could not be used, with every reason. The reason names items and rejected values only,
     * never a valid answer.
     *
     * @param line the physical starting line
     * @param respondent the respondent id, when it could be read
     * @param reason every problem of the row, separated by {@code "; "}
     */
    record Invalid(long line, @Nullable String respondent, String reason) implements Row {

        /** Returns the respondent id, when it could be read. */
        public Optional<String> respondentId() {
            return Optional.ofNullable(respondent);
        }
    }
}

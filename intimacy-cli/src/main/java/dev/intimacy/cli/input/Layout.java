package dev.intimacy.cli.input;

/** Which non-item columns an answers CSV has, besides {@value AnswerReader#RESPONDENT_COLUMN}. */
public enum Layout {
    /**
     * One row per respondent ({@code score}, {@code reliability}). A {@value AnswerReader#DYAD_COLUMN} column
     * is allowed and ignored; a {@value AnswerReader#PREDICTS_COLUMN} column is refused, because prediction
     * rows are not a respondent's own answers.
     */
    RESPONDENTS,
    /**
     * Two rows per couple, with a {@value AnswerReader#DYAD_COLUMN} column, and optionally prediction rows
     * marked by a {@value AnswerReader#PREDICTS_COLUMN} column naming the partner predicted ({@code couple},
     * {@code demo}).
     */
    COUPLES
}

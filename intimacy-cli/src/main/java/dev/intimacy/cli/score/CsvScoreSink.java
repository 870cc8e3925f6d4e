package dev.intimacy.cli.score;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.intimacy.cli.CliException;
import dev.intimacy.cli.input.CsvText;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.model.result.OutcomeScore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Scores as CSV: {@code respondent_id}, then per covered dimension {@code <key>_mean}, {@code <key>_pomp},
 * {@code <key>_status}, then {@code composite_index} and {@code outcome_pomp}. An absent number is an empty
 * cell; a status is {@code complete}, {@code prorated} or {@code insufficient}.
 */
final class CsvScoreSink implements ScoreSink {
    private final CsvWriter csv;
    private final List<Dimension> dimensions;
    private final String[] record;

    CsvScoreSink(Writer out, List<Dimension> dimensions) {
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        this.dimensions = List.copyOf(dimensions);
        this.record = new String[columns(dimensions).size()];
        write(columns(dimensions).toArray(new String[0]));
    }

    /**
     * Returns the output columns for the covered dimensions.
     *
     * @param dimensions the covered dimensions, in order
     * @return the column names
     */
    static List<String> columns(List<Dimension> dimensions) {
        List<String> cols = new ArrayList<>();
        cols.add("respondent_id");
        for (Dimension d : dimensions) {
            cols.add(d.key() + "_mean");
            cols.add(d.key() + "_pomp");
            cols.add(d.key() + "_status");
        }
        cols.add("composite_index");
        cols.add("outcome_pomp");
        return cols;
    }

    @Override
    public void write(IntimacyProfile profile) {
        int i = 0;
        record[i++] = CsvText.cell(profile.respondent().value());
        for (Dimension d : dimensions) {
            DimensionScore s = profile.dimensions().get(d);
            record[i++] = Numbers.format(s.mean());
            record[i++] = Numbers.format(s.pomp());
            record[i++] = s.status().name().toLowerCase(Locale.ROOT);
        }
        record[i++] = Numbers.format(profile.compositeIndex());
        record[i] = Numbers.format(profile.outcome().map(OutcomeScore::pomp).orElse(OptionalDouble.empty()));
        write(record);
    }

    private void write(String[] fields) {
        try {
            csv.writeRecord(fields);
        } catch (UncheckedIOException e) {
            throw CliException.io("cannot write the scores: " + e.getMessage(), e);
        }
    }

    @Override
    public void finish() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw CliException.io("cannot write the scores: " + e.getMessage(), e);
        }
    }
}

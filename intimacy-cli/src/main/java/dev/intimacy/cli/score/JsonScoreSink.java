package dev.intimacy.cli.score;

import dev.intimacy.cli.CliException;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.json.IntimacyJson;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.model.result.OutcomeScore;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Scores as a JSON array, streamed: one object per row with the same names as the CSV columns ({@code
 * respondent_id}, {@code trust_mean}, {@code trust_pomp}, {@code trust_status}, …, {@code composite_index},
 * {@code outcome_pomp}); an absent number is {@code null}.
 */
final class JsonScoreSink implements ScoreSink {
    private final JsonGenerator json;
    private final List<Dimension> dimensions;

    JsonScoreSink(Writer out, List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
        try {
            this.json = IntimacyJson.mapper().createGenerator(out);
            json.writeStartArray();
        } catch (JacksonException e) {
            throw CliException.io("cannot write the scores: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(IntimacyProfile profile) {
        try {
            json.writeStartObject();
            json.writeName("respondent_id");
            json.writeString(profile.respondent().value());
            for (Dimension d : dimensions) {
                DimensionScore s = profile.dimensions().get(d);
                number(d.key() + "_mean", s.mean());
                number(d.key() + "_pomp", s.pomp());
                json.writeName(d.key() + "_status");
                json.writeString(s.status().name().toLowerCase(Locale.ROOT));
            }
            number("composite_index", profile.compositeIndex());
            number("outcome_pomp", profile.outcome().map(OutcomeScore::pomp).orElse(OptionalDouble.empty()));
            json.writeEndObject();
        } catch (JacksonException e) {
            throw CliException.io("cannot write the scores: " + e.getMessage(), e);
        }
    }

    private void number(String name, OptionalDouble value) {
        json.writeName(name);
        if (value.isPresent()) {
            json.writeNumber(new java.math.BigDecimal(Numbers.format(value.getAsDouble())));
        } else {
            json.writeNull();
        }
    }

    @Override
    public void finish() {
        try {
            json.writeEndArray();
            json.flush();
        } catch (JacksonException e) {
            throw CliException.io("cannot write the scores: " + e.getMessage(), e);
        }
    }
}

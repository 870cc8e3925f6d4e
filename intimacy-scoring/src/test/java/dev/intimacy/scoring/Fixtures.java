package dev.intimacy.scoring;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.SemanticVersion;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.instrument.Perspective;
import dev.intimacy.model.instrument.ResponseScale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the committed R psych fixtures (see src/test/resources/psych/README.md) and builds test instruments. */
final class Fixtures {
    private Fixtures() {}

    /** A CSV table: header and rows of strings. */
    record Table(List<String> header, List<List<String>> rows) {
        int column(String name) {
            int i = header.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + header);
            }
            return i;
        }

        List<String> row(String key) {
            return rows.stream().filter(r -> r.get(0).equals(key)).findFirst().orElseThrow();
        }

        double number(List<String> row, String column) {
            return Double.parseDouble(row.get(column(column)));
        }
    }

    static Table read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/psych/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = List.of(r.readLine().split(","));
            List<List<String>> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(List.of(line.split(",", -1)));
                }
            }
            return new Table(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An instrument whose items are named by the data's columns; prefix A → DISCLOSURE, B → TRUST, C → EMPATHY. */
    static Instrument instrument(List<String> items, Set<String> reversed) {
        Instrument.Builder b = Instrument.builder()
                .id(InstrumentId.of("psych-fixture"))
                .version(SemanticVersion.of(1, 0, 0))
                .titleKey("fixture")
                .scale(ResponseScale.of(1, 5));
        Map<Dimension, Boolean> covers = new LinkedHashMap<>();
        for (String id : items) {
            Dimension d = dimensionOf(id);
            covers.put(d, true);
            b.addItems(Item.builder()
                    .id(ItemId.of(id))
                    .dimension(d)
                    .keying(reversed.contains(id) ? Keying.REVERSE : Keying.POSITIVE)
                    .perspective(Perspective.SELF)
                    .textKey(id)
                    .build());
        }
        return b.addAllCovers(covers.keySet()).build();
    }

    static Dimension dimensionOf(String item) {
        return switch (item.charAt(0)) {
            case 'A' -> Dimension.DISCLOSURE;
            case 'B' -> Dimension.TRUST;
            default -> Dimension.EMPATHY;
        };
    }

    /** One assessment per data row, answering the given items ("NA" → skipped). */
    static List<Assessment> assessments(Table data, Instrument instrument) {
        List<Assessment> out = new ArrayList<>();
        for (List<String> row : data.rows()) {
            Assessment.Builder a = Assessment.builder()
                    .respondent(RespondentId.of("r" + row.get(0)))
                    .instrument(instrument.ref())
                    .completedAt(Instant.EPOCH);
            for (Item item : instrument.items()) {
                String v = row.get(data.column(item.id().value()));
                a.putAnswers(item.id(), v.equals("NA") ? Answer.skipped() : Answer.of(Integer.parseInt(v)));
            }
            out.add(a.build());
        }
        return out;
    }
}

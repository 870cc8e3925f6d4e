package dev.intimacy.cli.couple;

import dev.intimacy.cli.input.Row;
import dev.intimacy.model.DyadId;
import dev.intimacy.model.RespondentId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks that the rows of one {@code dyad_id} make a couple. */
final class CouplesRows {
    private CouplesRows() {}

    /**
     * Tells what keeps the rows of one dyad from making a couple.
     *
     * @param dyad the dyad's id
     * @param rows its valid rows, in file order
     * @return the reason, for every row of the dyad; or null when they make a couple
     */
    static @Nullable String problem(DyadId dyad, List<Row.Valid> rows) {
        List<RespondentId> own = new ArrayList<>();
        for (Row.Valid r : rows) {
            if (r.predicted().isEmpty()) {
                own.add(r.respondent());
            }
        }
        String where = "dyad " + dyad + ": ";
        if (own.size() != 2) {
            return where + "has " + own.size() + " row" + (own.size() == 1 ? "" : "s")
                    + " of own answers (an empty predicts cell); a couple needs exactly 2, one per partner";
        }
        if (own.get(0).equals(own.get(1))) {
            return where + "both rows of own answers are respondent " + own.get(0) + " (two partners needed)";
        }
        Set<String> directions = new HashSet<>();
        for (Row.Valid r : rows) {
            Optional<RespondentId> predicted = r.predicted();
            if (predicted.isEmpty()) {
                continue;
            }
            RespondentId by = r.respondent();
            RespondentId partner = by.equals(own.get(0)) ? own.get(1) : by.equals(own.get(1)) ? own.get(0) : null;
            if (partner == null) {
                return where + "line " + r.line() + " is a prediction by " + by + ", who is not a partner of this"
                        + " couple (" + own.get(0) + ", " + own.get(1) + ")";
            }
            if (!predicted.get().equals(partner)) {
                return where + "line " + r.line() + ": " + by + " predicts " + predicted.get() + ", not their partner "
                        + partner;
            }
            if (!directions.add(by.value())) {
                return where + by + " predicts " + partner + " twice (at most one prediction each way)";
            }
        }
        return null;
    }
}

package dev.intimacy.cli.reliability;

import dev.intimacy.cli.score.Numbers;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.json.IntimacyJson;
import dev.intimacy.scoring.reliability.ItemReliability;
import dev.intimacy.scoring.reliability.ReliabilityReport;
import dev.intimacy.scoring.reliability.ReliabilityWarning;
import dev.intimacy.scoring.reliability.ScaleReliability;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link ReliabilityReport} as text tables or as JSON. */
final class ReliabilityFormat {
    private ReliabilityFormat() {}

    static String text(Instrument instrument, ReliabilityReport report, long errorRows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "Reliability of %s on %d respondent%s (%s covariances; %s Feldt interval)%n",
                instrument.ref(),
                report.rows(),
                report.rows() == 1 ? "" : "s",
                report.method() == dev.intimacy.scoring.reliability.ReliabilityAnalysis.Method.PAIRWISE
                        ? "pairwise-complete"
                        : "listwise",
                percent(report.confidenceLevel())));
        if (errorRows > 0) {
            sb.append(String.format(
                    Locale.ROOT, "%d row%s with errors left out%n", errorRows, errorRows == 1 ? "" : "s"));
        }
        List<ScaleReliability> scales = new ArrayList<>(report.dimensions().values());
        report.outcome().ifPresent(scales::add);
        for (ScaleReliability s : scales) {
            sb.append(System.lineSeparator()).append(s.label()).append(System.lineSeparator());
            sb.append(String.format(
                    Locale.ROOT,
                    "  n %d   items %d   alpha %s   std. alpha %s   average r %s   %s CI %s to %s   SEM %s%n",
                    s.n(),
                    s.k(),
                    fixed(s.rawAlpha()),
                    fixed(s.stdAlpha()),
                    fixed(s.averageR()),
                    percent(report.confidenceLevel()),
                    fixed(s.feldtLower()),
                    fixed(s.feldtUpper()),
                    fixed(s.sem())));
            sb.append(String.format(
                    Locale.ROOT,
                    "  %-10s %6s %7s %7s %7s %17s%n",
                    "item",
                    "n",
                    "mean",
                    "sd",
                    "r.drop",
                    "alpha if dropped"));
            for (ItemReliability i : s.items()) {
                sb.append(String.format(
                        Locale.ROOT,
                        "  %-10s %6d %7s %7s %7s %17s%s%n",
                        i.item().value(),
                        i.n(),
                        fixed(i.mean()),
                        fixed(i.sd()),
                        fixed(i.rDrop()),
                        fixed(i.alphaIfDropped()),
                        i.zeroVariance() ? "   (no variance: left out)" : ""));
            }
        }
        if (!report.warnings().isEmpty()) {
            sb.append(System.lineSeparator()).append("Warnings").append(System.lineSeparator());
            for (ReliabilityWarning w : report.warnings()) {
                sb.append("  - ").append(w.message()).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    static String json(Instrument instrument, ReliabilityReport report, long errorRows) {
        ObjectNode root = IntimacyJson.mapper().createObjectNode();
        root.put("instrument", instrument.ref().toString());
        root.put("method", report.method().name().toLowerCase(Locale.ROOT));
        root.put("confidence_level", report.confidenceLevel());
        root.put("rows", report.rows());
        root.put("rows_with_errors", errorRows);
        ArrayNode scales = root.putArray("scales");
        List<ScaleReliability> all = new ArrayList<>(report.dimensions().values());
        report.outcome().ifPresent(all::add);
        for (ScaleReliability s : all) {
            ObjectNode o = scales.addObject();
            o.put("scale", s.label());
            o.put("n", s.n());
            o.put("k", s.k());
            number(o, "alpha", s.rawAlpha());
            number(o, "std_alpha", s.stdAlpha());
            number(o, "average_r", s.averageR());
            number(o, "feldt_lower", s.feldtLower());
            number(o, "feldt_upper", s.feldtUpper());
            number(o, "sd", s.sd());
            number(o, "sem", s.sem());
            ArrayNode items = o.putArray("items");
            for (ItemReliability i : s.items()) {
                ObjectNode io = items.addObject();
                io.put("item", i.item().value());
                io.put("n", i.n());
                number(io, "mean", i.mean());
                number(io, "sd", i.sd());
                number(io, "r_drop", i.rDrop());
                number(io, "alpha_if_dropped", i.alphaIfDropped());
                number(io, "std_alpha_if_dropped", i.stdAlphaIfDropped());
                io.put("zero_variance", i.zeroVariance());
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        for (ReliabilityWarning w : report.warnings()) {
            ObjectNode o = warnings.addObject();
            o.put("kind", w.kind().name().toLowerCase(Locale.ROOT));
            o.put("scale", w.scale());
            if (w.item().isPresent()) {
                o.put("item", w.item().get().value());
            } else {
                o.putNull("item");
            }
            o.put("message", w.message());
        }
        return IntimacyJson.mapper().writeValueAsString(root);
    }

    private static void number(ObjectNode o, String name, OptionalDouble value) {
        if (value.isPresent()) {
            o.put(name, new java.math.BigDecimal(Numbers.format(value.getAsDouble())));
        } else {
            o.putNull(name);
        }
    }

    private static String fixed(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
    }

    private static String percent(double level) {
        return Numbers.format(level * 100) + "%";
    }
}

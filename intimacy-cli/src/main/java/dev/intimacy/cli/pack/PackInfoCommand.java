package dev.intimacy.cli.pack;

import dev.intimacy.cli.CliException;
import dev.intimacy.cli.ExitCode;
import dev.intimacy.cli.IntimacyCommand;
import dev.intimacy.cli.terminal.Bars;
import dev.intimacy.content.ContentException;
import dev.intimacy.content.ContentPack;
import dev.intimacy.content.ContentPacks;
import dev.intimacy.content.Prompt;
import dev.intimacy.content.Texts;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.instrument.Instrument;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code intimacy pack info}: what a pack holds — its instruments, prompts per dimension and depth, exercises per
 * dimension, interpretations and care notes, and how completely each locale is translated. Dimension names and
 * depth labels come from the pack's own texts in the chosen locale.
 */
@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description = "Show what a content pack holds: instruments, prompts per dimension and depth, exercises,"
                + " interpretations, care notes, and locale coverage. Without PATH, the bundled pack.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "1:the pack is invalid", "2:usage error", "3:no file or folder at PATH"})
public final class PackInfoCommand implements Callable<Integer> {
    @ParentCommand
    @Nullable
    PackCommand pack;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PATH",
            description = "A pack folder or .zip; default: the bundled pack.")
    @Nullable
    Path path;

    @Option(
            names = "--locale",
            paramLabel = "TAG",
            defaultValue = "en",
            description = "The language of the names shown, e.g. en or es (default ${DEFAULT-VALUE}).")
    String locale = "en";

    /** Creates the command; picocli fills its options. */
    public PackInfoCommand() {}

    @Override
    public Integer call() {
        IntimacyCommand cli = Objects.requireNonNull(pack).root();
        ContentPack p;
        if (path == null) {
            p = ContentPacks.bundled();
        } else {
            Path resolved = cli.environment().resolve(path);
            if (!Files.exists(resolved)) {
                throw CliException.io("no pack folder or zip archive at " + resolved);
            }
            try {
                p = ContentPacks.load(resolved);
            } catch (ContentException e) {
                cli.err().println("intimacy: " + e.getMessage());
                cli.err().println("Run 'intimacy pack validate " + path + "' for every problem.");
                return ExitCode.DATA_ERRORS;
            }
        }
        print(p, Locale.forLanguageTag(locale), cli.out());
        return ExitCode.OK;
    }

    static void print(ContentPack p, Locale locale, PrintWriter out) {
        Texts t = p.texts(locale);
        out.println(t.find(p.manifest().titleKey()).orElse(p.id().value()));
        out.println("  id " + p.id() + ", version " + p.manifest().version() + ", licence "
                + p.manifest().licence() + ", by "
                + String.join(", ", p.manifest().authors()));
        out.println("  " + p.manifest().notice());
        out.println();
        out.println("Instruments (" + p.instruments().size() + ")");
        for (Instrument i : p.instruments()) {
            int dimensionItems = i.items().size() - i.outcomeItems().size();
            out.println(String.format(
                    Locale.ROOT,
                    "  %-18s %-8s %s: %d items (%d on %d dimensions, %d outcome), scale %s",
                    i.id(),
                    i.version(),
                    t.find(i.titleKey()).orElse(i.titleKey()),
                    i.items().size(),
                    dimensionItems,
                    i.coveredDimensions().size(),
                    i.outcomeItems().size(),
                    i.scale()));
        }
        out.println();
        int nameWidth = 8;
        for (Dimension d : Dimension.values()) {
            nameWidth =
                    Math.max(nameWidth, name(t, d).codePointCount(0, name(t, d).length()));
        }
        StringBuilder heading = new StringBuilder("  " + Bars.pad("", nameWidth));
        for (int depth = Prompt.MIN_DEPTH; depth <= Prompt.MAX_DEPTH; depth++) {
            heading.append("  ").append(Bars.pad(t.find("depth." + depth).orElse("depth " + depth), 9));
        }
        heading.append("  exercises");
        out.println("Prompts (" + p.prompts().size() + ") by dimension and depth, and exercises ("
                + p.exercises().size() + ")");
        out.println(heading.toString().stripTrailing());
        for (Dimension d : Dimension.values()) {
            StringBuilder row = new StringBuilder("  " + Bars.pad(name(t, d), nameWidth));
            for (int depth = Prompt.MIN_DEPTH; depth <= Prompt.MAX_DEPTH; depth++) {
                int count = 0;
                for (Prompt pr : p.prompts(d)) {
                    if (pr.depth() == depth) {
                        count++;
                    }
                }
                row.append("  ").append(Bars.pad(Integer.toString(count), 9));
            }
            row.append("  ").append(p.exercises(d).size());
            out.println(row);
        }
        out.println();
        out.println(String.format(
                Locale.ROOT,
                "Interpretations: %d personal, %d couple; care notes: %d; safety items: %d",
                p.personalInterpretations().size(),
                p.coupleInterpretations().size(),
                p.careNotes().size(),
                p.safetyItems().size()));
        out.println();
        Set<String> reference = p.textKeys(p.defaultLocale());
        out.println("Locales (coverage of the " + reference.size() + " text keys of the default locale "
                + p.defaultLocale().toLanguageTag() + ")");
        for (Locale l : p.locales()) {
            Set<String> keys = new HashSet<>(p.textKeys(l));
            keys.retainAll(reference);
            double share = reference.isEmpty() ? 100 : 100.0 * keys.size() / reference.size();
            out.println(String.format(
                    Locale.ROOT,
                    "  %-8s %5d of %d  %5.1f%%%s",
                    l.toLanguageTag(),
                    keys.size(),
                    reference.size(),
                    share,
                    l.equals(p.defaultLocale()) ? "  (default)" : ""));
        }
    }

    private static String name(Texts t, Dimension d) {
        return t.find("dimension." + d.key() + ".name").orElse(d.code());
    }
}

package dev.intimacy.cli.pack;

import dev.intimacy.cli.CliException;
import dev.intimacy.cli.ExitCode;
import dev.intimacy.cli.IntimacyCommand;
import dev.intimacy.content.ContentException;
import dev.intimacy.content.ContentPack;
import dev.intimacy.content.ContentPacks;
import dev.intimacy.content.ContentValidator;
import dev.intimacy.content.LoadOptions;
import dev.intimacy.content.PackId;
import dev.intimacy.content.ValidationProblem;
import dev.intimacy.content.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code intimacy pack validate PATH}: lists every problem of a pack (a folder or a zip archive), each with its
 * file and JSON pointer. An add-on for the bundled pack ({@code "extends": "core"}) is validated composed onto
 * it, so that its keys, translations and references are checked too.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validate a content pack (a folder with manifest.json, or a zip of one) and list every problem with its"
                    + " file and JSON pointer.",
            "An add-on of the bundled pack (\"extends\": \"core\") is checked composed onto it."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the pack is valid (warnings may be listed)",
            "1:the pack is invalid or cannot be read; every problem is listed",
            "2:usage error",
            "3:no file or folder at PATH"
        })
public final class PackValidateCommand implements Callable<Integer> {
    @ParentCommand
    @Nullable
    PackCommand pack;

    @Parameters(index = "0", paramLabel = "PATH", description = "The pack: a folder with manifest.json, or a .zip.")
    @Nullable
    Path path;

    /** Creates the command; picocli fills its options. */
    public PackValidateCommand() {}

    @Override
    public Integer call() {
        IntimacyCommand cli = Objects.requireNonNull(pack).root();
        Path p = cli.environment().resolve(Objects.requireNonNull(path));
        if (!Files.exists(p)) {
            throw CliException.io("no pack folder or zip archive at " + p);
        }
        PrintWriter out = cli.out();
        ValidationReport report;
        try {
            ContentPack raw =
                    ContentPacks.load(p, LoadOptions.builder().validate(false).build());
            Optional<PackId> base = raw.manifest().extendsPack();
            if (base.isPresent() && base.get().value().equals(ContentPacks.BUNDLED_ID)) {
                out.println("pack '" + raw.id() + "' is an add-on of the bundled pack '" + ContentPacks.BUNDLED_ID
                        + "': checking it composed onto it");
                report = ContentValidator.check(p, ContentPacks.bundled());
            } else {
                report = raw.validate();
            }
        } catch (ContentException e) {
            out.println("pack at " + p + " cannot be read:");
            out.println("  " + e.getMessage().replace("\n", System.lineSeparator() + "  "));
            for (ValidationProblem problem : e.problems()) {
                out.println("  " + problem);
            }
            out.println("invalid");
            return ExitCode.DATA_ERRORS;
        }
        for (ValidationProblem problem : report.problems()) {
            out.println(problem);
        }
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        out.println(String.format(
                Locale.ROOT,
                "pack '%s': %s (%d error%s, %d warning%s)",
                report.pack(),
                report.isValid() ? "valid" : "invalid",
                errors,
                errors == 1 ? "" : "s",
                warnings,
                warnings == 1 ? "" : "s"));
        return report.isValid() ? ExitCode.OK : ExitCode.DATA_ERRORS;
    }
}

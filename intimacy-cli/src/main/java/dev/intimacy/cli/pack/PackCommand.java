package dev.intimacy.cli.pack;

import dev.intimacy.cli.IntimacyCommand;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code intimacy pack}: the content-pack tools; see its subcommands. */
@Command(
        name = "pack",
        mixinStandardHelpOptions = true,
        description = "Content-pack tools: validate a pack, or show what a pack holds.",
        subcommands = {PackValidateCommand.class, PackInfoCommand.class})
public final class PackCommand implements Runnable {
    @ParentCommand
    @Nullable
    IntimacyCommand root;

    @Spec
    @Nullable
    CommandSpec spec;

    /** Creates the command. */
    public PackCommand() {}

    /** Returns the top-level command. */
    IntimacyCommand root() {
        return Objects.requireNonNull(root);
    }

    /** Without a subcommand: prints the help. */
    @Override
    public void run() {
        Objects.requireNonNull(spec).commandLine().usage(root().out());
    }
}

package dev.intimacy.cli;

import dev.intimacy.cli.couple.CoupleCommand;
import dev.intimacy.cli.demo.DemoCommand;
import dev.intimacy.cli.pack.PackCommand;
import dev.intimacy.cli.reliability.ReliabilityCommand;
import dev.intimacy.cli.score.ScoreCommand;
import dev.intimacy.model.IntimacyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code intimacy} command. Run {@code java -jar intimacy-cli/target/intimacy.jar --help}; every
 * subcommand has {@code --help} too.
 *
 * <pre>{@code
 * java -jar intimacy.jar demo --locale es
 * java -jar intimacy.jar score --in answers.csv --out scores.csv --errors errors.csv
 * java -jar intimacy.jar reliability --in answers.csv
 * java -jar intimacy.jar pack validate my-pack/
 * }</pre>
 *
 * <p>Programs and tests call {@link #execute(Environment, PrintWriter, PrintWriter, String...)}, which returns
 * the {@link ExitCode exit code} instead of ending the process.
 */
@Command(
        name = "intimacy",
        mixinStandardHelpOptions = true,
        versionProvider = IntimacyCommand.Version.class,
        description = {
            "Measure and nurture emotional intimacy: a demo, CSV scoring for researchers, reliability, content"
                    + " pack checks.",
            "A tool for reflection, not a diagnosis; the bundled questionnaires are not validated."
        },
        subcommands = {
            DemoCommand.class,
            ScoreCommand.class,
            CoupleCommand.class,
            ReliabilityCommand.class,
            PackCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all good",
            "1:some rows had data errors (every other row was still written), or a pack is invalid",
            "2:usage error",
            "3:input/output error",
            "4:internal error (a bug: please report it)"
        })
public final class IntimacyCommand implements Runnable {
    private final Environment environment;

    @Spec
    CommandSpec spec = CommandSpec.create();

    /**
     * Creates the command for an environment.
     *
     * @param environment where it runs
     */
    public IntimacyCommand(Environment environment) {
        this.environment = environment;
    }

    /**
     * Runs the command and ends the process with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(Environment.system(), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command.
     *
     * @param environment where it runs (terminal or not, environment variables, working directory)
     * @param out standard output
     * @param err standard error
     * @param args the command line
     * @return the {@link ExitCode exit code}
     */
    public static int execute(Environment environment, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new IntimacyCommand(environment));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine.getErr()));
        cli.setParameterExceptionHandler(IntimacyCommand::usage);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                environment.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int usage(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("intimacy: " + e.getMessage());
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        return ExitCode.USAGE;
    }

    private static int handle(Exception e, PrintWriter err) {
        if (e instanceof CliException c) {
            err.println("intimacy: " + c.getMessage());
            return c.exitCode();
        }
        if (e instanceof UncheckedIOException io) {
            err.println("intimacy: input/output error: " + io.getCause().getMessage());
            return ExitCode.IO;
        }
        if (e instanceof IntimacyException ie) {
            // A library rule the command did not turn into a friendlier message; the message has no answers.
            err.println("intimacy: " + ie.code() + ": " + ie.getMessage());
            return ExitCode.USAGE;
        }
        err.println("intimacy: internal error (a bug: please report it with the command you ran): " + e);
        e.printStackTrace(err);
        return ExitCode.INTERNAL;
    }

    /** Without a subcommand: prints the help. */
    @Override
    public void run() {
        spec.commandLine().usage(out());
    }

    /** Returns where the command runs. */
    public Environment environment() {
        return environment;
    }

    /** Returns standard output. */
    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Returns standard error. */
    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Prints a warning on standard error.
     *
     * @param message the warning
     */
    public void warn(String message) {
        err().println("intimacy: warning: " + message);
    }

    /** Reads the version from the properties Maven writes into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = IntimacyCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {
                "intimacy " + p.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}

package dev.intimacy.cli.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import dev.intimacy.cli.CliException;
import dev.intimacy.cli.input.OutputFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Renders a {@link ReportView} as one self-contained HTML page: inline CSS (with print rules) and inline SVG,
 * nothing fetched from the network, {@code lang} set to the report's language. The template ({@code
 * report.mustache} beside this class) uses only {@code {{…}}}, which HTML-escapes every value, so text from
 * data (a respondent id such as {@code <script>…}) is shown, never run.
 */
public final class HtmlReport {
    private static final Mustache TEMPLATE = compile();

    private HtmlReport() {}

    private static Mustache compile() {
        MustacheFactory factory = new DefaultMustacheFactory("dev/intimacy/cli/report");
        return factory.compile("report.mustache");
    }

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the HTML page
     */
    public static String render(ReportView report) {
        StringWriter out = new StringWriter();
        render(report, out);
        return out.toString();
    }

    /**
     * Renders a report to a writer.
     *
     * @param report the report
     * @param out where the page goes
     */
    public static void render(ReportView report, Writer out) {
        try {
            TEMPLATE.execute(out, report).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a report to a file, whole or not at all.
     *
     * @param report the report
     * @param file the file; its directory must exist
     * @throws CliException an input/output error when it cannot be written
     */
    public static void write(ReportView report, Path file) {
        try (OutputFile target = OutputFile.file(file)) {
            try {
                render(report, target.writer());
            } catch (UncheckedIOException e) {
                throw CliException.io(
                        "cannot write " + file + ": " + e.getCause().getMessage(), e);
            }
            target.commit();
        }
    }
}

package dev.intimacy.cli.input;

import dev.intimacy.cli.CliException;
import dev.intimacy.cli.Environment;
import dev.intimacy.content.ContentPacks;
import dev.intimacy.model.IntimacyException;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.json.IntimacyJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --instrument} option: a bundled instrument id ({@code intimacy-core}, the default, or {@code
 * intimacy-pulse}) or the path of an instrument JSON file, in the format of the content pack's {@code
 * instruments/*.json} (see docs/CONTENT-FORMAT.md), so that researchers can score their own questionnaire.
 */
public final class InstrumentOption {
    /** The instrument used when none is named. */
    public static final String DEFAULT = "intimacy-core";

    private static final long MAX_BYTES = 4L * 1024 * 1024;

    @Option(
            names = "--instrument",
            paramLabel = "ID|FILE.json",
            defaultValue = DEFAULT,
            description = "A bundled instrument id (${COMPLETION-CANDIDATES:-intimacy-core, intimacy-pulse}) or an"
                    + " instrument JSON file. Default: ${DEFAULT-VALUE}.")
    String value = DEFAULT;

    /** Creates the option with its default. */
    public InstrumentOption() {}

    /**
     * Returns the instrument named.
     *
     * @param env resolves a relative path
     * @return the instrument
     * @throws CliException a usage error for an unknown id; an input/output error for a file that cannot be
     *     read or is not a valid instrument
     */
    public Instrument resolve(Environment env) {
        return resolve(value, env);
    }

    /**
     * Returns the instrument named by a bundled id or a file path.
     *
     * @param value the id or path
     * @param env resolves a relative path
     * @return the instrument
     */
    public static Instrument resolve(String value, Environment env) {
        Path path = null;
        try {
            path = env.resolve(Path.of(value));
        } catch (java.nio.file.InvalidPathException e) {
            // Not a path: it can only be an id.
        }
        if (path != null && Files.isRegularFile(path)) {
            return read(path);
        }
        List<Instrument> bundled = ContentPacks.bundled().instruments();
        for (Instrument i : bundled) {
            if (i.id().value().equals(value)) {
                return i;
            }
        }
        if (value.endsWith(".json") || value.contains("/")) {
            throw CliException.io("cannot read the instrument file " + path + ": no such file");
        }
        throw CliException.usage("unknown instrument '" + AnswerReader.shown(value) + "' (bundled: "
                + bundled.stream().map(i -> i.id().value()).collect(Collectors.joining(", "))
                + "; or give the path of an instrument JSON file)");
    }

    private static Instrument read(Path path) {
        String text;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw CliException.io("the instrument file " + path + " is larger than 4 MiB");
            }
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw CliException.io("the instrument file " + path + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw CliException.io("cannot read the instrument file " + path + ": " + e.getMessage(), e);
        }
        try {
            JsonNode node = IntimacyJson.mapper().readTree(text);
            if (node instanceof ObjectNode o) {
                // Content-pack files may name their schema for editors; the instrument has no such field.
                o.remove("$schema");
            }
            return IntimacyJson.mapper().treeToValue(node, Instrument.class);
        } catch (JacksonException e) {
            throw CliException.io(
                    "the instrument file " + path + " is not a valid instrument: "
                            + IntimacyJson.translate(Instrument.class, e).getMessage(),
                    e);
        } catch (IntimacyException e) {
            throw CliException.io("the instrument file " + path + " is not a valid instrument: " + e.getMessage(), e);
        }
    }
}

package dev.intimacy.content.internal;

import dev.intimacy.content.ContentError;
import dev.intimacy.content.ContentException;
import dev.intimacy.content.LoadOptions;
import dev.intimacy.content.ProblemKind;
import dev.intimacy.content.ValidationProblem;
import dev.intimacy.model.json.IntimacyJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON file of a pack being read: parses it with the project's strict mapper, reads typed values out of
 * the tree, throws a {@link ContentException} naming file and pointer for anything structurally wrong, and
 * records semantic problems for the validator.
 */
final class JsonFile {
    /** The property every document may have, so that editors find the file's JSON Schema. */
    static final String SCHEMA_PROPERTY = "$schema";

    // Strict: duplicate keys, trailing tokens and oversized numbers or nesting are errors. No polymorphic typing.
    private static final JsonMapper MAPPER = IntimacyJson.newMapperBuilder().build();

    final String pack;
    final String file;
    private final LoadOptions options;
    private final List<ValidationProblem> problems;
    final JsonNode root;

    private JsonFile(String pack, String file, LoadOptions options, List<ValidationProblem> problems, JsonNode root) {
        this.pack = pack;
        this.file = file;
        this.options = options;
        this.problems = problems;
        this.root = root;
    }

    /**
     * Parses a file.
     *
     * @param pack the pack's id, for messages
     * @param file the file's path in the pack
     * @param bytes its content
     * @param options the limits and leniency
     * @param problems where semantic problems go
     * @return the parsed file, whose root is an object
     * @throws ContentException with {@link ContentError#MALFORMED_JSON} naming the line, column and pointer
     */
    static JsonFile parse(
            String pack, String file, byte[] bytes, LoadOptions options, List<ValidationProblem> problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw new ContentException(
                    ContentError.MALFORMED_JSON, where(pack, file, pointerOf(e)) + firstLine(e) + location(e), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ContentException(ContentError.MALFORMED_JSON, where(pack, file, "") + "the file is empty");
        }
        JsonFile f = new JsonFile(pack, file, options, problems, root);
        f.object(root, "");
        return f;
    }

    /** Returns the same file with another pack id for messages (once the manifest's id is known). */
    JsonFile renamed(String newPack) {
        return new JsonFile(newPack, file, options, problems, root);
    }

    static String where(String pack, String file, String pointer) {
        return "pack '" + pack + "' " + file + (pointer.isEmpty() ? "" : " " + pointer) + ": ";
    }

    private static String pointerOf(JacksonException e) {
        if (e instanceof StreamReadException sre) {
            JsonParser p = sre.processor();
            if (p != null && p.streamReadContext() != null) {
                return p.streamReadContext().pathAsPointer().toString();
            }
        }
        return "";
    }

    private static String firstLine(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "malformed JSON";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String location(JacksonException e) {
        TokenStreamLocation l = e.getLocation();
        if (l == null || l.getLineNr() < 1) {
            return "";
        }
        return String.format(Locale.ROOT, " (line %d, column %d)", l.getLineNr(), l.getColumnNr());
    }

    /** Returns a pointer one level down, escaping the name as RFC 6901 says. */
    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** Returns a pointer one level down into an array. */
    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    ContentException structural(String pointer, String message) {
        return new ContentException(ContentError.INVALID_STRUCTURE, where(pack, file, pointer) + message);
    }

    ContentException limit(String pointer, String message) {
        return new ContentException(ContentError.LIMIT_EXCEEDED, where(pack, file, pointer) + message);
    }

    void problem(ProblemKind kind, String pointer, String message) {
        problems.add(ValidationProblem.builder()
                .pack(pack)
                .file(file)
                .pointer(pointer)
                .kind(kind)
                .severity(ValidationProblem.Severity.ERROR)
                .message(message)
                .build());
    }

    private static String describe(JsonNode n) {
        return switch (n.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> n.isIntegralNumber() ? "a whole number" : "a number with a fraction";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "a " + n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    ObjectNode object(JsonNode n, String pointer) {
        if (!n.isObject()) {
            throw structural(pointer, "expected an object, found " + describe(n));
        }
        ObjectNode o = (ObjectNode) n;
        if (o.size() > options.maxEntries()) {
            throw limit(
                    pointer,
                    "has " + o.size() + " properties (at most " + options.maxEntries()
                            + " allowed by LoadOptions.maxEntries)");
        }
        return o;
    }

    /**
     * Checks that an object has only the given properties (and {@code $schema} at the root). An unknown
     * property is an error, or a warning when leniency was asked for.
     */
    void allowOnly(ObjectNode o, String pointer, String... names) {
        Set<String> allowed = new TreeSet<>(Arrays.asList(names));
        if (pointer.isEmpty()) {
            allowed.add(SCHEMA_PROPERTY);
        }
        for (String name : o.propertyNames()) {
            if (!allowed.contains(name)) {
                String message = "unknown property '" + Syntax.abbreviate(name) + "' (allowed: "
                        + String.join(", ", allowed) + ")";
                if (!options.lenient()) {
                    throw structural(child(pointer, name), message);
                }
                problems.add(ValidationProblem.builder()
                        .pack(pack)
                        .file(file)
                        .pointer(child(pointer, name))
                        .kind(ProblemKind.UNKNOWN_PROPERTY)
                        .severity(ValidationProblem.Severity.WARNING)
                        .message(message + "; ignored")
                        .build());
            }
        }
        if (pointer.isEmpty() && o.has(SCHEMA_PROPERTY)) {
            string(o, pointer, SCHEMA_PROPERTY);
        }
    }

    JsonNode required(ObjectNode o, String pointer, String name) {
        JsonNode n = o.get(name);
        if (n == null) {
            throw structural(pointer, "required property '" + name + "' is missing");
        }
        return n;
    }

    String string(ObjectNode o, String pointer, String name) {
        return text(required(o, pointer, name), child(pointer, name));
    }

    Optional<String> optionalString(ObjectNode o, String pointer, String name) {
        JsonNode n = o.get(name);
        return n == null ? Optional.empty() : Optional.of(text(n, child(pointer, name)));
    }

    String text(JsonNode n, String pointer) {
        if (!n.isString()) {
            throw structural(pointer, "expected a string, found " + describe(n));
        }
        String s = n.stringValue();
        if (s.length() > options.maxTextLength()) {
            throw limit(
                    pointer,
                    "is " + s.length() + " characters long (at most " + options.maxTextLength()
                            + " allowed by LoadOptions.maxTextLength)");
        }
        return s;
    }

    int integer(ObjectNode o, String pointer, String name) {
        return wholeNumber(required(o, pointer, name), child(pointer, name));
    }

    int wholeNumber(JsonNode n, String pointer) {
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw structural(
                    pointer,
                    "expected a whole number, found " + describe(n)
                            + (n.isIntegralNumber() ? " outside the int range" : ""));
        }
        return n.intValue();
    }

    double number(JsonNode n, String pointer) {
        if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
            throw structural(pointer, "expected a number, found " + describe(n));
        }
        return n.doubleValue();
    }

    ArrayNode array(ObjectNode o, String pointer, String name) {
        return array(required(o, pointer, name), child(pointer, name));
    }

    Optional<ArrayNode> optionalArray(ObjectNode o, String pointer, String name) {
        JsonNode n = o.get(name);
        return n == null ? Optional.empty() : Optional.of(array(n, child(pointer, name)));
    }

    ArrayNode array(JsonNode n, String pointer) {
        if (!n.isArray()) {
            throw structural(pointer, "expected an array, found " + describe(n));
        }
        if (n.size() > options.maxEntries()) {
            throw limit(
                    pointer,
                    "has " + n.size() + " entries (at most " + options.maxEntries()
                            + " allowed by LoadOptions.maxEntries)");
        }
        return (ArrayNode) n;
    }

    List<String> strings(ArrayNode a, String pointer) {
        List<String> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(text(a.get(i), child(pointer, i)));
        }
        return out;
    }

    /** Returns the object's properties in document order. */
    static List<Map.Entry<String, JsonNode>> properties(ObjectNode o) {
        return new ArrayList<>(o.properties());
    }

    /**
     * Finds the constant of an enum whose name is exactly the code.
     *
     * @return the constant, or empty when none matches (codes are case-sensitive in the format)
     */
    static <E extends Enum<E>> Optional<E> code(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E>> String allowed(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        return String.join(", ", names);
    }
}

package dev.intimacy.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.intimacy.model.IntimacyException;
import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the model's types as JSON, in one documented, stable shape: dimension and other
 * codes as strings ({@code "TRUST"}), instants as ISO-8601 strings, identifiers and versions as plain
 * strings, answers as a whole number or {@code "skipped"} / {@code "declined"}.
 *
 * <p>Reading is strict: unknown properties, duplicate keys, trailing tokens, nulls for required fields
 * and numbers where text is expected are errors. Any failure is an {@link InvalidModelException} with
 * {@link ModelError#INVALID_JSON} (or the code of the model rule broken) whose message names the JSON path.
 *
 * <pre>{@code
 * String json = IntimacyJson.write(instrument);
 * Instrument back = IntimacyJson.read(json, Instrument.class);
 * }</pre>
 */
public final class IntimacyJson {

    private static final JsonMapper MAPPER = newMapperBuilder().build();

    private IntimacyJson() {}

    /**
     * Returns a builder for a mapper configured as this class's: strict reading, ISO-8601 instants,
     * bounded input sizes. Applications may add their own settings on top.
     *
     * @return a new builder
     */
    public static JsonMapper.Builder newMapperBuilder() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(1_000_000)
                        .maxNumberLength(100)
                        .maxDocumentLength(50_000_000L)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .changeDefaultPropertyInclusion(incl ->
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
    }

    /** Returns the shared, thread-safe mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes a model value as indented JSON.
     *
     * @param value any model type
     * @return the JSON text
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new InvalidModelException(
                    ModelError.INVALID_JSON,
                    "cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(),
                    e);
        }
    }

    /**
     * Reads a model value from JSON text.
     *
     * @param json the JSON text
     * @param type the model type to read, e.g. {@code Instrument.class}
     * @param <T> the type
     * @return the value
     * @throws InvalidModelException when the JSON is malformed or breaks a rule of the model; the message
     *     names the JSON path
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw translate(type, e);
        }
    }

    /**
     * Turns a Jackson failure into the model's exception, keeping a model rule's own code and naming the
     * JSON path where it happened.
     *
     * @param type the type being read
     * @param e the failure
     * @return the exception to throw
     */
    public static InvalidModelException translate(Class<?> type, JacksonException e) {
        String path = path(e);
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof IntimacyException ie) {
                return new InvalidModelException(
                        ie.errorCode(), "JSON " + type.getSimpleName() + " at " + path + ": " + ie.getMessage(), e);
            }
            if (cause instanceof IllegalStateException
                    && cause.getMessage() != null
                    && cause.getMessage().contains("required attributes are not set")) {
                return new InvalidModelException(
                        ModelError.MISSING_FIELD,
                        "JSON " + type.getSimpleName() + " at " + path + ": " + missingFields(cause.getMessage()),
                        e);
            }
            cause = cause.getCause();
        }
        return new InvalidModelException(
                ModelError.INVALID_JSON,
                "JSON " + type.getSimpleName() + " at " + path + ": " + firstLine(e.getOriginalMessage()),
                e);
    }

    private static String missingFields(String immutablesMessage) {
        int open = immutablesMessage.indexOf('[');
        int close = immutablesMessage.lastIndexOf(']');
        String fields = open >= 0 && close > open ? immutablesMessage.substring(open + 1, close) : immutablesMessage;
        return "required field(s) missing: " + fields;
    }

    private static String path(JacksonException e) {
        List<String> parts = new ArrayList<>();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                parts.add("/" + ref.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                parts.add("/" + ref.getIndex());
            }
        }
        String pointer = String.join("", parts);
        String where = pointer.isEmpty() ? "/" : pointer;
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            where += " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
        }
        return where;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

package dev.intimacy.content;

import static dev.intimacy.content.PackFixture.arrayAt;
import static dev.intimacy.content.PackFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.intimacy.model.json.IntimacyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The published JSON Schemas (draft 2020-12) accept every file of the bundled pack and reject typical mistakes. */
class SchemaTest {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @TempDir
    Path dir;

    static Schema schema(String kind) {
        try (InputStream in =
                ContentPacks.class.getResourceAsStream("/META-INF/intimacy/schema/" + kind + ".schema.json")) {
            assertThat(in).as("schema %s on the class path", kind).isNotNull();
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode schemaNode(String kind) {
        try (InputStream in =
                ContentPacks.class.getResourceAsStream("/META-INF/intimacy/schema/" + kind + ".schema.json")) {
            return IntimacyJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the kind of file, that is the schema that describes it. */
    static String kindOf(String file) {
        if (file.startsWith("instruments/")) {
            return "instrument";
        }
        if (file.startsWith("texts/")) {
            return "texts";
        }
        return file.substring(0, file.length() - ".json".length());
    }

    static Stream<String> bundledFiles() {
        return PackFixture.bundledFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledFiles")
    void every_bundled_file_is_valid_against_its_schema(String file) {
        JsonNode json = new PackFixture.Reader(PackFixture.bundledDir()).read(file);

        List<Error> errors = schema(kindOf(file)).validate(json);

        assertThat(errors).as("schema errors of %s", file).isEmpty();
    }

    @Test
    void the_bundled_pack_has_every_kind_of_file_and_each_kind_has_a_schema() {
        assertThat(bundledFiles().map(SchemaTest::kindOf).distinct())
                .containsExactlyInAnyOrder(
                        "manifest", "instrument", "prompts", "exercises", "interpretations", "texts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest", "instrument", "prompts", "exercises", "interpretations", "texts"})
    void every_schema_is_itself_valid_draft_2020_12(String kind) {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(schemaNode(kind))).isEmpty();
        assertThat(schemaNode(kind).get("$schema").stringValue())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schemaNode(kind).get("$id").stringValue()).endsWith(":" + kind);
    }

    static Arguments mistake(String name, String file, Consumer<ObjectNode> edit, String location) {
        return Arguments.of(name, file, edit, location);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("depth 4", "prompts.json", r -> at(r, "/prompts/3").put("depth", 4), "/prompts/3/depth"),
                mistake(
                        "unknown dimension",
                        "prompts.json",
                        r -> at(r, "/prompts/17").put("dimension", "TRUSTT"),
                        "/prompts/17/dimension"),
                mistake(
                        "eight steps",
                        "exercises.json",
                        r -> {
                            while (arrayAt(r, "/exercises/1/stepKeys").size() < 8) {
                                arrayAt(r, "/exercises/1/stepKeys").add("exercise.extra.step");
                            }
                        },
                        "/exercises/1/stepKeys"),
                mistake(
                        "unknown avoidWhen flag",
                        "exercises.json",
                        r -> at(r, "/exercises/0").putArray("avoidWhen").add("UNSAFE"),
                        "/exercises/0/avoidWhen/0"),
                mistake(
                        "unknown property",
                        "interpretations.json",
                        r -> at(r, "/personal/0").put("colour", "red"),
                        "/personal/0"),
                mistake(
                        "item with both dimension and benefit",
                        "instruments/intimacy-core.json",
                        r -> at(r, "/items/0").put("benefit", "STRESS"),
                        "/items/0"),
                mistake(
                        "blank text",
                        "texts/en.json",
                        r -> at(r, "/texts").put("band.growth", " "),
                        "/texts/band.growth"),
                mistake("no notice", "manifest.json", r -> r.remove("notice"), ""),
                mistake(
                        "path out of the pack",
                        "manifest.json",
                        r -> at(r, "/files").put("prompts", "../prompts.json"),
                        "/files/prompts"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void every_schema_rejects_a_typical_mistake_at_its_location(
            String name, String file, Consumer<ObjectNode> edit, String location) {
        PackFixture pack = PackFixture.copyOfBundled(dir).edit(file, edit);

        List<Error> errors = schema(kindOf(file)).validate(pack.read(file));

        assertThat(errors).as(name).isNotEmpty();
        assertThat(errors)
                .extracting(e -> e.getInstanceLocation().toString())
                .as(name)
                .contains(location);
    }
}

package dev.intimacy.content;

import static dev.intimacy.content.PackFixture.arrayAt;
import static dev.intimacy.content.PackFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;

/**
 * One row per malformed pack: a copy of the bundled pack with one file changed. A readable but invalid pack
 * is reported with the problem's kind, file and JSON pointer; an unreadable one throws naming file and pointer.
 */
class MalformedPackTest {

    @TempDir
    Path dir;

    interface Mutation {
        void apply(PackFixture pack);
    }

    static Arguments problem(
            String name,
            Mutation mutation,
            int errors,
            ProblemKind kind,
            String file,
            String pointer,
            String... parts) {
        return Arguments.of(name, mutation, errors, kind, file, pointer, parts);
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                problem(
                        "unknown dimension in a prompt",
                        p -> p.edit("prompts.json", r -> at(r, "/prompts/17").put("dimension", "TRUSTT")),
                        1,
                        ProblemKind.UNKNOWN_DIMENSION,
                        "prompts.json",
                        "/prompts/17/dimension",
                        "unknown dimension 'TRUSTT'",
                        "expected one of DISCLOSURE, TRUST, VULNERABILITY, COMMUNICATION, EMPATHY, NURTURING"),
                problem(
                        "lower-case dimension code",
                        p -> p.edit("exercises.json", r -> at(r, "/exercises/3").put("dimension", "trust")),
                        1,
                        ProblemKind.UNKNOWN_DIMENSION,
                        "exercises.json",
                        "/exercises/3/dimension",
                        "'trust'"),
                problem(
                        "duplicate prompt id",
                        p -> p.edit("prompts.json", r -> at(r, "/prompts/5").put("id", "pr-dis-01")),
                        1,
                        ProblemKind.DUPLICATE_ID,
                        "prompts.json",
                        "/prompts/5/id",
                        "content id 'pr-dis-01' is already used at prompts.json /prompts/0/id"),
                problem(
                        "an exercise reusing a prompt's id",
                        p -> p.edit("exercises.json", r -> at(r, "/exercises/0").put("id", "pr-tru-01")),
                        1,
                        ProblemKind.DUPLICATE_ID,
                        "exercises.json",
                        "/exercises/0/id",
                        "'pr-tru-01'",
                        "share one set of ids"),
                problem(
                        "content id with upper case and underscores",
                        p -> p.edit("prompts.json", r -> at(r, "/prompts/0").put("id", "PR_DIS_01")),
                        1,
                        ProblemKind.INVALID_ID,
                        "prompts.json",
                        "/prompts/0/id",
                        "'PR_DIS_01'",
                        "lower-case"),
                problem(
                        "depth 4",
                        p -> p.edit("prompts.json", r -> at(r, "/prompts/3").put("depth", 4)),
                        1,
                        ProblemKind.DEPTH_OUT_OF_RANGE,
                        "prompts.json",
                        "/prompts/3/depth",
                        "depth 4 is outside 1..3"),
                problem(
                        "depth 0",
                        p -> p.edit("prompts.json", r -> at(r, "/prompts/40").put("depth", 0)),
                        1,
                        ProblemKind.DEPTH_OUT_OF_RANGE,
                        "prompts.json",
                        "/prompts/40/depth",
                        "depth 0"),
                problem(
                        "unknown prompt tag",
                        p -> p.edit(
                                "prompts.json",
                                r -> at(r, "/prompts/0").putArray("tags").add("gossip")),
                        1,
                        ProblemKind.UNKNOWN_TAG,
                        "prompts.json",
                        "/prompts/0/tags/0",
                        "unknown tag 'gossip'",
                        "everyday"),
                problem(
                        "text key with spaces",
                        p -> p.edit("prompts.json", r -> at(r, "/prompts/0").put("followUpKey", "Prompt Follow")),
                        1,
                        ProblemKind.INVALID_KEY,
                        "prompts.json",
                        "/prompts/0/followUpKey",
                        "'Prompt Follow'",
                        "not allowed"),
                problem(
                        "exercise with two steps",
                        p -> p.edit("exercises.json", r -> {
                            ArrayNode steps = arrayAt(r, "/exercises/2/stepKeys");
                            while (steps.size() > 2) {
                                steps.remove(steps.size() - 1);
                            }
                        }),
                        1,
                        ProblemKind.STEPS_OUT_OF_RANGE,
                        "exercises.json",
                        "/exercises/2/stepKeys",
                        "has 2 steps",
                        "3 to 7"),
                problem(
                        "exercise with eight steps",
                        p -> p.edit("exercises.json", r -> {
                            ArrayNode steps = arrayAt(r, "/exercises/1/stepKeys");
                            while (steps.size() < 8) {
                                steps.add(steps.get(0).stringValue());
                            }
                        }),
                        1,
                        ProblemKind.STEPS_OUT_OF_RANGE,
                        "exercises.json",
                        "/exercises/1/stepKeys",
                        "has 8 steps"),
                problem(
                        "exercise without steps",
                        p -> p.edit("exercises.json", r -> at(r, "/exercises/6").putArray("stepKeys")),
                        1,
                        ProblemKind.STEPS_OUT_OF_RANGE,
                        "exercises.json",
                        "/exercises/6/stepKeys",
                        "has 0 steps"),
                problem(
                        "exercise of 0 minutes",
                        p -> p.edit("exercises.json", r -> at(r, "/exercises/7").put("minutes", 0)),
                        1,
                        ProblemKind.MINUTES_OUT_OF_RANGE,
                        "exercises.json",
                        "/exercises/7/minutes",
                        "minutes 0 is outside 5..120"),
                problem(
                        "exercise of 500 minutes",
                        p -> p.edit("exercises.json", r -> at(r, "/exercises/8").put("minutes", 500)),
                        1,
                        ProblemKind.MINUTES_OUT_OF_RANGE,
                        "exercises.json",
                        "/exercises/8/minutes",
                        "minutes 500"),
                problem(
                        "unknown exercise mode",
                        p -> p.edit("exercises.json", r -> at(r, "/exercises/9").put("mode", "GROUP")),
                        1,
                        ProblemKind.UNKNOWN_CODE,
                        "exercises.json",
                        "/exercises/9/mode",
                        "unknown exercise mode 'GROUP'",
                        "ALONE, TOGETHER"),
                problem(
                        "unknown avoidWhen flag",
                        p -> p.edit(
                                "exercises.json",
                                r -> at(r, "/exercises/0").putArray("avoidWhen").add("UNSAFE")),
                        1,
                        ProblemKind.UNKNOWN_AVOID_FLAG,
                        "exercises.json",
                        "/exercises/0/avoidWhen/0",
                        "unknown avoidWhen flag 'UNSAFE'",
                        "SAFETY_CONCERN, HIGH_CONFLICT"),
                problem(
                        "a used key missing from one locale",
                        p -> p.edit("texts/es.json", r -> at(r, "/texts").remove("prompt.pr-dis-01")),
                        1,
                        ProblemKind.MISSING_TEXT,
                        "prompts.json",
                        "/prompts/0/textKey",
                        "text key 'prompt.pr-dis-01' has no text in locale 'es' (texts/es.json)"),
                problem(
                        "a key present in one locale but not another",
                        p -> p.edit("texts/es.json", r -> at(r, "/texts").remove("band.growth")),
                        1,
                        ProblemKind.MISSING_TRANSLATION,
                        "texts/en.json",
                        "/texts/band.growth",
                        "has a text in locale 'en' but none in locale 'es'"),
                problem(
                        "a key used but absent from every locale",
                        p -> p.edit("prompts.json", r -> at(r, "/prompts/2").put("textKey", "prompt.nowhere")),
                        2,
                        ProblemKind.MISSING_TEXT,
                        "prompts.json",
                        "/prompts/2/textKey",
                        "text key 'prompt.nowhere' has no text in locale 'en'"),
                problem(
                        "two keys with the same text",
                        p -> p.edit(
                                "texts/es.json",
                                r -> at(r, "/texts")
                                        .put(
                                                "prompt.pr-dis-02",
                                                at(r, "/texts")
                                                        .get("prompt.pr-dis-01")
                                                        .stringValue())),
                        1,
                        ProblemKind.DUPLICATE_TEXT,
                        "texts/es.json",
                        "/texts/prompt.pr-dis-02",
                        "same as the text of 'prompt.pr-dis-01' in locale 'es'"),
                problem(
                        "a blank text",
                        p -> p.edit("texts/en.json", r -> at(r, "/texts").put("prompt.pr-dis-01", "   ")),
                        1,
                        ProblemKind.EMPTY_TEXT,
                        "texts/en.json",
                        "/texts/prompt.pr-dis-01",
                        "is blank"),
                problem(
                        "a translation that drops a placeholder",
                        p -> p.edit("texts/es.json", r -> at(r, "/texts").put("exercise.minutes", "minutos")),
                        1,
                        ProblemKind.PLACEHOLDER_MISMATCH,
                        "texts/es.json",
                        "/texts/exercise.minutes",
                        "has placeholders none but in 'en' it has {0}"),
                problem(
                        "a texts file that names another locale",
                        p -> p.edit("texts/es.json", r -> r.put("locale", "en")),
                        1,
                        ProblemKind.LOCALE_MISMATCH,
                        "texts/es.json",
                        "/locale",
                        "says locale 'en' but the manifest files it under 'es'"),
                problem(
                        "a regional locale with a key its language lacks",
                        p -> {
                            p.edit("manifest.json", r -> {
                                arrayAt(r, "/locales").add("es-MX");
                                at(r, "/files/texts").put("es-MX", "texts/es-MX.json");
                            });
                            p.write(
                                    "texts/es-MX.json",
                                    "{\"locale\": \"es-MX\", \"texts\": {\"prompt.pr-dis-01\": \"¿Qué fue lo mejor de tu"
                                            + " día, güey?\", \"slang.only-here\": \"¡Órale!\"}}");
                        },
                        1,
                        ProblemKind.ORPHAN_TEXT,
                        "texts/es-MX.json",
                        "/texts/slang.only-here",
                        "regional locale 'es-MX' has no text in 'es'"),
                problem(
                        "a default locale the pack does not declare",
                        p -> p.edit("manifest.json", r -> r.put("defaultLocale", "fr")),
                        1,
                        ProblemKind.INVALID_MANIFEST,
                        "manifest.json",
                        "/defaultLocale",
                        "default locale 'fr' is not one of the pack's locales [en, es]"),
                problem(
                        "a declared locale without texts",
                        p -> p.edit("manifest.json", r -> arrayAt(r, "/locales").add("fr")),
                        1,
                        ProblemKind.INVALID_MANIFEST,
                        "manifest.json",
                        "/locales/2",
                        "locale 'fr' has no texts file"),
                problem(
                        "a safety item naming an unknown instrument",
                        p -> p.edit(
                                "interpretations.json",
                                r -> at(r, "/safetyItems/0").put("instrument", "intimacy-other")),
                        1,
                        ProblemKind.UNKNOWN_REFERENCE,
                        "interpretations.json",
                        "/safetyItems/0/instrument",
                        "names instrument 'intimacy-other', which the pack does not have"),
                problem(
                        "a safety item naming an unknown item",
                        p -> p.edit(
                                "interpretations.json",
                                r -> at(r, "/safetyItems/1").put("item", "TRU-99")),
                        1,
                        ProblemKind.UNKNOWN_REFERENCE,
                        "interpretations.json",
                        "/safetyItems/1/item",
                        "names item 'TRU-99', which instrument intimacy-core@1.0.0 does not have"),
                problem(
                        "a safety threshold at the top of the scale",
                        p -> p.edit(
                                "interpretations.json",
                                r -> at(r, "/safetyItems/0").put("concernAtOrBelow", 5)),
                        1,
                        ProblemKind.THRESHOLD_OUT_OF_RANGE,
                        "interpretations.json",
                        "/safetyItems/0/concernAtOrBelow",
                        "concernAtOrBelow 5 is not a point of the scale 1..5 below its max (allowed: 1..4)"),
                problem(
                        "the same safety item twice",
                        p -> p.edit(
                                "interpretations.json",
                                r -> at(r, "/safetyItems/1").put("item", "TRU-05")),
                        1,
                        ProblemKind.DUPLICATE_ENTRY,
                        "interpretations.json",
                        "/safetyItems/1",
                        "safety entry for item TRU-05 of intimacy-core is already given at interpretations.json"
                                + " /safetyItems/0"),
                problem(
                        "a keyed instrument whose scale has no labels",
                        p -> p.edit(
                                "instruments/intimacy-pulse.json",
                                r -> at(r, "/scale").remove("labels")),
                        1,
                        ProblemKind.SCALE_WITHOUT_LABELS,
                        "instruments/intimacy-pulse.json",
                        "/scale",
                        "intimacy-pulse@1.0.0 has keyed items but its scale 1..5 has no labels"),
                problem(
                        "a scale without a label for its midpoint",
                        p -> p.edit(
                                "instruments/intimacy-core.json",
                                r -> at(r, "/scale/labels").remove("3")),
                        1,
                        ProblemKind.SCALE_WITHOUT_LABELS,
                        "instruments/intimacy-core.json",
                        "/scale/labels",
                        "no label for point [3]"),
                problem(
                        "a scale label outside the scale",
                        p -> p.edit(
                                "instruments/intimacy-pulse.json",
                                r -> at(r, "/scale/labels").put("6", "scale.agreement.5")),
                        1,
                        ProblemKind.INVALID_SCALE,
                        "instruments/intimacy-pulse.json",
                        "/scale/labels/6",
                        "not a point of the scale 1..5"),
                problem(
                        "an item with both a dimension and a benefit",
                        p -> p.edit(
                                "instruments/intimacy-core.json",
                                r -> at(r, "/items/0").put("benefit", "STRESS")),
                        1,
                        ProblemKind.INVALID_ITEM,
                        "instruments/intimacy-core.json",
                        "/items/0",
                        "needs exactly one of 'dimension' or 'benefit' (has both)"),
                problem(
                        "an unknown keying",
                        p -> p.edit(
                                "instruments/intimacy-core.json",
                                r -> at(r, "/items/3").put("keying", "BACKWARDS")),
                        1,
                        ProblemKind.UNKNOWN_CODE,
                        "instruments/intimacy-core.json",
                        "/items/3/keying",
                        "unknown keying 'BACKWARDS' (expected one of POSITIVE, REVERSE)"),
                problem(
                        "a duplicate item id",
                        p -> p.edit(
                                "instruments/intimacy-core.json",
                                r -> at(r, "/items/1").put("id", "DIS-01")),
                        1,
                        ProblemKind.DUPLICATE_ID,
                        "instruments/intimacy-core.json",
                        "/items/1/id",
                        "item id 'DIS-01' is used twice"),
                problem(
                        "two instruments with one id",
                        p -> p.edit("instruments/intimacy-pulse.json", r -> r.put("id", "intimacy-core")),
                        1,
                        ProblemKind.DUPLICATE_ID,
                        "instruments/intimacy-pulse.json",
                        "/id",
                        "instrument id 'intimacy-core' is already used at instruments/intimacy-core.json /id"),
                problem(
                        "an instrument with items outside what it covers",
                        p -> p.edit(
                                "instruments/intimacy-pulse.json",
                                r -> r.putArray("covers").add("TRUST")),
                        1,
                        ProblemKind.INVALID_INSTRUMENT,
                        "instruments/intimacy-pulse.json",
                        "",
                        "item P-DIS measures DISCLOSURE, which the instrument does not cover"),
                problem(
                        "an instrument version that is not semantic",
                        p -> p.edit("instruments/intimacy-pulse.json", r -> r.put("version", "v1")),
                        1,
                        ProblemKind.INVALID_VERSION,
                        "instruments/intimacy-pulse.json",
                        "/version",
                        "'v1' is not a semantic version"),
                problem(
                        "two personal interpretations for one pair",
                        p -> p.edit(
                                "interpretations.json",
                                r -> at(r, "/personal/1").put("band", "GROWTH")),
                        2,
                        ProblemKind.DUPLICATE_ENTRY,
                        "interpretations.json",
                        "/personal/1",
                        "personal interpretation of DISCLOSURE in band GROWTH is already given at"
                                + " interpretations.json /personal/0"),
                problem(
                        "a missing personal interpretation",
                        p -> p.edit(
                                "interpretations.json",
                                r -> arrayAt(r, "/personal").remove(4)),
                        1,
                        ProblemKind.MISSING_ENTRY,
                        "interpretations.json",
                        "/personal",
                        "no personal interpretation of TRUST in band DEVELOPING"),
                problem(
                        "an unknown band",
                        p -> p.edit(
                                "interpretations.json",
                                r -> at(r, "/personal/0").put("band", "WEAK")),
                        2,
                        ProblemKind.UNKNOWN_CODE,
                        "interpretations.json",
                        "/personal/0/band",
                        "unknown band 'WEAK' (expected one of GROWTH, DEVELOPING, STRENGTH)"),
                problem(
                        "an unknown couple pattern",
                        p -> p.edit(
                                "interpretations.json", r -> at(r, "/couple/0").put("pattern", "OPPOSITE")),
                        2,
                        ProblemKind.UNKNOWN_CODE,
                        "interpretations.json",
                        "/couple/0/pattern",
                        "unknown couple pattern 'OPPOSITE'",
                        "SHARED_STRENGTH, SHARED_GROWTH, DISCREPANT, MIXED"),
                problem(
                        "no care note for the safety trigger",
                        p -> p.edit(
                                "interpretations.json",
                                r -> arrayAt(r, "/careNotes").remove(2)),
                        1,
                        ProblemKind.MISSING_ENTRY,
                        "interpretations.json",
                        "/careNotes",
                        "no care note for trigger SAFETY_ITEM"),
                problem(
                        "an unknown care-note trigger",
                        p -> p.edit(
                                "interpretations.json",
                                r -> at(r, "/careNotes/0").put("trigger", "LOW")),
                        2,
                        ProblemKind.UNKNOWN_CODE,
                        "interpretations.json",
                        "/careNotes/0/trigger",
                        "unknown care-note trigger 'LOW' (expected one of TRUST_LOW, COMPOSITE_LOW, SAFETY_ITEM)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void a_readable_but_invalid_pack_reports_the_problem_with_its_file_and_pointer(
            String name, Mutation mutation, int errors, ProblemKind kind, String file, String pointer, String[] parts) {
        PackFixture pack = PackFixture.copyOfBundled(dir);
        mutation.apply(pack);

        ValidationReport report = ContentValidator.check(dir);

        assertThat(report.isValid()).isFalse();
        assertThat(report.errors())
                .as("errors of '%s': %s", name, report.errors())
                .hasSize(errors);
        assertThat(report.errors()).as("errors of '%s'", name).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.pack()).isEqualTo("core");
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.pointer()).isEqualTo(pointer);
            assertThat(p.message()).contains(parts);
            assertThat(p.toString())
                    .startsWith("pack 'core' " + file + (pointer.isEmpty() ? ":" : " " + pointer + ": "));
        });
        // Loading validates by default and throws, listing the same problems.
        assertThatThrownBy(() -> ContentPacks.load(dir)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.error()).isEqualTo(ContentError.INVALID_PACK);
            assertThat(e.code()).isEqualTo("CONTENT_INVALID_PACK");
            assertThat(e.problems()).isEqualTo(report.errors());
            assertThat(e.getMessage()).contains("pack 'core' is invalid").contains(parts);
        });
    }

    static Arguments unreadable(
            String name, Mutation mutation, LoadOptions options, ContentError error, String... parts) {
        return Arguments.of(name, mutation, options, error, parts);
    }

    static Stream<Arguments> unreadables() {
        LoadOptions defaults = LoadOptions.defaults();
        return Stream.of(
                unreadable(
                        "truncated JSON",
                        p -> p.write("prompts.json", "{\"prompts\": [ {\"id\": \"pr-dis-01\""),
                        defaults,
                        ContentError.MALFORMED_JSON,
                        "pack 'core' prompts.json /prompts/0/id:",
                        "line 1"),
                unreadable(
                        "a duplicate key",
                        p -> p.write(
                                "texts/es.json",
                                p.text("texts/es.json")
                                        .replaceFirst("\"texts\": \\{", "\"texts\": {\"band.growth\": \"x\",")),
                        defaults,
                        ContentError.MALFORMED_JSON,
                        "pack 'core' texts/es.json /texts/band.growth:",
                        "Duplicate",
                        "band.growth"),
                unreadable(
                        "trailing content",
                        p -> p.write("exercises.json", p.text("exercises.json") + " {}"),
                        defaults,
                        ContentError.MALFORMED_JSON,
                        "pack 'core' exercises.json",
                        "Trailing token"),
                unreadable(
                        "an empty file",
                        p -> p.write("interpretations.json", ""),
                        defaults,
                        ContentError.MALFORMED_JSON,
                        "pack 'core' interpretations.json: the file is empty"),
                unreadable(
                        "a string where a whole number belongs",
                        p -> p.edit("prompts.json", r -> at(r, "/prompts/3").put("depth", "three")),
                        defaults,
                        ContentError.INVALID_STRUCTURE,
                        "pack 'core' prompts.json /prompts/3/depth: expected a whole number, found a string"),
                unreadable(
                        "a fraction where a whole number belongs",
                        p -> p.edit("prompts.json", r -> at(r, "/prompts/3").put("depth", 1.5)),
                        defaults,
                        ContentError.INVALID_STRUCTURE,
                        "/prompts/3/depth: expected a whole number, found a number with a fraction"),
                unreadable(
                        "null for a text key",
                        p -> p.edit("prompts.json", r -> at(r, "/prompts/1").putNull("followUpKey")),
                        defaults,
                        ContentError.INVALID_STRUCTURE,
                        "/prompts/1/followUpKey: expected a string, found null"),
                unreadable(
                        "a missing required property",
                        p -> p.edit("exercises.json", r -> at(r, "/exercises/1").remove("goalKey")),
                        defaults,
                        ContentError.INVALID_STRUCTURE,
                        "pack 'core' exercises.json /exercises/1: required property 'goalKey' is missing"),
                unreadable(
                        "an unknown property",
                        p -> p.edit("prompts.json", r -> at(r, "/prompts/0").put("colour", "red")),
                        defaults,
                        ContentError.INVALID_STRUCTURE,
                        "pack 'core' prompts.json /prompts/0/colour: unknown property 'colour'",
                        "allowed: depth, dimension, followUpKey, id, tags, textKey"),
                unreadable(
                        "an object where an array belongs",
                        p -> p.edit("prompts.json", r -> r.putObject("prompts")),
                        defaults,
                        ContentError.INVALID_STRUCTURE,
                        "prompts.json /prompts: expected an array, found an object"),
                unreadable(
                        "a manifest naming a file that does not exist",
                        p -> p.edit("manifest.json", r -> at(r, "/files").put("prompts", "nope.json")),
                        defaults,
                        ContentError.MISSING_FILE,
                        "'nope.json' does not exist"),
                unreadable(
                        "a manifest naming a file outside the pack",
                        p -> p.edit("manifest.json", r -> at(r, "/files").put("prompts", "../prompts.json")),
                        defaults,
                        ContentError.UNSAFE_PATH,
                        "manifest.json /files:",
                        "'../prompts.json' is not a plain relative path"),
                unreadable(
                        "a manifest naming an absolute path",
                        p -> p.edit("manifest.json", r -> at(r, "/files").put("exercises", "/etc/exercises.json")),
                        defaults,
                        ContentError.UNSAFE_PATH,
                        "'/etc/exercises.json'"),
                unreadable(
                        "no manifest",
                        p -> p.write("manifest.json", "{}").edit("manifest.json", r -> r.put("id", "core")),
                        defaults,
                        ContentError.INVALID_STRUCTURE,
                        "pack 'core' manifest.json: required property 'version' is missing"),
                unreadable(
                        "a pack id with upper case",
                        p -> p.edit("manifest.json", r -> r.put("id", "Core")),
                        defaults,
                        ContentError.INVALID_STRUCTURE,
                        "manifest.json /id: pack id 'Core' has a character that is not allowed"),
                unreadable(
                        "a locale tag in upper case",
                        p -> p.edit("manifest.json", r -> arrayAt(r, "/locales").set(0, "EN")),
                        defaults,
                        ContentError.INVALID_STRUCTURE,
                        "manifest.json /locales/0: 'EN' is not a locale tag"),
                unreadable(
                        "a file over the size limit",
                        p -> {},
                        LoadOptions.builder().maxDocumentBytes(20_000).build(),
                        ContentError.LIMIT_EXCEEDED,
                        "larger than 20000 bytes"),
                unreadable(
                        "an array over the entries limit",
                        p -> {},
                        LoadOptions.builder().maxEntries(100).build(),
                        ContentError.LIMIT_EXCEEDED,
                        "prompts.json /prompts: has 180 entries (at most 100 allowed by LoadOptions.maxEntries)"),
                unreadable(
                        "a text over the length limit",
                        p -> {},
                        LoadOptions.builder().maxTextLength(200).build(),
                        ContentError.LIMIT_EXCEEDED,
                        "characters long (at most 200 allowed by LoadOptions.maxTextLength)"),
                unreadable(
                        "a pack over the total size limit",
                        p -> {},
                        LoadOptions.builder().maxPackBytes(100_000).build(),
                        ContentError.LIMIT_EXCEEDED,
                        "files add up to more than 100000 bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadables")
    void an_unreadable_pack_throws_naming_the_file_and_pointer(
            String name, Mutation mutation, LoadOptions options, ContentError error, String[] parts) {
        PackFixture pack = PackFixture.copyOfBundled(dir);
        mutation.apply(pack);

        assertThatThrownBy(() -> ContentPacks.load(dir, options))
                .as(name)
                .isInstanceOfSatisfying(ContentException.class, e -> {
                    assertThat(e.error()).isEqualTo(error);
                    assertThat(e.getMessage()).contains(parts);
                    assertThat(e.problems()).isEmpty();
                });
    }

    @org.junit.jupiter.api.Test
    void there_are_at_least_twenty_five_malformed_packs_in_the_tables() {
        List<Arguments> all =
                Arrays.asList(Stream.concat(problems(), unreadables()).toArray(Arguments[]::new));

        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
    }

    @org.junit.jupiter.api.Test
    void an_unknown_property_is_a_warning_when_leniency_is_asked_for() {
        PackFixture pack = PackFixture.copyOfBundled(dir);
        pack.edit("prompts.json", r -> at(r, "/prompts/0").put("colour", "red"));
        pack.edit("manifest.json", r -> r.put("homepage", "https://example.org"));

        ContentPack loaded =
                ContentPacks.load(dir, LoadOptions.builder().lenient(true).build());
        ValidationReport report = loaded.validate();

        assertThat(report.isValid()).isTrue();
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings())
                .extracting(ValidationProblem::file, ValidationProblem::pointer, ValidationProblem::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("manifest.json", "/homepage", ProblemKind.UNKNOWN_PROPERTY),
                        org.assertj.core.groups.Tuple.tuple(
                                "prompts.json", "/prompts/0/colour", ProblemKind.UNKNOWN_PROPERTY));
        assertThat(report.warnings().get(1).toString()).contains("warning: unknown property 'colour'");
        assertThat(loaded.prompts()).hasSize(180);
    }

    @org.junit.jupiter.api.Test
    void a_pack_loaded_without_validation_leaves_out_the_entries_that_have_problems() {
        PackFixture pack = PackFixture.copyOfBundled(dir);
        pack.edit("prompts.json", r -> {
            at(r, "/prompts/17").put("dimension", "TRUSTT");
            at(r, "/prompts/18").put("depth", 7);
        });

        ContentPack loaded =
                ContentPacks.load(dir, LoadOptions.builder().validate(false).build());

        assertThat(loaded.prompts()).hasSize(178);
        assertThat(loaded.validate().errors())
                .extracting(ValidationProblem::pointer)
                .containsExactly("/prompts/17/dimension", "/prompts/18/depth");
    }

    @org.junit.jupiter.api.Test
    void a_schema_property_is_allowed_at_the_root_of_every_file() {
        PackFixture pack = PackFixture.copyOfBundled(dir);
        for (String file : PackFixture.bundledFiles()) {
            pack.edit(file, r -> r.put("$schema", "https://example.org/whatever.schema.json"));
        }

        assertThat(ContentPacks.load(dir).validate().problems()).isEmpty();
    }
}

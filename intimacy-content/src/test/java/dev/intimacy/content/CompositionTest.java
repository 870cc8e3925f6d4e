package dev.intimacy.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An add-on composed onto the bundled pack: what it may add, and the conflicts it may not cause. */
class CompositionTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

    private final ContentPack core = ContentPacks.bundled();

    @TempDir
    Path dir;

    private static String json(Map<String, String> texts) {
        StringBuilder sb = new StringBuilder();
        texts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",\n")
                .append("    \"")
                .append(k)
                .append("\": \"")
                .append(v.replace("\\", "\\\\").replace("\"", "\\\""))
                .append('"'));
        return sb.toString();
    }

    private static void write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String manifest(String id, List<String> locales, String files) {
        return "{\"id\": \"" + id + "\", \"version\": \"0.1.0\", \"titleKey\": \"pack." + id + ".title\","
                + " \"descriptionKey\": \"pack." + id + ".description\", \"licence\": \"CC-BY-4.0\","
                + " \"authors\": [\"A test\"], \"notice\": \"Not validated; not a diagnostic tool.\","
                + " \"locales\": " + locales.stream().map(l -> "\"" + l + "\"").toList() + ", \"defaultLocale\": \""
                + locales.get(0) + "\", \"extends\": \"core\", \"files\": {" + files + "}}";
    }

    private static String texts(String locale, Map<String, String> texts) {
        return "{\"locale\": \"" + locale + "\", \"texts\": {\n" + json(texts) + "\n}}";
    }

    /** Two new trust prompts, texts in en and es. */
    private Path promptsAddOn(String id, String promptPrefix) throws Exception {
        Path d = dir.resolve(id);
        write(
                d.resolve("manifest.json"),
                manifest(
                        id,
                        List.of("en", "es"),
                        "\"prompts\": \"prompts.json\", \"texts\": {\"en\": \"texts/en.json\", \"es\": \"texts/es.json\"}"));
        write(
                d.resolve("prompts.json"),
                "{\"prompts\": ["
                        + "{\"id\": \"" + promptPrefix
                        + "-01\", \"dimension\": \"TRUST\", \"depth\": 1, \"textKey\": \"prompt."
                        + promptPrefix + "-01\"},"
                        + "{\"id\": \"" + promptPrefix
                        + "-02\", \"dimension\": \"TRUST\", \"depth\": 2, \"textKey\": \"prompt."
                        + promptPrefix + "-02\", \"tags\": [\"everyday\"]}]}");
        Map<String, String> en = new LinkedHashMap<>();
        en.put("pack." + id + ".title", "Extra trust prompts " + id);
        en.put("pack." + id + ".description", "Two more prompts about trust " + id + ".");
        en.put("prompt." + promptPrefix + "-01", "When did you last feel completely at ease with me? (" + id + ")");
        en.put("prompt." + promptPrefix + "-02", "What helps you trust a promise I make? (" + id + ")");
        Map<String, String> es = new LinkedHashMap<>();
        es.put("pack." + id + ".title", "Más preguntas de confianza " + id);
        es.put("pack." + id + ".description", "Dos preguntas más sobre la confianza " + id + ".");
        es.put("prompt." + promptPrefix + "-01", "¿Cuándo te sentiste en calma conmigo por última vez? (" + id + ")");
        es.put("prompt." + promptPrefix + "-02", "¿Qué te ayuda a confiar en una promesa mía? (" + id + ")");
        write(d.resolve("texts/en.json"), texts("en", en));
        write(d.resolve("texts/es.json"), texts("es", es));
        return d;
    }

    /** A full French translation of every key of core, and of its own title and description. */
    private Path frenchAddOn() throws Exception {
        Path d = dir.resolve("fr");
        write(
                d.resolve("manifest.json"),
                manifest(
                        "core-fr",
                        List.of("fr", "en", "es"),
                        "\"texts\": {\"fr\": \"texts/fr.json\", \"en\": \"texts/en.json\", \"es\": \"texts/es.json\"}"));
        Texts en = core.texts(Locale.ENGLISH);
        Map<String, String> fr = new LinkedHashMap<>();
        for (String key : core.textKeys(Locale.ENGLISH)) {
            fr.put(key, "[fr] " + en.text(key));
        }
        fr.put("pack.core-fr.title", "Traduction française");
        fr.put("pack.core-fr.description", "Tous les textes du paquet de base, en français.");
        write(d.resolve("texts/fr.json"), texts("fr", fr));
        write(
                d.resolve("texts/en.json"),
                texts(
                        "en",
                        Map.of(
                                "pack.core-fr.title",
                                "French translation",
                                "pack.core-fr.description",
                                "Every text of core, in French.")));
        write(
                d.resolve("texts/es.json"),
                texts(
                        "es",
                        Map.of(
                                "pack.core-fr.title",
                                "Traducción al francés",
                                "pack.core-fr.description",
                                "Todos los textos, en francés.")));
        return d;
    }

    @Test
    void an_add_on_adds_prompts_and_keeps_the_base_manifest() throws Exception {
        ContentPack addOn = ContentPacks.load(promptsAddOn("extra", "pr-xtra"));

        ContentPack both = core.with(addOn);

        assertThat(both.prompts()).hasSize(182);
        assertThat(both.prompts(Dimension.TRUST)).hasSize(32);
        assertThat(both.prompt(ContentId.of("pr-xtra-02")))
                .get()
                .extracting(Prompt::depth)
                .isEqualTo(2);
        assertThat(both.manifest()).isEqualTo(core.manifest());
        assertThat(both.sources()).extracting(PackManifest::id).containsExactly(PackId.of("core"), PackId.of("extra"));
        assertThat(both.texts(ES).text("prompt.pr-xtra-01")).startsWith("¿Cuándo");
        assertThat(both.validate().problems()).isEmpty();
        assertThat(both.toString()).contains("core@1.0.0 + extra@0.1.0").contains("182 prompts");
    }

    @Test
    void an_add_on_adds_a_locale() throws Exception {
        ContentPack french = ContentPacks.load(frenchAddOn());

        ContentPack both = ContentPack.compose(core, french);

        assertThat(both.locales()).containsExactly(Locale.ENGLISH, ES, FR);
        assertThat(both.defaultLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(both.texts(Locale.CANADA_FRENCH).fallbackChain()).containsExactly(FR, Locale.ENGLISH);
        assertThat(both.texts(FR).text("prompt.pr-dis-01")).startsWith("[fr] ");
        assertThat(both.validate().problems()).isEmpty();
    }

    @Test
    void a_regional_add_on_overrides_only_what_it_has_and_falls_back_to_its_language() throws Exception {
        Path d = dir.resolve("mx");
        write(
                d.resolve("manifest.json"),
                manifest(
                        "core-mx",
                        List.of("es-MX", "en", "es"),
                        "\"texts\": {\"es-MX\": \"texts/es-MX.json\", \"en\": \"texts/en.json\", \"es\": \"texts/es.json\"}"));
        write(d.resolve("texts/es-MX.json"), texts("es-MX", Map.of("exercise.minutes", "{0} minutitos")));
        write(
                d.resolve("texts/en.json"),
                texts(
                        "en",
                        Map.of(
                                "pack.core-mx.title",
                                "Mexican Spanish",
                                "pack.core-mx.description",
                                "A few regional words.")));
        write(
                d.resolve("texts/es.json"),
                texts(
                        "es",
                        Map.of(
                                "pack.core-mx.title",
                                "Español de México",
                                "pack.core-mx.description",
                                "Algunas palabras regionales.")));

        ContentPack both = core.with(ContentPacks.load(d));
        Texts mx = both.texts(ES_MX);

        assertThat(mx.fallbackChain()).containsExactly(ES_MX, ES, Locale.ENGLISH);
        assertThat(mx.format("exercise.minutes", 5)).isEqualTo("5 minutitos");
        assertThat(mx.text("prompt.pr-dis-01")).isEqualTo(core.texts(ES).text("prompt.pr-dis-01"));
        assertThat(mx.localeOf("prompt.pr-dis-01")).contains(ES);
        assertThat(both.validate().problems()).isEmpty();
    }

    @Test
    void an_add_on_may_bring_its_own_instrument_and_safety_item() throws Exception {
        Path d = dir.resolve("check-in");
        write(
                d.resolve("manifest.json"),
                manifest(
                        "check-in",
                        List.of("en", "es"),
                        "\"instruments\": [\"instruments/trust-check-in.json\"], \"interpretations\": \"interpretations.json\","
                                + " \"texts\": {\"en\": \"texts/en.json\", \"es\": \"texts/es.json\"}"));
        write(
                d.resolve("instruments/trust-check-in.json"),
                "{\"id\": \"trust-check-in\", \"version\": \"1.0.0\","
                        + " \"titleKey\": \"instrument.trust-check-in.title\", \"scale\": {\"min\": 1, \"max\": 5, \"labels\":"
                        + " {\"1\": \"scale.agreement.1\", \"2\": \"scale.agreement.2\", \"3\": \"scale.agreement.3\","
                        + " \"4\": \"scale.agreement.4\", \"5\": \"scale.agreement.5\"}}, \"covers\": [\"TRUST\"],"
                        + " \"items\": [{\"id\": \"T1\", \"dimension\": \"TRUST\", \"keying\": \"POSITIVE\","
                        + " \"perspective\": \"SELF\", \"textKey\": \"item.trust-check-in.t1\"}],"
                        + " \"missingData\": {\"policy\": \"STRICT\"}}");
        write(
                d.resolve("interpretations.json"),
                "{\"safetyItems\": [{\"instrument\": \"trust-check-in\", \"item\":"
                        + " \"T1\", \"concernAtOrBelow\": 1}]}");
        write(
                d.resolve("texts/en.json"),
                texts(
                        "en",
                        Map.of(
                                "pack.check-in.title", "Trust check-in",
                                "pack.check-in.description", "One question about feeling safe.",
                                "instrument.trust-check-in.title", "A one-question trust check-in",
                                "item.trust-check-in.t1", "Right now I feel safe with my partner.")));
        write(
                d.resolve("texts/es.json"),
                texts(
                        "es",
                        Map.of(
                                "pack.check-in.title", "Chequeo de confianza",
                                "pack.check-in.description", "Una pregunta sobre sentirse a salvo.",
                                "instrument.trust-check-in.title", "Un chequeo de confianza de una pregunta",
                                "item.trust-check-in.t1", "Ahora mismo me siento a salvo con mi pareja.")));

        ContentPack both = core.with(ContentPacks.load(d));

        assertThat(both.instruments()).hasSize(3);
        assertThat(both.instrument(InstrumentId.of("trust-check-in"))).isPresent();
        assertThat(both.safetyItems()).hasSize(3);
        assertThat(both.validate().problems()).isEmpty();
    }

    @Test
    void an_add_on_is_validated_on_its_own_terms_until_it_is_composed() throws Exception {
        ContentPack addOn = ContentPacks.load(promptsAddOn("extra", "pr-xtra"));

        // Alone it lacks interpretations, care notes and core's texts; those checks wait for composition.
        assertThat(addOn.validate().problems()).isEmpty();
        assertThat(addOn.manifest().extendsPack()).contains(PackId.of("core"));
    }

    @Test
    void a_conflicting_id_is_an_error_naming_both_places() throws Exception {
        ContentPack addOn = ContentPacks.load(promptsAddOn("clash", "pr-dis"));

        assertThatThrownBy(() -> core.with(addOn))
                .isInstanceOfSatisfying(
                        ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.CONFLICT))
                .hasMessageContaining("cannot compose pack 'clash' onto 'core': 6 conflicts")
                .hasMessageContaining("content id 'pr-dis-01' of prompts.json /prompts/0/id is already defined by pack"
                        + " 'core' in prompts.json /prompts/0/id")
                .hasMessageContaining(
                        "text key 'prompt.pr-dis-01' in locale 'en' of texts/en.json is already defined by"
                                + " pack 'core' in texts/en.json");
    }

    @Test
    void composing_a_pack_twice_or_onto_the_wrong_base_is_an_error() throws Exception {
        ContentPack addOn = ContentPacks.load(promptsAddOn("extra", "pr-xtra"));
        ContentPack other = ContentPacks.load(promptsAddOn("other", "pr-othr"));

        assertThatThrownBy(() -> core.with(core))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("pack 'core' is already part of the base");
        assertThatThrownBy(() -> other.with(addOn))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("add-on 'extra' extends pack 'core', but the base is made of [other]");
        assertThat(core.with(addOn).with(other).prompts()).hasSize(184);
    }

    @Test
    void an_add_on_whose_prompt_lacks_a_spanish_text_does_not_compose_and_the_validator_says_where() throws Exception {
        Path d = promptsAddOn("extra", "pr-xtra");
        String es =
                Files.readString(d.resolve("texts/es.json")).replaceAll(",\\s*\"prompt.pr-xtra-02\": \"[^\"]*\"", "");
        Files.writeString(d.resolve("texts/es.json"), es);

        assertThatThrownBy(() -> core.with(ContentPacks.load(d)))
                .isInstanceOfSatisfying(
                        ContentException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.pack()).isEqualTo("extra");
                            assertThat(p.file()).isEqualTo("prompts.json");
                            assertThat(p.pointer()).isEqualTo("/prompts/1/textKey");
                            assertThat(p.kind()).isEqualTo(ProblemKind.MISSING_TEXT);
                            assertThat(p.message())
                                    .contains("no text in locale 'es' (core:texts/es.json, extra:texts/es.json)");
                        }));
        assertThat(ContentValidator.check(d, core).errors()).hasSize(1);
    }
}

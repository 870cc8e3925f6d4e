package dev.intimacy.content;

import static dev.intimacy.content.PackFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.intimacy.content.internal.Placeholders;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts per locale: fallback from a regional locale to its language to the pack's default, and placeholders. */
class TextsTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

    private final ContentPack pack = ContentPacks.bundled();

    @TempDir
    Path dir;

    @Test
    void es_mx_falls_back_to_es_then_to_en() {
        Texts mx = pack.texts(ES_MX);

        assertThat(mx.locale()).isEqualTo(ES_MX);
        assertThat(mx.fallbackChain()).containsExactly(ES, Locale.ENGLISH);
        assertThat(mx.text("prompt.pr-dis-01")).isEqualTo(pack.texts(ES).text("prompt.pr-dis-01"));
        assertThat(mx.localeOf("prompt.pr-dis-01")).contains(ES);
    }

    @Test
    void a_missing_es_key_falls_back_to_en() {
        PackFixture.copyOfBundled(dir)
                .edit("texts/es.json", r -> at(r, "/texts").remove("band.growth"));
        ContentPack loaded =
                ContentPacks.load(dir, LoadOptions.builder().validate(false).build());

        Texts es = loaded.texts(ES);

        assertThat(es.text("band.growth")).isEqualTo(pack.texts(Locale.ENGLISH).text("band.growth"));
        assertThat(es.localeOf("band.growth")).contains(Locale.ENGLISH);
        assertThat(es.localeOf("band.strength")).contains(ES);
        assertThat(loaded.validate().errors())
                .extracting(ValidationProblem::kind)
                .containsExactly(ProblemKind.MISSING_TRANSLATION);
    }

    @Test
    void a_locale_the_pack_does_not_have_and_the_root_locale_fall_back_to_the_default() {
        assertThat(pack.texts(Locale.FRENCH).fallbackChain()).containsExactly(Locale.ENGLISH);
        assertThat(pack.texts(Locale.ROOT).fallbackChain()).containsExactly(Locale.ENGLISH);
        assertThat(pack.texts(Locale.forLanguageTag("en-GB")).fallbackChain()).containsExactly(Locale.ENGLISH);
        assertThat(pack.texts(Locale.FRENCH).text("band.growth"))
                .isEqualTo(pack.texts(Locale.ENGLISH).text("band.growth"));
    }

    @Test
    void a_key_no_locale_has_is_an_error_naming_the_key_and_the_chain() {
        assertThatThrownBy(() -> pack.texts(ES_MX).text("prompt.nowhere"))
                .isInstanceOfSatisfying(
                        ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.MISSING_TEXT))
                .hasMessage("pack 'core': text key 'prompt.nowhere' has no text in [es, en] (requested es-MX)");
        assertThat(pack.texts(ES).find("prompt.nowhere")).isEmpty();
        assertThat(pack.texts(ES).localeOf("prompt.nowhere")).isEmpty();
    }

    @Test
    void placeholders_are_replaced_in_each_locale() {
        assertThat(pack.texts(Locale.ENGLISH).format("exercise.minutes", 15)).isEqualTo("15 minutes");
        assertThat(pack.texts(ES_MX).format("exercise.minutes", 15)).isEqualTo("15 minutos");
        assertThat(pack.texts(Locale.ENGLISH).format("report.chart.alt", "Ana", "Luis"))
                .contains("for Ana and Luis")
                .doesNotContain("{");
    }

    @Test
    void a_placeholder_without_an_argument_is_an_error() {
        assertThatThrownBy(() -> pack.texts(ES).format("report.chart.alt", "Ana"))
                .isInstanceOfSatisfying(
                        ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.MISSING_ARGUMENT))
                .hasMessage("text 'report.chart.alt' in locale 'es' uses placeholder {1} but 1 argument was given");
    }

    @Test
    void apostrophes_and_other_braces_are_left_alone_unlike_message_format() {
        assertThat(Placeholders.format("don't {0} '{1}' {x} {} {123} {", new Object[] {"stop", 2.5}, "k", "en"))
                .isEqualTo("don't stop '2.5' {x} {} {123} {");
    }

    @Test
    void numbers_are_written_the_same_whatever_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Placeholders.format("{0}", new Object[] {1234.5}, "k", "de"))
                    .isEqualTo("1234.5");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void text_without_braces_comes_back_unchanged_and_each_placeholder_becomes_its_argument() {
        qt().forAll(
                        lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 8))
                                .ofSizeBetween(1, 6),
                        integers().between(0, 1000))
                .checkAssert((pieces, salt) -> {
                    List<String> clean = pieces.stream()
                            .map(p -> p.replace("{", "").replace("}", ""))
                            .toList();
                    StringBuilder template = new StringBuilder();
                    StringBuilder expected = new StringBuilder();
                    Object[] args = new Object[clean.size()];
                    for (int i = 0; i < clean.size(); i++) {
                        args[i] = "a" + (salt + i);
                        template.append(clean.get(i)).append('{').append(i).append('}');
                        expected.append(clean.get(i)).append(args[i]);
                    }

                    assertThat(Placeholders.format(String.join("", clean), args, "k", "en"))
                            .isEqualTo(String.join("", clean));
                    assertThat(Placeholders.format(template.toString(), args, "k", "en"))
                            .isEqualTo(expected.toString());
                    assertThat(Placeholders.indices(template.toString())).hasSize(clean.size());
                });
    }
}

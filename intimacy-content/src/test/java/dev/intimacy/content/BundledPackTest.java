package dev.intimacy.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.result.Band;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The pack that ships with the library: it loads, validates, and reaches the numbers the issue asks for. */
class BundledPackTest {

    private final ContentPack pack = ContentPacks.bundled();

    private Instrument instrument(String id) {
        return pack.instrument(InstrumentId.of(id)).orElseThrow();
    }

    @Test
    void the_bundled_pack_loads_and_validates_without_a_single_problem() {
        ValidationReport report = pack.validate();

        assertThat(report.problems()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(ContentValidator.validate(pack)).isEqualTo(report);
    }

    @Test
    void the_bundled_pack_is_loaded_once_and_shared_by_every_thread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ContentPack>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(ContentPacks::bundled);
            }
            for (Future<ContentPack> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isSameAs(pack);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_manifest_says_what_the_pack_is_and_that_it_is_not_diagnostic() {
        PackManifest m = pack.manifest();

        assertThat(m.id()).isEqualTo(PackId.of("core"));
        assertThat(m.version()).hasToString("1.0.0");
        assertThat(m.titleKey()).isEqualTo("pack.core.title");
        assertThat(m.descriptionKey()).isEqualTo("pack.core.description");
        assertThat(m.licence()).isEqualTo("CC-BY-4.0");
        assertThat(m.authors()).containsExactly("The intimacy project contributors");
        assertThat(m.notice()).contains("not validated").contains("not a diagnostic tool");
        assertThat(m.locales()).containsExactly(Locale.ENGLISH, Locale.forLanguageTag("es"));
        assertThat(m.defaultLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(m.extendsPack()).isEmpty();
        assertThat(pack.sources()).containsExactly(m);
        assertThat(pack.texts(Locale.ENGLISH).text(m.titleKey())).isNotBlank();
    }

    @Nested
    class Instruments {

        @Test
        void the_core_instrument_has_six_items_per_dimension_with_at_least_two_reverse_keyed() {
            Instrument core = instrument("intimacy-core");

            for (Dimension d : Dimension.values()) {
                List<Item> items = core.itemsOf(d);
                assertThat(items).as("%s items", d).hasSize(6);
                assertThat(items.stream().filter(i -> i.keying() == Keying.REVERSE))
                        .as("%s reverse-keyed items", d)
                        .hasSizeGreaterThanOrEqualTo(2);
            }
            assertThat(core.items().stream().filter(i -> i.dimension().isPresent()))
                    .hasSize(36);
        }

        @Test
        void the_core_instrument_has_six_outcome_items_one_per_benefit() {
            Instrument core = instrument("intimacy-core");

            assertThat(core.outcomeItems()).hasSize(6);
            assertThat(core.outcomeItems().stream()
                            .map(i -> i.benefit().orElseThrow())
                            .collect(Collectors.toSet()))
                    .hasSize(6);
        }

        @Test
        void the_pulse_has_one_item_per_dimension() {
            Instrument pulse = instrument("intimacy-pulse");

            assertThat(pulse.items()).hasSize(6);
            for (Dimension d : Dimension.values()) {
                assertThat(pulse.itemsOf(d)).as("%s pulse items", d).hasSize(1);
            }
        }

        @Test
        void both_instruments_are_described_as_unvalidated_and_declare_no_reliability() {
            for (Instrument i : pack.instruments()) {
                assertThat(i.provenance()).get().asString().contains("Not validated");
                assertThat(i.declaredReliability()).isEmpty();
                assertThat(i.scale().labels()).hasSize(i.scale().points());
            }
        }
    }

    @Nested
    class PromptsAndExercises {

        @Test
        void every_dimension_has_at_least_thirty_prompts_and_eight_at_each_depth() {
            for (Dimension d : Dimension.values()) {
                List<Prompt> prompts = pack.prompts(d);
                assertThat(prompts).as("%s prompts", d).hasSizeGreaterThanOrEqualTo(30);
                for (int depth = 1; depth <= 3; depth++) {
                    int k = depth;
                    assertThat(prompts.stream().filter(p -> p.depth() == k))
                            .as("%s prompts at depth %d", d, depth)
                            .hasSizeGreaterThanOrEqualTo(8);
                }
            }
            assertThat(pack.prompts()).hasSize(180);
        }

        @Test
        void every_dimension_has_at_least_six_exercises_of_three_to_seven_steps() {
            for (Dimension d : Dimension.values()) {
                List<Exercise> exercises = pack.exercises(d);
                assertThat(exercises).as("%s exercises", d).hasSizeGreaterThanOrEqualTo(6);
                for (Exercise e : exercises) {
                    assertThat(e.stepKeys()).as("steps of %s", e.id()).hasSizeBetween(3, 7);
                    assertThat(e.minutes()).as("minutes of %s", e.id()).isBetween(5, 120);
                }
            }
            assertThat(pack.exercises()).hasSize(42);
        }

        @Test
        void some_exercises_are_withheld_when_there_is_a_safety_concern_and_every_dimension_keeps_some() {
            assertThat(pack.exercises().stream().filter(e -> e.avoidWhen().contains(AvoidFlag.SAFETY_CONCERN)))
                    .isNotEmpty();
            for (Dimension d : Dimension.values()) {
                assertThat(pack.exercises(d).stream().filter(e -> !e.avoidWhen().contains(AvoidFlag.SAFETY_CONCERN)))
                        .as("%s exercises shown under a safety concern", d)
                        .isNotEmpty();
            }
        }

        @Test
        void content_ids_are_unique_across_prompts_exercises_and_care_notes() {
            List<ContentId> ids = new ArrayList<>();
            pack.prompts().forEach(p -> ids.add(p.id()));
            pack.exercises().forEach(e -> ids.add(e.id()));
            pack.careNotes().forEach(n -> ids.add(n.id()));

            assertThat(ids).doesNotHaveDuplicates().hasSize(180 + 42 + 3);
        }
    }

    @Nested
    class Interpretations {

        @Test
        void there_is_one_personal_interpretation_for_every_dimension_and_band() {
            assertThat(pack.personalInterpretations()).hasSize(18);
            for (Dimension d : Dimension.values()) {
                for (Band b : Band.values()) {
                    assertThat(pack.interpretation(d, b)).as("%s/%s", d, b).isPresent();
                    assertThat(pack.interpretationText(d, b, Locale.ENGLISH))
                            .get()
                            .asString()
                            .isNotBlank();
                }
            }
        }

        @Test
        void there_is_one_couple_interpretation_for_every_dimension_and_pattern() {
            assertThat(pack.coupleInterpretations()).hasSize(24);
            for (Dimension d : Dimension.values()) {
                for (InterpretationPattern p : InterpretationPattern.values()) {
                    assertThat(pack.interpretation(d, p)).as("%s/%s", d, p).isPresent();
                    assertThat(pack.interpretationText(d, p, Locale.forLanguageTag("es")))
                            .get()
                            .asString()
                            .isNotBlank();
                }
            }
        }

        @Test
        void there_is_a_care_note_for_every_trigger_and_the_safety_items_name_real_items() {
            Set<CareTrigger> triggers = EnumSet.noneOf(CareTrigger.class);
            pack.careNotes().forEach(n -> triggers.add(n.trigger()));

            assertThat(pack.careNotes()).hasSize(3);
            assertThat(triggers).containsExactlyInAnyOrder(CareTrigger.values());
            assertThat(pack.safetyItems()).hasSize(2);
            for (SafetyItem s : pack.safetyItems()) {
                Instrument i = pack.instrument(s.instrument()).orElseThrow();
                assertThat(i.item(s.item())).isPresent();
                assertThat(s.concernAtOrBelow())
                        .isBetween(i.scale().min(), i.scale().max() - 1);
            }
        }
    }

    @Nested
    class TextsOfBothLocales {

        private final Map<String, String> en = texts("en");
        private final Map<String, String> es = texts("es");

        private Map<String, String> texts(String tag) {
            Texts t = pack.texts(Locale.forLanguageTag(tag));
            assertThat(t.fallbackChain().get(0)).isEqualTo(Locale.forLanguageTag(tag));
            Map<String, String> out = new HashMap<>();
            for (String key : allKeys()) {
                t.find(key).ifPresent(text -> {
                    if (t.localeOf(key).orElseThrow().equals(Locale.forLanguageTag(tag))) {
                        out.put(key, text);
                    }
                });
            }
            return out;
        }

        private Set<String> allKeys() {
            Set<String> keys = new HashSet<>();
            // Every key the pack uses, plus the interface keys that only an application uses.
            pack.instruments().forEach(i -> {
                keys.add(i.titleKey());
                keys.addAll(i.scale().labels().values());
                i.items().forEach(item -> keys.add(item.textKey()));
            });
            pack.prompts().forEach(p -> {
                keys.add(p.textKey());
                p.followUpKey().ifPresent(keys::add);
            });
            pack.exercises().forEach(e -> {
                keys.add(e.titleKey());
                keys.add(e.goalKey());
                keys.addAll(e.stepKeys());
            });
            pack.personalInterpretations().forEach(i -> keys.add(i.textKey()));
            pack.coupleInterpretations().forEach(i -> keys.add(i.textKey()));
            pack.careNotes().forEach(n -> keys.add(n.textKey()));
            keys.add(pack.manifest().titleKey());
            keys.add(pack.manifest().descriptionKey());
            return keys;
        }

        @Test
        void both_locales_have_a_text_for_every_key_the_pack_uses() {
            assertThat(en.keySet()).isEqualTo(allKeys());
            assertThat(es.keySet()).isEqualTo(allKeys());
        }

        @Test
        void both_locales_define_the_same_798_keys_including_the_interface_texts() {
            Set<String> enKeys = pack.textKeys(Locale.ENGLISH);
            Set<String> esKeys = pack.textKeys(Locale.forLanguageTag("es"));

            assertThat(enKeys).hasSize(798).containsAll(allKeys());
            assertThat(esKeys).isEqualTo(enKeys);
            assertThat(pack.textKeys(Locale.FRENCH)).isEmpty();
        }

        @Test
        void no_two_keys_share_a_text_within_a_locale() {
            for (String tag : List.of("en", "es")) {
                Texts t = pack.texts(Locale.forLanguageTag(tag));
                List<String> all = new ArrayList<>();
                pack.textKeys(Locale.forLanguageTag(tag)).forEach(k -> all.add(t.text(k)));
                assertThat(all).as("texts of %s", tag).hasSize(798).doesNotHaveDuplicates();
            }
        }

        @Test
        void the_spanish_texts_are_translations_not_copies() {
            long same =
                    allKeys().stream().filter(k -> en.get(k).equals(es.get(k))).count();

            assertThat(same).isZero();
        }
    }
}

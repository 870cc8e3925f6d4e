package dev.intimacy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.instrument.Perspective;
import dev.intimacy.model.instrument.ResponseScale;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ModelPropertiesTest {

    @Nested
    class Reflection {
        @Test
        void reflecting_twice_gives_the_answer_back_and_stays_in_the_scale() {
            qt().withExamples(1000)
                    .forAll(ModelGenerators.scales()
                            .flatMap(s -> integers().between(s.min(), s.max()).map(x -> List.of(s.min(), s.max(), x))))
                    .checkAssert(t -> {
                        ResponseScale s = ResponseScale.of(t.get(0), t.get(1));
                        int x = t.get(2);
                        assertThat(s.reflect(s.reflect(x))).isEqualTo(x);
                        assertThat(s.contains(s.reflect(x))).isTrue();
                        assertThat(s.reflect(x)).isEqualTo(t.get(0) + t.get(1) - x);
                    });
        }
    }

    @Nested
    class Identifiers {
        // The documented languages, written out again independently of the implementation.
        private final Pattern codeLanguage = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

        private boolean isNameLanguage(String s) {
            if (s.isBlank() || s.codePointCount(0, s.length()) > 128) {
                return false;
            }
            if (Character.isWhitespace(s.codePointAt(0)) || Character.isWhitespace(s.codePointBefore(s.length()))) {
                return false;
            }
            return s.codePoints()
                    .noneMatch(cp -> Character.isISOControl(cp)
                            || cp == 0x2028
                            || cp == 0x2029
                            || Character.getType(cp) == Character.FORMAT
                            || Character.getType(cp) == Character.SURROGATE
                            || Character.getType(cp) == Character.UNASSIGNED);
        }

        private Gen<String> candidates() {
            return Generate.oneOf(
                    strings().ascii().ofLengthBetween(0, 70),
                    strings().basicLatinAlphabet().ofLengthBetween(0, 70),
                    strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 140),
                    ModelGenerators.codeIds());
        }

        private boolean accepts(java.util.function.Function<String, ?> factory, String s) {
            try {
                factory.apply(s);
                return true;
            } catch (InvalidModelException e) {
                assertThat(e.code()).isEqualTo("MODEL_INVALID_ID");
                return false;
            }
        }

        @Test
        void versions_are_equal_exactly_when_their_texts_are_and_equal_versions_hash_alike() {
            String[] pre = {"", "-beta", "-rc.1", "-beta.2"};
            Gen<SemanticVersion> versions = integers()
                    .between(0, 2)
                    .zip(integers().between(0, 2), integers().between(0, 2), (a, b, c) -> a + "." + b + "." + c)
                    .zip(integers().between(0, pre.length - 1), (v, p) -> SemanticVersion.parse(v + pre[p]));
            qt().withExamples(2000).forAll(versions, versions).checkAssert((a, b) -> {
                assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
                if (a.equals(b)) {
                    assertThat(a.hashCode()).isEqualTo(b.hashCode());
                    assertThat(a.compareTo(b)).isZero();
                }
            });
        }

        @Test
        void item_and_instrument_ids_accept_exactly_the_code_language() {
            qt().withExamples(2000).forAll(candidates()).checkAssert(s -> {
                boolean expected = codeLanguage.matcher(s).matches();
                assertThat(accepts(ItemId::of, s)).as("ItemId '%s'", s).isEqualTo(expected);
                assertThat(accepts(InstrumentId::of, s))
                        .as("InstrumentId '%s'", s)
                        .isEqualTo(expected);
            });
        }

        @Test
        void respondent_and_dyad_ids_accept_exactly_the_name_language() {
            qt().withExamples(2000).forAll(candidates()).checkAssert(s -> {
                boolean expected = isNameLanguage(s);
                assertThat(accepts(RespondentId::of, s))
                        .as("RespondentId '%s'", s)
                        .isEqualTo(expected);
                assertThat(accepts(DyadId::of, s)).as("DyadId '%s'", s).isEqualTo(expected);
            });
        }

        @Test
        void generated_code_ids_are_always_accepted() {
            qt().withExamples(1000)
                    .forAll(ModelGenerators.codeIds())
                    .checkAssert(s -> assertThat(ItemId.of(s).value()).isEqualTo(s));
        }
    }

    @Nested
    class Instruments {
        @Test
        void an_instrument_never_holds_duplicate_item_ids() {
            Gen<List<Integer>> idNumbers = lists().of(integers().between(1, 8)).ofSizeBetween(1, 10);
            qt().withExamples(1000).forAll(idNumbers).checkAssert(numbers -> {
                Instrument.Builder b = Instrument.builder()
                        .id(InstrumentId.of("x"))
                        .version(SemanticVersion.of(1, 0, 0))
                        .titleKey("t")
                        .scale(ResponseScale.of(1, 5))
                        .addCovers(Dimension.TRUST);
                for (int n : numbers) {
                    b.addItems(Item.builder()
                            .id(ItemId.of("T" + n))
                            .dimension(Dimension.TRUST)
                            .keying(Keying.POSITIVE)
                            .perspective(Perspective.SELF)
                            .textKey("k")
                            .build());
                }
                boolean hasDuplicates = new HashSet<>(numbers).size() < numbers.size();
                if (hasDuplicates) {
                    assertThatThrownBy(b::build)
                            .isInstanceOf(InvalidModelException.class)
                            .hasMessageContaining("duplicate item ids");
                } else {
                    Instrument i = b.build();
                    Set<ItemId> ids = new HashSet<>();
                    i.items().forEach(it -> ids.add(it.id()));
                    assertThat(ids).hasSameSizeAs(i.items());
                }
            });
        }
    }

    @Nested
    class Privacy {
        @Test
        void to_string_of_an_assessment_shows_none_of_its_answer_values() {
            // Answers on a 1000..2000 scale are four-digit numbers that cannot appear by chance in the
            // respondent id, instrument reference or answer count.
            Instrument instrument = Instrument.builder()
                    .id(InstrumentId.of("privacy"))
                    .version(SemanticVersion.of(1, 0, 0))
                    .titleKey("t")
                    .scale(ResponseScale.of(1000, 2000))
                    .addCovers(Dimension.TRUST)
                    .addItems(item("A"), item("B"), item("C"))
                    .build();
            Gen<List<Integer>> values =
                    lists().of(integers().between(1000, 2000)).ofSize(3);
            qt().withExamples(1000).forAll(values).checkAssert(v -> {
                Assessment a = Assessment.builder()
                        .respondent(RespondentId.of("someone"))
                        .instrument(instrument.ref())
                        .completedAt(Instant.EPOCH)
                        .putAnswers(ItemId.of("A"), Answer.of(v.get(0)))
                        .putAnswers(ItemId.of("B"), Answer.of(v.get(1)))
                        .putAnswers(ItemId.of("C"), Answer.of(v.get(2)))
                        .build();
                String text = a + " " + a.answers() + " " + a.answer(ItemId.of("A"));
                for (int value : v) {
                    assertThat(text).doesNotContain(Integer.toString(value));
                }
                assertThat(text).contains("someone", "3 answers");
            });
        }

        private Item item(String id) {
            return Item.builder()
                    .id(ItemId.of(id))
                    .dimension(Dimension.TRUST)
                    .keying(Keying.POSITIVE)
                    .perspective(Perspective.SELF)
                    .textKey("k")
                    .build();
        }
    }
}

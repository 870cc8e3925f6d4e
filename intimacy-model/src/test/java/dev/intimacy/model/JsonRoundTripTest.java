package dev.intimacy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.answer.Dyad;
import dev.intimacy.model.change.Change;
import dev.intimacy.model.change.ChangeClass;
import dev.intimacy.model.change.CheckIn;
import dev.intimacy.model.change.CoupleChange;
import dev.intimacy.model.change.DimensionChange;
import dev.intimacy.model.change.Timeline;
import dev.intimacy.model.change.Trend;
import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CouplePattern;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.couple.ItemDifference;
import dev.intimacy.model.couple.PartnerUnderstanding;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.MissingDataPolicy;
import dev.intimacy.model.instrument.ResponseScale;
import dev.intimacy.model.json.IntimacyJson;
import dev.intimacy.model.result.IntimacyProfile;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

    private static <T> T roundTrip(T value, Class<T> type) {
        return IntimacyJson.read(IntimacyJson.write(value), type);
    }

    @Nested
    class Properties {
        @Test
        void every_instrument_survives_a_json_round_trip() {
            qt().withExamples(1000)
                    .forAll(ModelGenerators.instruments())
                    .checkAssert(i -> assertThat(roundTrip(i, Instrument.class)).isEqualTo(i));
        }

        @Test
        void every_assessment_survives_a_json_round_trip() {
            qt().withExamples(1000)
                    .forAll(ModelGenerators.assessments())
                    .checkAssert(a -> assertThat(roundTrip(a, Assessment.class)).isEqualTo(a));
        }

        @Test
        void every_dyad_survives_a_json_round_trip() {
            qt().withExamples(1000)
                    .forAll(ModelGenerators.dyads())
                    .checkAssert(d -> assertThat(roundTrip(d, Dyad.class)).isEqualTo(d));
        }

        @Test
        void every_profile_survives_a_json_round_trip() {
            qt().withExamples(1000)
                    .forAll(ModelGenerators.profiles())
                    .checkAssert(
                            p -> assertThat(roundTrip(p, IntimacyProfile.class)).isEqualTo(p));
        }

        @Test
        void every_item_difference_survives_a_json_round_trip() {
            qt().withExamples(1000)
                    .forAll(ModelGenerators.itemDifferences())
                    .checkAssert(
                            d -> assertThat(roundTrip(d, ItemDifference.class)).isEqualTo(d));
        }

        @Test
        void every_partner_understanding_survives_a_json_round_trip() {
            qt().withExamples(1000)
                    .forAll(ModelGenerators.understandings())
                    .checkAssert(u ->
                            assertThat(roundTrip(u, PartnerUnderstanding.class)).isEqualTo(u));
        }

        @Test
        void every_couple_profile_and_its_dimensions_survive_a_json_round_trip() {
            qt().withExamples(1000).forAll(ModelGenerators.coupleProfiles()).checkAssert(c -> {
                assertThat(roundTrip(c, CoupleProfile.class)).isEqualTo(c);
                for (CoupleDimension d : c.dimensions().values()) {
                    assertThat(roundTrip(d, CoupleDimension.class)).isEqualTo(d);
                }
            });
        }

        @Test
        void every_dimension_change_survives_a_json_round_trip() {
            qt().withExamples(1000)
                    .forAll(ModelGenerators.dimensionChanges())
                    .checkAssert(
                            c -> assertThat(roundTrip(c, DimensionChange.class)).isEqualTo(c));
        }

        @Test
        void every_change_and_couple_change_survives_a_json_round_trip() {
            qt().withExamples(1000)
                    .forAll(ModelGenerators.changes())
                    .checkAssert(c -> assertThat(roundTrip(c, Change.class)).isEqualTo(c));
            qt().withExamples(1000)
                    .forAll(ModelGenerators.coupleChanges())
                    .checkAssert(
                            c -> assertThat(roundTrip(c, CoupleChange.class)).isEqualTo(c));
        }

        @Test
        void every_check_in_survives_a_json_round_trip() {
            qt().withExamples(1000)
                    .forAll(ModelGenerators.checkIns())
                    .checkAssert(c -> assertThat(roundTrip(c, CheckIn.class)).isEqualTo(c));
        }

        @Test
        void every_timeline_and_its_trends_survive_a_json_round_trip() {
            qt().withExamples(1000).forAll(ModelGenerators.timelines()).checkAssert(t -> {
                assertThat(roundTrip(t, Timeline.class)).isEqualTo(t);
                for (Trend trend : t.trends().values()) {
                    assertThat(roundTrip(trend, Trend.class)).isEqualTo(trend);
                }
            });
        }

        @Test
        void every_scale_and_policy_survives_a_json_round_trip() {
            qt().withExamples(1000)
                    .forAll(ModelGenerators.scales())
                    .checkAssert(
                            s -> assertThat(roundTrip(s, ResponseScale.class)).isEqualTo(s));
            for (MissingDataPolicy p : new MissingDataPolicy[] {
                MissingDataPolicy.strict(), MissingDataPolicy.prorate(0.5), MissingDataPolicy.prorate(1)
            }) {
                assertThat(roundTrip(p, MissingDataPolicy.class)).isEqualTo(p);
            }
        }
    }

    @Nested
    class Shape {
        @Test
        void an_assessment_is_written_in_the_documented_shape() {
            Assessment a = Assessment.builder()
                    .respondent(RespondentId.of("r-1"))
                    .instrument(InstrumentRef.parse("intimacy-core@1.0.0"))
                    .completedAt(Instant.parse("2026-11-27T10:15:30Z"))
                    .putAnswers(ItemId.of("TRU-01"), Answer.of(4))
                    .putAnswers(ItemId.of("TRU-02"), Answer.skipped())
                    .putAnswers(ItemId.of("TRU-03"), Answer.declined())
                    .build();

            String json = IntimacyJson.write(a).replaceAll("\\s+", "");

            assertThat(json)
                    .isEqualTo(
                            "{\"respondent\":\"r-1\",\"instrument\":{\"id\":\"intimacy-core\",\"version\":\"1.0.0\"},"
                                    + "\"completedAt\":\"2026-11-27T10:15:30Z\","
                                    + "\"answers\":{\"TRU-01\":4,\"TRU-02\":\"skipped\",\"TRU-03\":\"declined\"}}");
        }

        @Test
        void couple_patterns_and_change_classes_are_written_as_their_stable_names() {
            ItemDifference topic = ItemDifference.of(ItemId.of("TRU-02"), Dimension.TRUST, 3);

            assertThat(IntimacyJson.write(topic).replaceAll("\\s+", ""))
                    .isEqualTo("{\"item\":\"TRU-02\",\"dimension\":\"TRUST\",\"difference\":3}");
            assertThat(IntimacyJson.write(CouplePattern.SHARED_GROWTH)).isEqualTo("\"SHARED_GROWTH\"");
            assertThat(IntimacyJson.read("\"RELIABLE_IMPROVEMENT\"", ChangeClass.class))
                    .isEqualTo(ChangeClass.RELIABLE_IMPROVEMENT);
        }

        @Test
        void dimension_codes_are_written_as_strings() {
            Instrument i = IntimacyJson.read("""
                    {"id":"x","version":"1.0.0","titleKey":"t","scale":{"min":1,"max":5},
                     "covers":["TRUST"],
                     "items":[{"id":"T1","dimension":"TRUST","keying":"REVERSE","perspective":"COUPLE","textKey":"k"}]}
                    """, Instrument.class);

            assertThat(IntimacyJson.write(i)).contains("\"dimension\" : \"TRUST\"", "\"keying\" : \"REVERSE\"");
            assertThat(i.coveredDimensions()).containsExactly(Dimension.TRUST);
        }
    }
}

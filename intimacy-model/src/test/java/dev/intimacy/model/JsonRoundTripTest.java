package dev.intimacy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.answer.Dyad;
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

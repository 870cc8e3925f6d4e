package dev.intimacy.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.answer.Dyad;
import dev.intimacy.model.change.Change;
import dev.intimacy.model.change.DimensionChange;
import dev.intimacy.model.change.Timeline;
import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CouplePattern;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.couple.DimensionUnderstanding;
import dev.intimacy.model.couple.ItemDifference;
import dev.intimacy.model.couple.PartnerUnderstanding;
import dev.intimacy.model.instrument.DeclaredReliability;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.instrument.MissingDataPolicy;
import dev.intimacy.model.instrument.Perspective;
import dev.intimacy.model.instrument.ResponseScale;
import dev.intimacy.model.json.IntimacyJson;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.model.result.ScoreStatus;
import java.time.Instant;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per malformed input: the exception type, its stable code and the key parts of its message. */
class BadInputTest {

    private static final String ITEM_T1 =
            "{\"id\":\"T1\",\"dimension\":\"TRUST\",\"keying\":\"POSITIVE\",\"perspective\":\"SELF\",\"textKey\":\"k\"}";

    private static String instrumentJson(String extra) {
        return "{\"id\":\"x\",\"version\":\"1.0.0\",\"titleKey\":\"t\",\"scale\":{\"min\":1,\"max\":5},"
                + "\"covers\":[\"TRUST\"],\"items\":[" + ITEM_T1 + "]" + extra + "}";
    }

    private static Item.Builder item(String id) {
        return Item.builder()
                .id(ItemId.of(id))
                .keying(Keying.POSITIVE)
                .perspective(Perspective.SELF)
                .textKey("k");
    }

    private static DimensionScore trustScore(double pomp) {
        return DimensionScore.builder()
                .dimension(Dimension.TRUST)
                .answered(2)
                .skipped(0)
                .declined(0)
                .expected(2)
                .status(ScoreStatus.COMPLETE)
                .rawScore(1 + pomp / 25)
                .mean(1 + pomp / 25)
                .pomp(pomp)
                .build();
    }

    private static CoupleDimension.Builder trustTogether(double pomp1, double pomp2) {
        return CoupleDimension.builder()
                .dimension(Dimension.TRUST)
                .first(trustScore(pomp1))
                .second(trustScore(pomp2))
                .meanPomp((pomp1 + pomp2) / 2)
                .pattern(CouplePattern.MIXED)
                .itemsCompared(2);
    }

    private static IntimacyProfile trustProfile(String respondent) {
        return IntimacyProfile.builder()
                .respondent(RespondentId.of(respondent))
                .instrument(InstrumentRef.parse("x@1.0.0"))
                .strategy("mean")
                .putDimensions(Dimension.TRUST, trustScore(50))
                .compositeIndex(50)
                .build();
    }

    private static DimensionChange.Builder trustChange() {
        return DimensionChange.builder()
                .dimension(Dimension.TRUST)
                .standardDeviation(20)
                .sem(10)
                .reliableDifference(27.72)
                .reliabilitySource("declared by the instrument");
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("empty item id", () -> ItemId.of(""), "MODEL_INVALID_ID", "item id is empty"),
                row("item id with a space", () -> ItemId.of("TRU 01"), "MODEL_INVALID_ID", "'TRU 01'", "not allowed"),
                row(
                        "item id starting with a dash",
                        () -> ItemId.of("-x"),
                        "MODEL_INVALID_ID",
                        "starting with a letter or digit"),
                row(
                        "instrument id too long",
                        () -> InstrumentId.of("a".repeat(65)),
                        "MODEL_INVALID_ID",
                        "65 characters",
                        "at most 64"),
                row("blank respondent id", () -> RespondentId.of("   "), "MODEL_INVALID_ID", "respondent id is blank"),
                row(
                        "respondent id with a newline",
                        () -> RespondentId.of("a\nb"),
                        "MODEL_INVALID_ID",
                        "a\\u000Ab",
                        "line-break"),
                row(
                        "respondent id with trailing space",
                        () -> RespondentId.of("r1 "),
                        "MODEL_INVALID_ID",
                        "whitespace"),
                row(
                        "dyad id too long",
                        () -> DyadId.of("d".repeat(129)),
                        "MODEL_INVALID_ID",
                        "129 characters",
                        "at most 128"),
                row(
                        "unknown dimension code",
                        () -> Dimension.fromCode("TRUSTT"),
                        "MODEL_UNKNOWN_CODE",
                        "'TRUSTT'",
                        "DISCLOSURE, TRUST"),
                row("unknown benefit code", () -> Benefit.fromCode("JOY"), "MODEL_UNKNOWN_CODE", "'JOY'", "CLOSENESS"),
                row(
                        "version without patch",
                        () -> SemanticVersion.parse("1.0"),
                        "MODEL_INVALID_VERSION",
                        "'1.0'",
                        "MAJOR.MINOR.PATCH"),
                row("instrument reference without @", () -> InstrumentRef.parse("core"), "MODEL_INVALID_ID", "no '@'"),
                row(
                        "scale with min equal to max",
                        () -> ResponseScale.of(3, 3),
                        "MODEL_INVALID_SCALE",
                        "min 3 must be below max 3"),
                row(
                        "scale label outside the range",
                        () -> ResponseScale.builder()
                                .min(1)
                                .max(5)
                                .putLabels(6, "x")
                                .build(),
                        "MODEL_INVALID_SCALE",
                        "point 6",
                        "1..5"),
                row(
                        "blank scale label",
                        () -> ResponseScale.builder()
                                .min(1)
                                .max(5)
                                .putLabels(2, " ")
                                .build(),
                        "MODEL_INVALID_SCALE",
                        "point 2 is blank"),
                row(
                        "item with neither dimension nor benefit",
                        () -> item("T1").build(),
                        "MODEL_INVALID_ITEM",
                        "item T1",
                        "neither"),
                row(
                        "item with both dimension and benefit",
                        () -> item("T1")
                                .dimension(Dimension.TRUST)
                                .benefit(Benefit.STRESS)
                                .build(),
                        "MODEL_INVALID_ITEM",
                        "both"),
                row(
                        "item without a text key",
                        () -> Item.builder()
                                .id(ItemId.of("T1"))
                                .dimension(Dimension.TRUST)
                                .keying(Keying.POSITIVE)
                                .perspective(Perspective.SELF)
                                .build(),
                        "MODEL_MISSING_FIELD",
                        "item",
                        "textKey"),
                row(
                        "instrument with duplicate item ids",
                        () -> Instrument.builder()
                                .id(InstrumentId.of("x"))
                                .version(SemanticVersion.of(1, 0, 0))
                                .titleKey("t")
                                .scale(ResponseScale.of(1, 5))
                                .addCovers(Dimension.TRUST)
                                .addItems(
                                        item("T1").dimension(Dimension.TRUST).build(),
                                        item("T1").dimension(Dimension.TRUST).build())
                                .build(),
                        "MODEL_DUPLICATE_ITEM",
                        "instrument x@1.0.0",
                        "[T1]"),
                row(
                        "instrument covering a dimension without items",
                        () -> Instrument.builder()
                                .id(InstrumentId.of("x"))
                                .version(SemanticVersion.of(1, 0, 0))
                                .titleKey("t")
                                .scale(ResponseScale.of(1, 5))
                                .addCovers(Dimension.TRUST, Dimension.EMPATHY)
                                .addItems(item("T1").dimension(Dimension.TRUST).build())
                                .build(),
                        "MODEL_INVALID_INSTRUMENT",
                        "[EMPATHY] have no items"),
                row(
                        "instrument item outside its coverage",
                        () -> Instrument.builder()
                                .id(InstrumentId.of("x"))
                                .version(SemanticVersion.of(1, 0, 0))
                                .titleKey("t")
                                .scale(ResponseScale.of(1, 5))
                                .addCovers(Dimension.TRUST)
                                .addItems(
                                        item("T1").dimension(Dimension.TRUST).build(),
                                        item("E1").dimension(Dimension.EMPATHY).build())
                                .build(),
                        "MODEL_INVALID_INSTRUMENT",
                        "item E1 measures EMPATHY"),
                row(
                        "prorate coverage above one",
                        () -> MissingDataPolicy.prorate(1.5),
                        "MODEL_INVALID_POLICY",
                        "1.5",
                        "(0, 1]"),
                row(
                        "policy text not understood",
                        () -> MissingDataPolicy.parse("lenient"),
                        "MODEL_INVALID_POLICY",
                        "'lenient'",
                        "prorate:SHARE"),
                row(
                        "declared reliability of one",
                        () -> DeclaredReliability.builder()
                                .reliability(1)
                                .standardDeviation(1)
                                .build(),
                        "MODEL_INVALID_RELIABILITY",
                        "outside [0, 1)"),
                row(
                        "dyad with the same respondent twice",
                        () -> Dyad.of(DyadId.of("d"), RespondentId.of("a"), RespondentId.of("a")),
                        "MODEL_INVALID_DYAD",
                        "both partners are respondent a"),
                row(
                        "dyad label for a stranger",
                        () -> Dyad.builder()
                                .id(DyadId.of("d"))
                                .addPartners(RespondentId.of("a"), RespondentId.of("b"))
                                .putLabels(RespondentId.of("c"), "x")
                                .build(),
                        "MODEL_INVALID_DYAD",
                        "respondent c, who is not a partner"),
                row(
                        "assessment predicting itself",
                        () -> Assessment.builder()
                                .respondent(RespondentId.of("a"))
                                .instrument(InstrumentRef.parse("x@1.0.0"))
                                .completedAt(Instant.EPOCH)
                                .predicts(RespondentId.of("a"))
                                .build(),
                        "MODEL_INVALID_ASSESSMENT",
                        "cannot predict its own"),
                row(
                        "score whose counts do not add up",
                        () -> DimensionScore.builder()
                                .dimension(Dimension.TRUST)
                                .answered(3)
                                .skipped(0)
                                .declined(0)
                                .expected(4)
                                .status(ScoreStatus.PRORATED)
                                .rawScore(3)
                                .mean(3)
                                .pomp(50)
                                .build(),
                        "MODEL_INVALID_SCORE",
                        "must equal expected 4"),
                row(
                        "score with POMP above 100",
                        () -> DimensionScore.builder()
                                .dimension(Dimension.TRUST)
                                .answered(1)
                                .skipped(0)
                                .declined(0)
                                .expected(1)
                                .status(ScoreStatus.COMPLETE)
                                .rawScore(3)
                                .mean(3)
                                .pomp(101)
                                .build(),
                        "MODEL_INVALID_SCORE",
                        "POMP 101.0 is outside [0, 100]"),
                row(
                        "negative item difference",
                        () -> ItemDifference.of(ItemId.of("TRU-1"), Dimension.TRUST, -1),
                        "MODEL_INVALID_COUPLE",
                        "item difference for TRU-1 is -1",
                        "at least 0"),
                row(
                        "agreement above one",
                        () -> trustTogether(50, 60)
                                .discrepancy(10)
                                .agreement(1.5)
                                .build(),
                        "MODEL_INVALID_COUPLE",
                        "couple dimension TRUST",
                        "agreement 1.5 is outside [0, 1]"),
                row(
                        "negative discrepancy",
                        () -> trustTogether(50, 60)
                                .discrepancy(-10)
                                .agreement(0.5)
                                .build(),
                        "MODEL_INVALID_COUPLE",
                        "discrepancy -10.0 is outside [0, 100]"),
                row(
                        "couple values without both partners' scores",
                        () -> CoupleDimension.builder()
                                .dimension(Dimension.TRUST)
                                .first(trustScore(50))
                                .second(trustScore(60))
                                .itemsCompared(0)
                                .reason("r-2's score is insufficient")
                                .build(),
                        "MODEL_INVALID_COUPLE",
                        "present exactly when both partners were scored"),
                row(
                        "couple profile of one respondent twice",
                        () -> CoupleProfile.builder()
                                .first(trustProfile("r-1"))
                                .second(trustProfile("r-1"))
                                .putDimensions(
                                        Dimension.TRUST,
                                        trustTogether(50, 50)
                                                .discrepancy(0)
                                                .agreement(1)
                                                .build())
                                .coupleComposite(50)
                                .build(),
                        "MODEL_INVALID_COUPLE",
                        "both profiles are of respondent r-1",
                        "two different respondents"),
                row(
                        "couple profile with topics out of order",
                        () -> CoupleProfile.builder()
                                .first(trustProfile("r-1"))
                                .second(trustProfile("r-2"))
                                .putDimensions(
                                        Dimension.TRUST,
                                        trustTogether(50, 50)
                                                .discrepancy(0)
                                                .agreement(1)
                                                .build())
                                .coupleComposite(50)
                                .addItemsToTalkAbout(
                                        ItemDifference.of(ItemId.of("T1"), Dimension.TRUST, 2),
                                        ItemDifference.of(ItemId.of("T2"), Dimension.TRUST, 3))
                                .build(),
                        "MODEL_INVALID_COUPLE",
                        "largest first",
                        "item T2"),
                row(
                        "understanding of oneself",
                        () -> PartnerUnderstanding.builder()
                                .predictor(RespondentId.of("r-1"))
                                .partner(RespondentId.of("r-1"))
                                .instrument(InstrumentRef.parse("x@1.0.0"))
                                .overallReason("none")
                                .build(),
                        "MODEL_INVALID_COUPLE",
                        "predictor and the partner are the same respondent"),
                row(
                        "understanding with a bias larger than the inaccuracy allows",
                        () -> DimensionUnderstanding.builder()
                                .dimension(Dimension.TRUST)
                                .expected(2)
                                .itemsCompared(2)
                                .accuracy(90)
                                .bias(-25)
                                .build(),
                        "MODEL_INVALID_COUPLE",
                        "|bias| 25.0 exceeds 100 - accuracy 10.0"),
                row(
                        "change with a reliability of one",
                        () -> trustChange().reliability(1).reason("no scores").build(),
                        "MODEL_INVALID_CHANGE",
                        "change of TRUST",
                        "reliability 1.0 is outside [0, 1)"),
                row(
                        "change with an RCI but no class",
                        () -> trustChange()
                                .reliability(0.75)
                                .beforePomp(40)
                                .afterPomp(70)
                                .difference(30)
                                .scoreDifference(1.2)
                                .rci(2.12)
                                .build(),
                        "MODEL_INVALID_CHANGE",
                        "must be present exactly when both POMP scores are"),
                row(
                        "change that ends before it starts",
                        () -> Change.builder()
                                .respondent(RespondentId.of("r-1"))
                                .instrument(InstrumentRef.parse("x@1.0.0"))
                                .from(Instant.parse("2026-02-01T00:00:00Z"))
                                .to(Instant.parse("2026-01-01T00:00:00Z"))
                                .build(),
                        "MODEL_INVALID_CHANGE",
                        "'from' 2026-02-01T00:00:00Z must be before 'to' 2026-01-01T00:00:00Z"),
                row(
                        "timeline with check-ins out of order",
                        () -> Timeline.builder()
                                .respondent(RespondentId.of("r-1"))
                                .instrument(InstrumentRef.parse("x@1.0.0"))
                                .addCheckIns(
                                        Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"))
                                .build(),
                        "MODEL_INVALID_CHANGE",
                        "strictly increasing"),
                row(
                        "JSON couple dimension with an unknown pattern",
                        () -> IntimacyJson.read(
                                IntimacyJson.write(trustTogether(50, 60)
                                                .discrepancy(10)
                                                .agreement(0.5)
                                                .build())
                                        .replace("\"MIXED\"", "\"SHARED\""),
                                CoupleDimension.class),
                        "MODEL_INVALID_JSON",
                        "/pattern",
                        "SHARED"),
                row(
                        "JSON with an unknown property",
                        () -> IntimacyJson.read(instrumentJson(",\"colour\":\"red\""), Instrument.class),
                        "MODEL_INVALID_JSON",
                        "colour"),
                row(
                        "JSON with a duplicate key",
                        () -> IntimacyJson.read(instrumentJson(",\"titleKey\":\"again\""), Instrument.class),
                        "MODEL_INVALID_JSON",
                        "titleKey"),
                row(
                        "JSON answer that is a decimal",
                        () -> IntimacyJson.read(
                                "{\"respondent\":\"r\",\"instrument\":{\"id\":\"x\",\"version\":\"1.0.0\"},\"completedAt\":\"2026-01-01T00:00:00Z\","
                                        + "\"answers\":{\"T1\":4.5}}",
                                Assessment.class),
                        "MODEL_INVALID_ANSWER",
                        "/answers/T1",
                        "whole number"),
                row(
                        "JSON answer with unknown text",
                        () -> IntimacyJson.read(
                                "{\"respondent\":\"r\",\"instrument\":{\"id\":\"x\",\"version\":\"1.0.0\"},\"completedAt\":\"2026-01-01T00:00:00Z\","
                                        + "\"answers\":{\"T1\":\"maybe\"}}",
                                Assessment.class),
                        "MODEL_INVALID_ANSWER",
                        "/answers/T1",
                        "\"skipped\" or \"declined\""),
                row(
                        "JSON with a bad item id",
                        () -> IntimacyJson.read(instrumentJson("").replace("\"T1\"", "\"T 1\""), Instrument.class),
                        "MODEL_INVALID_ID",
                        "/items/0/id",
                        "'T 1'"),
                row(
                        "JSON with an unknown dimension",
                        () -> IntimacyJson.read(
                                instrumentJson("").replace("\"dimension\":\"TRUST\"", "\"dimension\":\"TRUSTT\""),
                                Instrument.class),
                        "MODEL_INVALID_JSON",
                        "/items/0/dimension",
                        "TRUSTT"),
                row(
                        "JSON missing a required field",
                        () -> IntimacyJson.read(
                                "{\"respondent\":\"r\",\"instrument\":{\"id\":\"x\",\"version\":\"1.0.0\"}}",
                                Assessment.class),
                        "MODEL_MISSING_FIELD",
                        "completedAt"),
                row(
                        "malformed JSON",
                        () -> IntimacyJson.read("{\"id\":", Instrument.class),
                        "MODEL_INVALID_JSON",
                        "JSON Instrument at"));
    }

    private static Arguments row(String name, ThrowingCallable call, String code, String... messageParts) {
        return Arguments.of(name, call, code, messageParts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void bad_input_is_a_clear_error(String name, ThrowingCallable call, String code, String[] messageParts) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidModelException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((IntimacyException) e).code())
                        .isEqualTo(code))
                .hasMessageContainingAll(messageParts);
    }
}

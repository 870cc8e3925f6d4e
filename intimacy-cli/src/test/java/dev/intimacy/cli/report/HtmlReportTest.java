package dev.intimacy.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.intimacy.content.ContentPacks;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.result.IntimacyProfile;
import dev.intimacy.scoring.ScoringEngine;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static final Instrument CORE =
            ContentPacks.bundled().instrument(InstrumentId.of("intimacy-core")).orElseThrow();

    private static final String HOSTILE = "<script>alert('x')</script>";

    /** Answers every item of a dimension with the same keyed value (reverse-keyed items get 6 - value). */
    private static IntimacyProfile profile(String id, Map<Dimension, Integer> keyed) {
        Assessment.Builder b = Assessment.builder()
                .respondent(RespondentId.of(id))
                .instrument(CORE.ref())
                .completedAt(Instant.EPOCH);
        for (Item item : CORE.items()) {
            int k = item.dimension().map(keyed::get).orElse(3);
            b.putAnswers(item.id(), Answer.of(item.keying() == Keying.REVERSE ? 6 - k : k));
        }
        return ScoringEngine.builder(CORE).build().score(b.build());
    }

    // POMP 100, 0, 50, 75, 25, 50 for the six dimensions in their order.
    private static final IntimacyProfile FIRST = profile(
            "first",
            Map.of(
                    Dimension.DISCLOSURE, 5,
                    Dimension.TRUST, 1,
                    Dimension.VULNERABILITY, 3,
                    Dimension.COMMUNICATION, 4,
                    Dimension.EMPATHY, 2,
                    Dimension.NURTURING, 3));

    // POMP 50 everywhere.
    private static final IntimacyProfile SECOND = profile(
            "second",
            Map.of(
                    Dimension.DISCLOSURE, 3,
                    Dimension.TRUST, 3,
                    Dimension.VULNERABILITY, 3,
                    Dimension.COMMUNICATION, 3,
                    Dimension.EMPATHY, 3,
                    Dimension.NURTURING, 3));

    private static Document render(Locale locale, String firstLabel, ReportView.CoupleView couple) {
        ReportBuilder b = new ReportBuilder(ContentPacks.bundled(), locale);
        ReportView.Section section = b.section(
                "Section " + firstLabel,
                List.of(b.named(firstLabel, FIRST), b.named("Partner B", SECOND)),
                couple,
                null);
        return Jsoup.parse(HtmlReport.render(b.report(List.of(section), false)));
    }

    @Test
    void the_chart_s_points_lie_where_the_documented_geometry_puts_the_pomp_scores() {
        Document doc = render(Locale.ENGLISH, "Partner A", null);

        // Centre (380, 210), radius 150 for POMP 100, axis i at -90 + 60i degrees, clockwise from the top:
        // POMP 100 up: (380, 60); 0: the centre; 50 at 30 deg: (380 + 75 cos 30, 210 + 75 sin 30) = (444.95, 247.50);
        // 75 down: (380, 322.50); 25 at 150 deg: (380 - 37.5 cos 30, 210 + 18.75) = (347.52, 228.75);
        // 50 at 210 deg: (380 - 75 cos 30, 210 - 37.5) = (315.05, 172.50).
        assertThat(doc.select("g.series[data-series=1] polygon").attr("points"))
                .isEqualTo("380.00,60.00 380.00,210.00 444.95,247.50 380.00,322.50 347.52,228.75 315.05,172.50");
        // POMP 50 on every axis: radius 75.
        assertThat(doc.select("g.series[data-series=2] polygon").attr("points"))
                .isEqualTo("380.00,135.00 444.95,172.50 444.95,247.50 380.00,285.00 315.05,247.50 315.05,172.50");
        assertThat(doc.select("polygon.ring[data-level=100]").attr("points"))
                .startsWith("380.00,60.00 509.90,135.00 509.90,285.00 380.00,360.00");
        assertThat(doc.select("g.series[data-series=1] circle")).hasSize(6);
    }

    @Test
    void a_table_beside_the_chart_gives_every_score_as_text() {
        Document doc = render(Locale.ENGLISH, "Partner A", null);

        Element table = doc.selectFirst("div.chart-and-table table.scores");
        assertThat(table).isNotNull();
        assertThat(table.select("thead th").eachText()).containsExactly("Dimension", "Partner A", "Partner B");
        assertThat(table.select("tbody tr").eachText())
                .containsExactly(
                        "Sharing & authenticity 100 50",
                        "Trust & safety 0 50",
                        "Openness to vulnerability 50 50",
                        "Communication 75 50",
                        "Empathy & understanding 25 50",
                        "Nurturing & shared life 50 50");
        assertThat(doc.selectFirst("svg").attr("role")).isEqualTo("img");
        assertThat(doc.selectFirst("svg > title").text()).contains("Partner A", "Partner B");
    }

    @Test
    void a_hostile_respondent_id_is_shown_as_text_and_never_run() {
        ReportView.CoupleView couple = new ReportView.CoupleView(
                "63",
                List.of(new ReportView.PatternRow("Trust & safety", "Seen differently", "40", HOSTILE)),
                List.of(new ReportView.ItemRow("Trust & safety", "\"><img src=x onerror=alert(1)>", "3")),
                List.of(new ReportView.UnderstandingRow(HOSTILE + " about Partner B", "81")));

        Document doc = render(Locale.ENGLISH, HOSTILE, couple);

        assertThat(doc.select("script, img, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[onerror], [onload], [onclick]")).isEmpty();
        assertThat(doc.selectFirst("div.person h3").text()).isEqualTo(HOSTILE);
        assertThat(doc.selectFirst("table.scores thead th:eq(1)").text()).isEqualTo(HOSTILE);
        assertThat(doc.selectFirst("g.series").attr("data-label")).isEqualTo(HOSTILE);
        assertThat(doc.selectFirst("table.patterns td:eq(2)").text()).isEqualTo(HOSTILE);
        assertThat(doc.selectFirst("ul.items li").text()).startsWith("\"><img src=x onerror=alert(1)>");
        assertThat(doc.selectFirst("ul.understanding li").text()).startsWith(HOSTILE + " about Partner B");
    }

    @Test
    void the_page_is_self_contained_and_printable() {
        String html =
                HtmlReport.render(new ReportBuilder(ContentPacks.bundled(), Locale.ENGLISH).report(List.of(), true));
        Document doc = render(Locale.ENGLISH, "Partner A", null);

        assertThat(doc.select("link, script, img, iframe, [src]")).isEmpty();
        assertThat(doc.select("style").html()).doesNotContain("url(", "@import").contains("@media print");
        assertThat(doc.select("a[href]")).isEmpty();
        assertThat(html).contains("Sample answers, made up for this demo");
    }

    @Test
    void the_report_is_in_the_requested_language_with_its_lang_attribute() {
        Document doc = render(Locale.forLanguageTag("es"), "Pareja A", null);

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(doc.title()).isEqualTo("Tu perfil de intimidad");
        assertThat(doc.select("table.scores tbody th").eachText()).contains("Confianza y seguridad");
        assertThat(doc.select("svg text.axis-label").eachText()).contains("Apertura a la vulnerabilidad");
    }

    @Test
    void a_missing_score_is_not_drawn_as_a_polygon_and_the_table_says_so() {
        Assessment partial = Assessment.builder()
                .respondent(RespondentId.of("partial"))
                .instrument(CORE.ref())
                .completedAt(Instant.EPOCH)
                .putAnswers(CORE.itemsOf(Dimension.TRUST).get(0).id(), Answer.of(4))
                .build();
        IntimacyProfile p = ScoringEngine.builder(CORE).build().score(partial);
        ReportBuilder b = new ReportBuilder(ContentPacks.bundled(), Locale.ENGLISH);

        Document doc = Jsoup.parse(HtmlReport.render(b.report(
                List.of(b.section("Partial", List.of(b.named("P", p)), null, null)), false)));

        assertThat(doc.select("g.series[data-series=1] polygon")).isEmpty();
        assertThat(doc.select("g.series[data-series=1] circle")).isEmpty();
        assertThat(doc.select("table.scores tbody tr").first().text()).contains("Not enough answers");
    }
}

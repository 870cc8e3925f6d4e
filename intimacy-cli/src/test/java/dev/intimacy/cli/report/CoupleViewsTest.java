package dev.intimacy.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.intimacy.content.ContentPacks;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.scoring.ScoringEngine;
import dev.intimacy.scoring.couple.CoupleScorer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CoupleViewsTest {
    private static final Instrument CORE =
            ContentPacks.bundled().instrument(InstrumentId.of("intimacy-core")).orElseThrow();
    private static final RespondentId ONE = RespondentId.of("one");
    private static final RespondentId TWO = RespondentId.of("two");

    /** Every item of a dimension gets the same keyed value (reverse-keyed items 6 - value). */
    private static Assessment answers(RespondentId who, RespondentId predicts, Map<Dimension, Integer> keyed) {
        Assessment.Builder b =
                Assessment.builder().respondent(who).instrument(CORE.ref()).completedAt(Instant.EPOCH);
        if (predicts != null) {
            b.predicts(predicts);
        }
        for (Item item : CORE.items()) {
            int k = item.dimension().map(keyed::get).orElse(3);
            b.putAnswers(item.id(), Answer.of(item.keying() == Keying.REVERSE ? 6 - k : k));
        }
        return b.build();
    }

    private static final Map<Dimension, Integer> VARIED = Map.of(
            Dimension.DISCLOSURE, 5,
            Dimension.TRUST, 1,
            Dimension.VULNERABILITY, 3,
            Dimension.COMMUNICATION, 4,
            Dimension.EMPATHY, 2,
            Dimension.NURTURING, 3);

    private static final Map<Dimension, Integer> MIDDLE = Map.of(
            Dimension.DISCLOSURE, 3,
            Dimension.TRUST, 3,
            Dimension.VULNERABILITY, 3,
            Dimension.COMMUNICATION, 3,
            Dimension.EMPATHY, 3,
            Dimension.NURTURING, 3);

    @Test
    void the_couple_section_shows_patterns_items_to_talk_about_and_understanding_worked_by_hand() {
        // One: POMP 100, 0, 50, 75, 25, 50; two: 50 everywhere. Gaps 50, 50, 0, 25, 25, 0: discrepant from 25,
        // else both developing: mixed. Items 2 or more keyed points apart: every DIS and TRU item (5 vs 3, 1 vs 3).
        // One predicts two exactly: accuracy 100. Two predicts 3 everywhere for one: item differences of
        // 100 * (3 - x) / 4 are 50, 50, 0, 25, 25, 0 points per dimension, accuracy 100 - that, mean 75.
        CoupleProfile couple = CoupleScorer.of(ScoringEngine.builder(CORE).build())
                .scoreCouple(
                        answers(ONE, null, VARIED),
                        answers(TWO, null, MIDDLE),
                        List.of(answers(ONE, TWO, MIDDLE), answers(TWO, ONE, MIDDLE)));
        ReportBuilder b = new ReportBuilder(ContentPacks.bundled(), Locale.ENGLISH);
        ReportView.CoupleView view = new CoupleViews(ContentPacks.bundled(), Locale.ENGLISH, b)
                .view(couple, CORE, Map.of(ONE, "Partner A", TWO, "Partner B"));

        Document doc = Jsoup.parse(HtmlReport.render(b.report(
                List.of(b.section(
                        "A and B",
                        List.of(b.named("Partner A", couple.first()), b.named("Partner B", couple.second())),
                        view,
                        null)),
                false)));

        assertThat(doc.select("table.patterns tr").eachText())
                .containsExactly(
                        "Sharing & authenticity Seen differently 50 points apart "
                                + ContentPacks.bundled()
                                        .texts(Locale.ENGLISH)
                                        .text("interpretation.couple.disclosure.discrepant"),
                        "Trust & safety Seen differently 50 points apart "
                                + text("interpretation.couple.trust.discrepant"),
                        "Openness to vulnerability Mixed 0 points apart "
                                + text("interpretation.couple.vulnerability.mixed"),
                        "Communication Seen differently 25 points apart "
                                + text("interpretation.couple.communication.discrepant"),
                        "Empathy & understanding Seen differently 25 points apart "
                                + text("interpretation.couple.empathy.discrepant"),
                        "Nurturing & shared life Mixed 0 points apart "
                                + text("interpretation.couple.nurturing.mixed"));
        assertThat(doc.select("ul.items li")).hasSize(12);
        assertThat(doc.select("ul.items li").first().text())
                .isEqualTo(text("item.intimacy-core.dis-01") + " Sharing & authenticity · 2 points apart");
        assertThat(doc.select("ul.items li").last().text()).startsWith(text("item.intimacy-core.tru-06"));
        assertThat(doc.select("ul.understanding li").eachText())
                .containsExactly(
                        "Partner A about Partner B: Understanding accuracy 100",
                        "Partner B about Partner A: Understanding accuracy 75");
        assertThat(doc.select("div.couple p.composite").text()).isEqualTo("Intimacy index: 50");
    }

    private static String text(String key) {
        return ContentPacks.bundled().texts(Locale.ENGLISH).text(key);
    }
}

package dev.intimacy.cli.report;

import dev.intimacy.content.ContentPack;
import dev.intimacy.content.InterpretationPattern;
import dev.intimacy.content.Texts;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CoupleProfile;
import dev.intimacy.model.couple.ItemDifference;
import dev.intimacy.model.couple.PartnerUnderstanding;
import dev.intimacy.model.instrument.Instrument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one adapter from the couple API to the report: turns a {@link CoupleProfile} into the report's {@link
 * ReportView.CoupleView} — each dimension's pattern with the pack's interpretation, the items to talk about
 * with their texts, and how well each partner understood the other.
 */
public final class CoupleViews {
    private final ContentPack pack;
    private final Locale locale;
    private final ReportBuilder report;
    private final Texts texts;

    /**
     * Creates the adapter.
     *
     * @param pack the pack whose texts name patterns, items and interpretations
     * @param locale the report's language
     * @param report the builder of the rest of the report, for names and numbers
     */
    public CoupleViews(ContentPack pack, Locale locale, ReportBuilder report) {
        this.pack = pack;
        this.locale = locale;
        this.report = report;
        this.texts = pack.texts(locale);
    }

    /**
     * Builds the couple's part of a section.
     *
     * @param couple the couple's profile
     * @param instrument the instrument both answered, for the items' texts
     * @param labels how each partner is named in the report
     * @return the view
     */
    public ReportView.CoupleView view(CoupleProfile couple, Instrument instrument, Map<RespondentId, String> labels) {
        List<ReportView.PatternRow> patterns = new ArrayList<>();
        for (CoupleDimension d : couple.dimensions().values()) {
            String name = report.name(d.dimension());
            if (d.pattern().isEmpty()) {
                patterns.add(new ReportView.PatternRow(name, report.insufficient(), "", ""));
                continue;
            }
            String code = d.pattern().get().code();
            patterns.add(new ReportView.PatternRow(
                    name,
                    texts.text("pattern." + d.pattern().get().key()),
                    texts.format("report.difference", report.points(d.discrepancy())),
                    pack.interpretationText(d.dimension(), InterpretationPattern.valueOf(code), locale)
                            .orElse("")));
        }
        List<ReportView.ItemRow> items = new ArrayList<>();
        for (ItemDifference item : couple.itemsToTalkAbout()) {
            String key = instrument.item(item.item()).orElseThrow().textKey();
            items.add(new ReportView.ItemRow(
                    report.name(item.dimension()),
                    texts.find(key).orElse(key),
                    texts.format("report.difference", item.difference())));
        }
        List<ReportView.UnderstandingRow> understanding = new ArrayList<>();
        row(couple.understandingByFirst(), labels).ifPresent(understanding::add);
        row(couple.understandingBySecond(), labels).ifPresent(understanding::add);
        return new ReportView.CoupleView(report.points(couple.coupleComposite()), patterns, items, understanding);
    }

    private Optional<ReportView.UnderstandingRow> row(
            Optional<PartnerUnderstanding> understanding, Map<RespondentId, String> labels) {
        return understanding.map(u -> new ReportView.UnderstandingRow(
                texts.format(
                        "report.understanding.of",
                        labels.getOrDefault(u.predictor(), u.predictor().value()),
                        labels.getOrDefault(u.partner(), u.partner().value())),
                report.points(u.overallAccuracy())));
    }
}

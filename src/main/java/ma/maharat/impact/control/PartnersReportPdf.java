package ma.maharat.impact.control;

import static ma.maharat.platform.pdf.ArabicFrenchPdf.escape;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.pdf.ArabicFrenchPdf;

/**
 * The partners' report as an A4 PDF in French or in Arabic (ADR 21): a cover, the programme's indicators with
 * their definitions and SDG targets, two charts drawn as plain boxes (no script runs in a PDF), the indicators
 * per province, a page per cohort and the stories the administrator chose. The figures follow the
 * small-count rule ({@link PublishedFigure}); a chart leaves out the bar of a withheld count.
 *
 * <p>Built as XHTML from escaped text only and laid out by {@link ArabicFrenchPdf} (ICU for the directions,
 * Amiri for the Arabic letters). In the Arabic report every figure is set left to right, so «< 5» and
 * «533 000» keep their order; a name or a story is a block in the direction of its own script. Pure apart
 * from the fonts.
 */
public final class PartnersReportPdf {

    /** The width of a chart's longest bar. */
    private static final double TRACK_MM = 80;
    private static final String BEFORE = "#8a94a6";
    private static final String AFTER = "#1f7a4d";
    private static final String[] GENDER_KEYS = {"womenTrained", "menTrained", "genderUnsaid"};
    private static final String[] GENDER_COLOURS = {"#7b2d8e", "#1f5f9e", "#b8bec8"};
    /** The province indicators the table shows: the page is not wide enough for sixteen columns. */
    private static final List<String> PROVINCE_KEYS = List.of("cooperativesTrained", "peopleTrained", "womenTrained", "completionRate",
            "ordersValueAfter", "jobsCreated");
    private static final String CENTER_FR = "Centre de développement des compétences — filière textile, Laâyoune";
    private static final String CENTER_AR = "مركز تنمية الكفاءات في قطاع النسيج – العيون";
    private static final List<String> SDG_TARGETS = List.of("5.5", "8.3", "8.5", "9.3");

    private PartnersReportPdf() {}

    /** The PDF's bytes. */
    public static byte[] render(PartnersReport report, Language language) {
        return ArabicFrenchPdf.render(xhtml(report, language), "Partners' report");
    }

    /** The texts of the bundle in one language, whatever the reader's: the report is asked for in French or in Arabic. */
    public static Function<String, String> words(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle("ma.maharat.i18n.messages", language == Language.AR ? Locale.forLanguageTag("ar") : language.locale());
        return key -> {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        };
    }

    static String xhtml(PartnersReport report, Language language) {
        boolean ar = language == Language.AR;
        Function<String, String> w = words(language);
        Page page = new Page(ar, w);
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(language.code())
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(escape(w.apply("partnersReport.title"))).append("</title><style>")
                .append(style(ar)).append("</style></head><body>");
        cover(out, report, page);
        indicators(out, report, page);
        charts(out, report, page);
        provinces(out, report, page);
        for (PartnersReport.CohortPage cohort : report.cohorts()) {
            cohort(out, cohort, page);
        }
        stories(out, report, page);
        out.append("</body></html>");
        return out.toString();
    }

    /*
     * openhtmltopdf lays a table's columns out left to right whatever the direction, so the Arabic page lists
     * its cells from the right itself; a cell of figures (class "figure") is a left-to-right block, since in
     * an Arabic line «533 000» would print «000 533» (see PublishedFigure and ADR 21).
     */
    private static String style(boolean ar) {
        String start = ar ? "right" : "left";
        String end = ar ? "left" : "right";
        return "@page { size: A4; margin: 16mm 15mm 16mm 15mm;"
                + " @bottom-center { content: counter(page) ' / ' counter(pages); font-family: 'Amiri', 'Noto Serif'; font-size: 9pt; color: #6b7280; } }"
                + " body { font-family: 'Amiri', 'Noto Serif'; color: #1f2a37; font-size: " + (ar ? "11.5pt" : "10pt") + "; line-height: "
                + (ar ? "1.55" : "1.35") + "; direction: " + (ar ? "rtl" : "ltr") + "; text-align: " + start + "; }"
                + " h1 { font-size: 26pt; color: #3b2410; margin: 0 0 4mm 0; line-height: 1.4; }"
                + " h2 { font-size: 16pt; color: #7a4b1e; border-bottom: 0.4mm solid #c9a66b; margin: 0 0 3mm 0; padding-bottom: 1mm; }"
                + " h3 { font-size: 12pt; color: #3b2410; margin: 5mm 0 2mm 0; }"
                + " p { margin: 0 0 2mm 0; }"
                + " .new-page { page-break-before: always; }"
                + " .cover { padding-top: 45mm; }"
                + " .center { font-size: 12pt; color: #7a4b1e; margin-bottom: 18mm; }"
                + " .subtitle { font-size: 15pt; color: #374151; margin-bottom: 12mm; }"
                + " .facts { font-size: 12pt; margin: 1mm 0; }"
                + " .sdg-badges { margin-top: 14mm; }"
                + " .badge { display: inline-block; padding: 1.5mm 3mm; margin-" + end + ": 2mm; color: #ffffff; font-weight: bold; }"
                + " .note { font-size: 9pt; color: #4b5563; margin-top: 3mm; }"
                + " .cover .note { margin-top: 30mm; }"
                + " table.grid { width: 100%; border-collapse: collapse; margin-bottom: 3mm; }"
                + " table.grid th, table.grid td { border-bottom: 0.2mm solid #d1d5db; padding: 0.9mm 1.5mm; vertical-align: top; text-align: " + start + "; }"
                + " table.grid thead th { background-color: #f3ede4; color: #3b2410; font-size: 9.5pt; }"
                + " table.grid td.name { width: 44mm; }"
                + " table.grid td.definition { font-size: " + (ar ? "9pt" : "8pt") + "; line-height: 1.25; color: #4b5563; }"
                + " td.figure { white-space: nowrap; font-weight: bold; direction: ltr; text-align: " + start + "; }"
                + " td.sdg { white-space: nowrap; font-size: 9pt; direction: ltr; text-align: " + start + "; width: 12mm; }"
                + " td.target { white-space: nowrap; width: 18mm; }"
                + " tr { page-break-inside: avoid; }"
                + " table.bars { width: 100%; border-collapse: collapse; margin-bottom: 2mm; }"
                + " table.bars td { padding: 0.6mm 1mm; vertical-align: middle; text-align: " + start + "; }"
                + " table.bars td.label { width: 40mm; font-size: 9.5pt; }"
                + " table.bars td.track { width: " + (TRACK_MM + 2) + "mm; }"
                + " table.bars td.figure { font-size: 9pt; font-weight: normal; }"
                + " .bar { float: " + start + "; height: 4mm; }"
                + " .legend { font-size: 9pt; margin: 0 0 2mm 0; }"
                + " .swatch { display: inline-block; width: 3mm; height: 3mm; margin: 0 1.5mm; }"
                + " .story { border-" + start + ": 1mm solid #c9a66b; padding: 1mm 4mm; margin: 0 0 5mm 0; page-break-inside: avoid; }"
                + " .story .words { font-size: " + (ar ? "12pt" : "11pt") + "; }"
                + " .story .who { font-size: 9pt; color: #4b5563; margin-top: 1mm; }"
                + " .rtl { direction: rtl; text-align: " + start + "; } .ltr { direction: ltr; text-align: " + start + "; }"
                // A story reads from its own script's side, whatever the page's.
                + " .story .words.rtl { text-align: right; } .story .words.ltr { text-align: left; }";
    }

    private static void cover(StringBuilder out, PartnersReport report, Page page) {
        out.append("<div class=\"cover\"><div class=\"center\">").append(escape(page.ar ? CENTER_AR : CENTER_FR)).append("</div>");
        out.append("<h1>").append(page.word("partnersReport.title")).append("</h1>");
        out.append("<div class=\"subtitle\">").append(page.word("partnersReport.subtitle")).append("</div>");
        out.append("<p class=\"facts\"><b>").append(page.word("partnersReport.period")).append("</b> ").append(period(report, page)).append("</p>");
        if (report.cohortName() != null) {
            out.append("<p class=\"facts\"><b>").append(page.word("partnersReport.cohort")).append("</b> ").append(escape(report.cohortName())).append("</p>");
        }
        out.append("<p class=\"facts\"><b>").append(page.word("partnersReport.madeOn")).append("</b> ").append(escape(page.dates.day(report.madeOn())))
                .append("</p>");
        out.append("<div class=\"sdg-badges\">");
        String[][] goals = {{"5", "#ff3a21"}, {"8", "#a21942"}, {"9", "#fd6925"}};
        for (String[] goal : goals) {
            out.append("<span class=\"badge\" style=\"background-color: ").append(goal[1]).append("\">").append(page.word("impactReport.sdgShort"))
                    .append(" ").append(goal[0]).append("</span>");
        }
        out.append("</div><p class=\"note\">").append(page.word("partnersReport.smallCountRule")).append("</p></div>");
    }

    private static String period(PartnersReport report, Page page) {
        ReportPeriod period = report.period();
        if (period.from() == null && period.to() == null) {
            return page.word("partnersReport.allCohorts");
        }
        String from = period.from() == null ? "…" : page.dates.day(period.from());
        String to = period.to() == null ? "…" : page.dates.day(period.to());
        return escape(from + " – " + to);
    }

    private static void indicators(StringBuilder out, PartnersReport report, Page page) {
        out.append("<div class=\"new-page\"><h2>").append(page.word("partnersReport.indicatorsTitle")).append("</h2>");
        out.append("<p>").append(page.word("partnersReport.indicatorsIntro")).append("</p>");
        out.append("<table class=\"grid\"><thead>").append(page.row("th", List.of("", "", "", ""), List.of(page.word("impactReport.indicator"),
                page.word("impactReport.value"), page.word("impactReport.sdgShort"), page.word("impactReport.definition")))).append("</thead><tbody>");
        for (Indicator indicator : report.programme().indicators()) {
            out.append(page.row("td", List.of("name", "figure", "sdg", "definition"), List.of(page.word("impact." + indicator.key()),
                    escape(page.figure(indicator)), escape(indicator.sdgTarget()), page.word("impact." + indicator.key() + ".definition"))));
        }
        out.append("</tbody></table>");
        out.append("<h3>").append(page.word("partnersReport.sdgTitle")).append("</h3><table class=\"grid\"><tbody>");
        for (String target : SDG_TARGETS) {
            out.append(page.row("td", List.of("target", ""), List.of("<b>" + page.word("impactReport.sdgShort") + " " + target + "</b>",
                    page.word("partnersReport.sdg." + target.replace('.', '_')))));
        }
        out.append("</tbody></table></div>");
    }

    private static void charts(StringBuilder out, PartnersReport report, Page page) {
        List<PartnersReport.CohortPage> cohorts = report.cohorts();
        out.append("<div class=\"new-page\"><h2>").append(page.word("partnersReport.chartsTitle")).append("</h2>");
        if (cohorts.isEmpty()) {
            out.append("<p>").append(page.word("partnersReport.noCohort")).append("</p></div>");
            return;
        }
        out.append("<h3>").append(page.word("impactHome.ordersChart")).append("</h3>");
        out.append(legend(page, new String[] {"ordersValueBaseline", "ordersValueAfter"}, new String[] {BEFORE, AFTER}));
        long maxMoney = 1;
        for (PartnersReport.CohortPage c : cohorts) {
            maxMoney = Math.max(maxMoney, Math.max(c.scope().indicator("ordersValueBaseline").value(), c.scope().indicator("ordersValueAfter").value()));
        }
        out.append("<table class=\"bars\"><tbody>");
        for (PartnersReport.CohortPage c : cohorts) {
            bar(out, page, c.scope().name(), c.scope().indicator("ordersValueBaseline"), maxMoney, BEFORE);
            bar(out, page, "", c.scope().indicator("ordersValueAfter"), maxMoney, AFTER);
        }
        out.append("</tbody></table>");

        out.append("<h3>").append(page.word("impactHome.peopleChart")).append("</h3>");
        out.append(legend(page, new String[] {"womenTrained", "menTrained", "genderUnsaid"}, GENDER_COLOURS));
        long maxPeople = 1;
        for (PartnersReport.CohortPage c : cohorts) {
            for (String key : GENDER_KEYS) {
                Long drawable = PublishedFigure.drawable(c.scope().indicator(key));
                maxPeople = Math.max(maxPeople, drawable == null ? 0 : drawable);
            }
        }
        out.append("<table class=\"bars\"><tbody>");
        for (PartnersReport.CohortPage c : cohorts) {
            for (int k = 0; k < GENDER_KEYS.length; k++) {
                bar(out, page, k == 0 ? c.scope().name() : "", c.scope().indicator(GENDER_KEYS[k]), maxPeople, GENDER_COLOURS[k]);
            }
        }
        out.append("</tbody></table><p class=\"note\">").append(page.word("partnersReport.chartsNote")).append("</p></div>");
    }

    private static String legend(Page page, String[] keys, String[] colours) {
        StringBuilder legend = new StringBuilder("<p class=\"legend\">");
        for (int k = 0; k < keys.length; k++) {
            legend.append("<span class=\"swatch\" style=\"background-color: ").append(colours[k]).append("\"></span>").append(page.word("impact." + keys[k]))
                    .append(" ");
        }
        return legend.append("</p>").toString();
    }

    private static void bar(StringBuilder out, Page page, String label, Indicator indicator, long max, String colour) {
        Long drawable = PublishedFigure.drawable(indicator);
        String track = "";
        if (drawable != null && drawable > 0) {
            double width = Math.max(0.6, TRACK_MM * drawable / max);
            track = "<div class=\"bar\" style=\"width: " + String.format(Locale.ROOT, "%.1f", width) + "mm; background-color: " + colour + "\"></div>";
        }
        out.append(page.row("td", List.of("label " + page.direction(label), "track", "figure"), List.of(escape(label), track,
                escape(page.figure(indicator)))));
    }

    private static void provinces(StringBuilder out, PartnersReport report, Page page) {
        out.append("<div class=\"new-page\"><h2>").append(page.word("partnersReport.provincesTitle")).append("</h2>");
        out.append("<p>").append(page.word("partnersReport.provincesIntro")).append("</p>");
        List<String> classes = new java.util.ArrayList<>(List.of(""));
        List<String> header = new java.util.ArrayList<>(List.of(page.word("impactReport.scope.province")));
        for (String key : PROVINCE_KEYS) {
            classes.add("");
            header.add(page.word("impact." + key));
        }
        out.append("<table class=\"grid\"><thead>").append(page.row("th", classes, header)).append("</thead><tbody>");
        for (ImpactReport.Scope province : report.provinces()) {
            List<String> cellClasses = new java.util.ArrayList<>(List.of(page.direction(province.name())));
            List<String> cells = new java.util.ArrayList<>(List.of(province.name() == null ? page.word("partnersReport.noProvince") : escape(province.name())));
            for (String key : PROVINCE_KEYS) {
                cellClasses.add("figure");
                cells.add(escape(page.figure(province.indicator(key))));
            }
            out.append(page.row("td", cellClasses, cells));
        }
        out.append("</tbody></table></div>");
    }

    private static void cohort(StringBuilder out, PartnersReport.CohortPage cohort, Page page) {
        out.append("<div class=\"new-page\"><h2>").append(page.word("impactReport.scope.cohort")).append(" · ").append(escape(cohort.scope().name()))
                .append("</h2>");
        out.append("<p class=\"facts\">").append(escape(page.dates.day(cohort.start()) + " – " + page.dates.day(cohort.end()))).append("</p>");
        out.append("<p class=\"facts\"><b>").append(page.word("partnersReport.cooperatives")).append("</b></p>");
        for (PartnersReport.Name name : cohort.cooperatives()) {
            String shown = name.in(page.ar);
            out.append("<div class=\"").append(page.direction(shown)).append("\">– ").append(escape(shown)).append("</div>");
        }
        out.append("<table class=\"grid\" style=\"margin-top: 3mm\"><thead>").append(page.row("th", List.of("", "", ""),
                List.of(page.word("impactReport.indicator"), page.word("impactReport.value"), page.word("impactReport.sdgShort")))).append("</thead><tbody>");
        for (Indicator indicator : cohort.scope().indicators()) {
            out.append(page.row("td", List.of("", "figure", "sdg"), List.of(page.word("impact." + indicator.key()), escape(page.figure(indicator)),
                    escape(indicator.sdgTarget()))));
        }
        out.append("</tbody></table></div>");
    }

    private static void stories(StringBuilder out, PartnersReport report, Page page) {
        out.append("<div class=\"new-page\"><h2>").append(page.word("partnersReport.storiesTitle")).append("</h2>");
        if (report.stories().isEmpty()) {
            out.append("<p>").append(page.word("partnersReport.noStory")).append("</p>");
        }
        for (PartnersReport.Story story : report.stories()) {
            out.append("<div class=\"story\"><div class=\"words ").append(page.direction(story.text())).append("\">«\u00a0").append(escape(story.text()))
                    .append("\u00a0»</div><div class=\"who\">").append(escape(story.cooperative().in(page.ar))).append(" · ").append(escape(story.cohort()))
                    .append(" · ").append(page.word("followUp.round." + story.round().name())).append("</div></div>");
        }
        out.append("</div>");
    }

    /** What every part of the page needs: the language, its words and days, and how to lay out mixed text. */
    private static final class Page {
        final boolean ar;
        final Function<String, String> words;
        final CenterDates dates;

        Page(boolean ar, Function<String, String> words) {
            this.ar = ar;
            this.words = words;
            this.dates = CenterDates.in(ar ? Language.AR : Language.FR);
        }

        String word(String key) {
            return escape(words.apply(key));
        }

        String figure(Indicator indicator) {
            return ar ? PublishedFigure.ofRightToLeftPage(indicator, words) : PublishedFigure.of(indicator, words);
        }

        /**
         * The class that gives a block of typed text (a name, a story) its own direction: right to left when it
         * holds Arabic letters, else left to right; the bidi algorithm works per block here, so a block is the
         * unit that keeps «دورة 2» or «Cycle 1 — 2026» in order in a page of the other direction.
         */
        String direction(String typed) {
            boolean arabic = typed != null && typed.codePoints().anyMatch(PartnersReportPdf::isArabic);
            return arabic ? "rtl" : typed == null || typed.isEmpty() ? "" : "ltr";
        }

        /** A table row; its cells from the right on the Arabic page. */
        String row(String cell, List<String> classes, List<String> contents) {
            StringBuilder row = new StringBuilder("<tr>");
            for (int i = 0; i < contents.size(); i++) {
                int k = ar ? contents.size() - 1 - i : i;
                row.append('<').append(cell);
                if (!classes.get(k).isBlank()) {
                    row.append(" class=\"").append(classes.get(k).strip()).append('"');
                }
                row.append('>').append(contents.get(k)).append("</").append(cell).append('>');
            }
            return row.append("</tr>").toString();
        }
    }

    private static boolean isArabic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
    }
}

package ma.maharat.training.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.platform.pdf.ArabicFrenchPdf;
import ma.maharat.training.entity.AttendanceStatus;

/**
 * A session's attendance sheet on paper, as training centers file it with the funders of a
 * programme: the center, the course, the cohort, the day, hours, room and trainer at the top; then one
 * line per trainee with her name in Latin and Arabic letters, her cooperative, what the trainer
 * recorded (blank before anything was) and an empty box for her signature; the trainer's signature and
 * the center's stamp below. In French (left to right) or Arabic (right to left, Moroccan month names,
 * Latin digits), with the words from the message bundles. Not a CDI bean: plain data in, bytes out.
 */
public final class AttendanceSheetPdf {

    /** What the sheet is about, already in the sheet's language where the data has languages. */
    public record Heading(String courseTitle, String cohortName, LocalDate day, LocalTime start, LocalTime end, String room,
            String trainerName) {}

    /** A trainee's line; {@code status} is null before attendance was recorded. */
    public record Line(String fullName, String fullNameAr, String cooperative, AttendanceStatus status) {}

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final String language;
    private final ResourceBundle words;
    private final DateTimeFormatter day;

    /** @param language {@code ar} for Arabic, anything else gives French */
    public AttendanceSheetPdf(String language) {
        this.language = "ar".equals(language) ? "ar" : "fr";
        Locale locale = "ar".equals(this.language) ? Locale.forLanguageTag("ar-MA-u-nu-latn") : Locale.FRENCH;
        this.words = ResourceBundle.getBundle(PageMessages.BUNDLE, Locale.forLanguageTag(this.language));
        this.day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
    }

    public byte[] render(Heading heading, List<Line> lines) {
        return ArabicFrenchPdf.render(page(heading, lines), "Attendance sheet of " + heading.cohortName() + " on " + heading.day());
    }

    /** The sheet's XHTML, every value escaped. */
    String page(Heading heading, List<Line> lines) {
        boolean rtl = "ar".equals(language);
        String start = rtl ? "right" : "left";
        StringBuilder html = new StringBuilder(8 * 1024 + lines.size() * 512);
        html.append("<html lang=\"").append(language).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(e(word("attendancePdf.title"))).append("</title><style>")
                .append("@page { size: A4 portrait; margin: 12mm 12mm 14mm 12mm;")
                .append(" @bottom-center { content: counter(page) ' / ' counter(pages); font-family: 'Amiri', 'Noto Serif'; font-size: 9pt; } }")
                .append("body { font-family: 'Amiri', 'Noto Serif'; color: #1f2a37; font-size: 11pt; direction: ")
                .append(rtl ? "rtl" : "ltr").append("; text-align: ").append(start).append("; }")
                .append("h1 { font-size: 18pt; margin: 0 0 1mm 0; }")
                .append("td, th { line-height: 1.25; }")
                .append(".center { font-size: 10pt; color: #4b5563; margin: 0 0 3mm 0; }")
                .append("table.facts { border-collapse: collapse; margin-bottom: 4mm; }")
                .append("table.facts th { font-weight: bold; padding: 0.6mm 3mm 0.6mm 0; text-align: ").append(start).append("; }")
                .append("table.facts td { padding: 0.6mm 3mm; }")
                .append("table.sheet { width: 100%; border-collapse: collapse; table-layout: fixed; -fs-table-paginate: paginate; }")
                .append("table.sheet th, table.sheet td { border: 0.3mm solid #6b7280; padding: 1.2mm 1.5mm; vertical-align: middle; text-align: ")
                .append(start).append("; }")
                .append("table.sheet thead th { background: #f3f4f6; font-size: 10pt; }")
                .append("table.sheet tr { page-break-inside: avoid; }")
                .append("td.n { text-align: center; width: 8mm; }")
                .append("td.sign { height: 11mm; }")
                .append(".other { font-size: 9.5pt; color: #4b5563; }")
                .append(".footer { margin-top: 8mm; width: 100%; border-collapse: collapse; }")
                .append(".footer { direction: ").append(rtl ? "rtl" : "ltr").append("; }")
                .append(".footer td { width: 50%; padding-top: 2mm; vertical-align: top; }")
                .append(".footer .box { height: 22mm; border-bottom: 0.3mm solid #6b7280; margin: 0 4mm; }")
                .append("</style></head><body>");
        html.append("<h1>").append(e(word("attendancePdf.title"))).append("</h1>");
        html.append("<p class=\"center\">").append(e(word("attendancePdf.center"))).append("</p>");
        html.append("<table class=\"facts\">");
        fact(html, "attendancePdf.course", heading.courseTitle());
        fact(html, "attendancePdf.cohort", heading.cohortName());
        fact(html, "attendancePdf.day", day.format(heading.day()));
        // Hours read left to right in both languages, as on the pages.
        html.append("<tr><th>").append(e(word("attendancePdf.hours"))).append("</th><td><span dir=\"ltr\">")
                .append(TIME.format(heading.start())).append(" – ").append(TIME.format(heading.end())).append("</span></td></tr>");
        fact(html, "attendancePdf.room", heading.room());
        fact(html, "attendancePdf.trainer", heading.trainerName());
        html.append("</table>");
        html.append("<table class=\"sheet\"><thead><tr>")
                .append("<th style=\"width: 8mm\">").append(e(word("attendancePdf.number"))).append("</th>")
                .append("<th style=\"width: 62mm\">").append(e(word("attendancePdf.name"))).append("</th>")
                .append("<th style=\"width: 42mm\">").append(e(word("attendancePdf.cooperative"))).append("</th>")
                .append("<th style=\"width: 24mm\">").append(e(word("attendancePdf.status"))).append("</th>")
                .append("<th>").append(e(word("attendancePdf.signature"))).append("</th>")
                .append("</tr></thead><tbody>");
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            html.append("<tr><td class=\"n\">").append(i + 1).append("</td><td>");
            name(html, line, rtl);
            html.append("</td><td><span dir=\"auto\">").append(e(line.cooperative())).append("</span></td><td>")
                    .append(line.status() == null ? "" : e(word("attendanceNoun." + line.status().name())))
                    .append("</td><td class=\"sign\"></td></tr>");
        }
        if (lines.isEmpty()) {
            html.append("<tr><td colspan=\"5\">").append(e(word("attendancePdf.noTrainee"))).append("</td></tr>");
        }
        html.append("</tbody></table>");
        html.append("<table class=\"footer\"><tr><td>").append(e(word("attendancePdf.trainerSignature")))
                .append("<div class=\"box\"></div></td><td>").append(e(word("attendancePdf.stamp")))
                .append("<div class=\"box\"></div></td></tr></table>");
        return html.append("</body></html>").toString();
    }

    /** Her name in the sheet's script first when she has one in it, the other below it, smaller. */
    private static void name(StringBuilder html, Line line, boolean rtl) {
        boolean hasArabic = line.fullNameAr() != null && !line.fullNameAr().isBlank();
        String first = rtl && hasArabic ? line.fullNameAr() : line.fullName();
        String second = !hasArabic ? null : rtl ? line.fullName() : line.fullNameAr();
        html.append("<div><span dir=\"auto\">").append(e(first)).append("</span></div>");
        if (second != null) {
            html.append("<div class=\"other\"><span dir=\"auto\">").append(e(second)).append("</span></div>");
        }
    }

    private void fact(StringBuilder html, String key, String value) {
        html.append("<tr><th>").append(e(word(key))).append("</th><td><span dir=\"auto\">").append(e(value)).append("</span></td></tr>");
    }

    private String word(String key) {
        return words.getString(key);
    }

    private static String e(String text) {
        return ArabicFrenchPdf.escape(text);
    }
}

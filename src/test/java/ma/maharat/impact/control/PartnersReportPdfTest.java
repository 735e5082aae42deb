package ma.maharat.impact.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ma.maharat.platform.i18n.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PartnersReportPdfTest {


    private static String row(String xhtml, String label) {
        int at = xhtml.indexOf(">" + label + "</td>");
        assertTrue(at >= 0, "a row for " + label);
        // The whole row: on the Arabic page the indicator's name is its last cell.
        return xhtml.substring(xhtml.lastIndexOf("<tr>", at), xhtml.indexOf("</tr>", at));
    }

    @Test
    void smallCountsArePrintedAsLessThanFiveAndOthersInFull() {
        String xhtml = PartnersReportPdf.xhtml(PartnersReportSample.report(List.of()), Language.FR);
        String programmeIndicators = xhtml.substring(xhtml.indexOf("Les indicateurs du programme"), xhtml.indexOf("Les cibles des ODD"));
        assertTrue(row(programmeIndicators, "Coopératives formées").contains(">10<"), "ten cooperatives: given");
        assertTrue(row(programmeIndicators, "Part des coopératives dirigées par des femmes").contains("90 % (9 / 10)"));
        assertTrue(row(programmeIndicators, "Valeur des commandes après (MAD)").contains("533 000 MAD"), "money is given in full");
        assertTrue(row(programmeIndicators, "Taux d’achèvement").contains("62 % (13 / 21)"));
        assertTrue(row(programmeIndicators, "Gain d’apprentissage").contains("+31.5 points (n = 9)"));
        String cycle1 = xhtml.substring(xhtml.indexOf("Cohorte · Cycle 1"));
        assertTrue(row(cycle1, "Coopératives formées").contains("&lt; 5"), "four cooperatives: a small count");
        assertFalse(row(cycle1, "Coopératives formées").contains(">4<"));
        assertTrue(row(cycle1, "Part des coopératives dirigées par des femmes").contains("&lt; 5"), "3 out of 4: withheld");
        assertTrue(row(cycle1, "Hommes formés").contains("&lt; 5"));
    }

    @Test
    void aChartLeavesOutTheBarOfAWithheldCountAndScalesTheOthers() {
        String xhtml = PartnersReportPdf.xhtml(PartnersReportSample.report(List.of()), Language.FR);
        String people = xhtml.substring(xhtml.indexOf("Personnes formées par genre"), xhtml.indexOf("Un nombre inférieur à 5 n’est pas dessiné"));
        // Cycle 1: 8 women, 1 man (withheld), 0 unsaid; Cycle 2: 12 women, 6 men. The longest bar is 12.
        assertEquals(3, people.split("class=\"bar\"", -1).length - 1, "8, 12 and 6 drawn; 1 and the zeros not");
        assertTrue(people.contains("width: 80.0mm"), "12 of 12");
        assertTrue(people.contains("width: 53.3mm"), "8 of 12");
        String orders = xhtml.substring(xhtml.indexOf("Valeur des commandes avant et après"), xhtml.indexOf("Personnes formées par genre"));
        assertTrue(orders.contains("width: 80.0mm"), "533,000 is the longest");
        assertTrue(orders.contains("113 000 MAD"));
    }

    @Test
    void storiesAreEscapedAndWrittenInTheirOwnDirection() {
        String fr = PartnersReportPdf.xhtml(PartnersReportSample.report(PartnersReportSample.stories()), Language.FR);
        assertTrue(fr.contains("&lt;b&gt;pour&lt;/b&gt;"), "a story's markup is text");
        assertFalse(fr.contains("<b>pour</b>"));
        assertTrue(fr.contains("<div class=\"words rtl\">«\u00a0بعد التكوين"), "an Arabic story in the French report is a right-to-left block");
        String ar = PartnersReportPdf.xhtml(PartnersReportSample.report(PartnersReportSample.stories()), Language.AR);
        assertTrue(ar.contains("<div class=\"words ltr\">«\u00a0Après la formation"), "a French story in the Arabic report is a left-to-right block");
        assertTrue(ar.contains("<div class=\"rtl\">– تعاونية تيفاوين</div>"), "the Arabic report names the cooperative in Arabic");
        assertTrue(ar.contains("<div class=\"ltr\">– Al Amal</div>"), "or as registered, left to right, when it has no Arabic name");
        String cooperatives = row(ar, "التعاونيات المستفيدة من التكوين");
        assertTrue(cooperatives.contains("<td class=\"figure\">10</td>"), "figures in a left-to-right cell: " + cooperatives);
        assertTrue(ar.indexOf("class=\"definition\"") < ar.indexOf("class=\"name\""), "the Arabic table's cells start from the right");
        assertTrue(ar.contains("<td class=\"figure\">درهم 533 000</td>"), "the amount at the right edge, where an Arabic reader starts");
    }

    @Test
    void theReportIsAPdfInEitherLanguageWhoseTextReadsBack() throws IOException {
        for (Language language : List.of(Language.FR, Language.AR)) {
            byte[] pdf = PartnersReportPdf.render(PartnersReportSample.report(PartnersReportSample.stories()), language);
            Path kept = Path.of("target", "partners-report-" + language.code() + ".pdf");
            Files.createDirectories(kept.getParent());
            Files.write(kept, pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                // Cover, indicators, charts, provinces, two cohorts, stories.
                assertTrue(document.getNumberOfPages() >= 7, language + ": a page at least for each part");
                String text = new PDFTextStripper().getText(document);
                // PDFBox reads an Arabic line back from the right: "000 533" there is the figure 533 000 as drawn.
                assertTrue(text.contains(language == Language.AR ? "000 533" : "533 000"), language + ": " + text);
                assertTrue(text.contains("Cycle 1"), language + ": the cohort's page");
            }
        }
    }
}

package ma.maharat.training.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.training.entity.AttendanceStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AttendanceSheetPdfTest {

    static final AttendanceSheetPdf.Heading HEADING = new AttendanceSheetPdf.Heading("Modélisme", "Cohorte <Laâyoune> 2026",
            LocalDate.of(2026, 12, 7), LocalTime.of(9, 0), LocalTime.of(12, 30), "Salle 2", "Samira Bennani");

    static List<AttendanceSheetPdf.Line> lines(int count) {
        List<AttendanceSheetPdf.Line> lines = new ArrayList<>();
        lines.add(new AttendanceSheetPdf.Line("Khadija El Mansouri", "خديجة المنصوري", "Coopérative Al Amal", AttendanceStatus.PRESENT));
        lines.add(new AttendanceSheetPdf.Line("Marie & Ouédraogo", null, "Tissage du Sud", AttendanceStatus.EXCUSED));
        for (int i = lines.size(); i < count; i++) {
            lines.add(new AttendanceSheetPdf.Line("Stagiaire " + i, null, "Coopérative " + i, null));
        }
        return lines;
    }

    @Test
    void frenchSheetNamesEveryTraineeWithASignatureColumn() throws IOException {
        byte[] pdf = new AttendanceSheetPdf("fr").render(HEADING, lines(3));
        String text = text(pdf);
        assertAll(
                () -> assertTrue(text.contains("Feuille de présence"), text),
                () -> assertTrue(text.contains("Signature"), text),
                () -> assertTrue(text.contains("Khadija El Mansouri"), text),
                () -> assertTrue(text.contains("خديجة المنصوري"), "her Arabic name too: " + text),
                () -> assertTrue(text.contains("Marie & Ouédraogo"), "escaped, printed as typed: " + text),
                () -> assertTrue(text.contains("Cohorte <Laâyoune> 2026"), text),
                () -> assertTrue(text.contains("lundi 7 décembre 2026"), text),
                () -> assertTrue(text.contains("09:00 – 12:30"), text),
                () -> assertTrue(text.contains("Absence justifiée"), text),
                () -> assertTrue(text.contains("Stagiaire 2"), text));
        write(pdf, "fr");
    }

    @Test
    void arabicSheetUsesMoroccanMonthsAndLatinDigits() throws IOException {
        byte[] pdf = new AttendanceSheetPdf("ar").render(HEADING, lines(3));
        String text = text(pdf);
        assertAll(
                () -> assertTrue(text.contains("ورقة الحضور"), text),
                () -> assertTrue(text.contains("التوقيع"), text),
                () -> assertTrue(text.contains("خديجة المنصوري"), text),
                () -> assertTrue(text.contains("دجنبر"), "Moroccan month name: " + text),
                () -> assertTrue(text.contains("2026"), "Latin digits: " + text),
                () -> assertFalse(text.contains("ديسمبر"), text));
        write(pdf, "ar");
    }

    @Test
    void aLongCohortRunsOverPagesWithTheHeaderRepeated() throws IOException {
        byte[] pdf = new AttendanceSheetPdf("fr").render(HEADING, lines(45));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "45 trainees need more than one page");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(stripper.getText(document).contains("Signature"), "the signature column is named on every page");
        }
    }

    @Test
    void statusIsBlankBeforeAttendanceWasRecorded() {
        String page = new AttendanceSheetPdf("fr").page(HEADING,
                List.of(new AttendanceSheetPdf.Line("Awa Diallo", null, "Coop", null)));
        assertFalse(page.contains("Présence</td>"), page);
        assertEquals(1, page.split("class=\"sign\"", -1).length - 1, "one signature box per trainee");
    }

    private static void write(byte[] pdf, String language) throws IOException {
        String out = System.getProperty("maharat.attendance.out");
        if (out != null) {
            Files.write(Path.of(out + "-" + language + ".pdf"), pdf);
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        }
    }
}

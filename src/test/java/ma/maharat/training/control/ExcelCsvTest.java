package ma.maharat.training.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExcelCsvTest {

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }

    @Test
    void theFileStartsWithAUtf8ByteOrderMarkSoExcelReadsArabic() {
        byte[] csv = ExcelCsv.write(List.of(List.of("فاطمة الزهراء")));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertEquals("\uFEFFفاطمة الزهراء\r\n", text(csv));
    }

    @Test
    void fieldsAreSeparatedBySemicolonsAndRowsByCrlf() {
        assertEquals("\uFEFFa;b;\r\n1;;3\r\n", text(ExcelCsv.write(List.of(List.of("a", "b", ""), Arrays.asList("1", null, "3")))));
    }

    @Test
    void aFieldWithASemicolonIsQuoted() {
        assertEquals("\"Tifawin; couture\"", ExcelCsv.field("Tifawin; couture"));
    }

    @Test
    void quotesAreDoubledInsideAQuotedField() {
        assertEquals("\"Coopérative \"\"Nour\"\"\"", ExcelCsv.field("Coopérative \"Nour\""));
    }

    @Test
    void aLineBreakIsKeptInsideAQuotedField() {
        assertEquals("\"ligne 1\nligne 2\"", ExcelCsv.field("ligne 1\nligne 2"));
    }

    @Test
    void commasAndArabicNeedNoQuotes() {
        assertEquals("Bouchra, Fatima Zahra", ExcelCsv.field("Bouchra, Fatima Zahra"));
        assertEquals("تعاونية تيفاوين للخياطة", ExcelCsv.field("تعاونية تيفاوين للخياطة"));
    }

    @Test
    void aFieldThatLooksLikeAFormulaIsDisarmed() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ExcelCsv.field("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", ExcelCsv.field("@SUM(A1)"));
        assertEquals("-12", ExcelCsv.field("-12"));
    }

    @Test
    void theFileNameDropsAccentsAndPunctuation() {
        assertEquals("progress-cycle-1-2026.csv", ProgressSheet.fileName("Cycle 1 — 2026", 7, "csv"));
        assertEquals("progress-cooperatives-d-ete-2026.xlsx", ProgressSheet.fileName("  Coopératives d’été / \"2026\"", 7, "xlsx"));
        assertEquals("progress-cohort-7.csv", ProgressSheet.fileName("الفوج الأول", 7, "csv"));
    }
}

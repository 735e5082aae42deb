package ma.maharat.impact.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImpactWorkbookTest {

    /** The keys themselves, the sheets' without their prefix (a sheet's name holds 31 characters). */
    private static final Function<String, String> WORDS = key -> key.replace("partnersReport.sheet.", "");

    private static XSSFWorkbook workbook() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(ImpactWorkbook.write(PartnersReportSample.report(PartnersReportSample.stories()), WORDS)));
    }

    private static Row row(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row " + text + " in " + sheet.getSheetName());
    }

    @Test
    void aSheetForTheProgrammeEachCohortTheProvincesTheCooperativesAndTheStories() throws IOException {
        try (XSSFWorkbook workbook = workbook()) {
            List<String> names = new java.util.ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("programme", "Cycle 1 — 2026", "دورة 2", "provinces", "cooperatives", "stories"), names);
        }
    }

    @Test
    void publishedFiguresAreNumbersAndSmallCountsText() throws IOException {
        try (XSSFWorkbook workbook = workbook()) {
            Sheet programme = workbook.getSheetAt(0);
            Row cooperatives = row(programme, 0, "impact.cooperativesTrained");
            assertEquals(10, cooperatives.getCell(1).getNumericCellValue());
            assertEquals("9.3", cooperatives.getCell(4).getStringCellValue());
            assertEquals("impact.cooperativesTrained.definition", cooperatives.getCell(5).getStringCellValue());
            Row completion = row(programme, 0, "impact.completionRate");
            assertEquals(62, completion.getCell(1).getNumericCellValue(), "a share as its percent");
            assertEquals(13, completion.getCell(2).getNumericCellValue());
            assertEquals(21, completion.getCell(3).getNumericCellValue());
            assertEquals(533_000, row(programme, 0, "impact.ordersValueAfter").getCell(1).getNumericCellValue());
            Sheet cycle1 = workbook.getSheet("Cycle 1 — 2026");
            assertEquals("< 5", row(cycle1, 0, "impact.cooperativesTrained").getCell(1).getStringCellValue());
            assertEquals("< 5", row(cycle1, 0, "impact.womenLedShare").getCell(1).getStringCellValue());
            assertEquals("< 5", row(cycle1, 0, "impact.womenLedShare").getCell(2).getStringCellValue(), "the share's count too");
            Sheet provinces = workbook.getSheet("provinces");
            assertEquals(6, row(provinces, 0, "Laâyoune").getCell(2).getNumericCellValue());
            assertEquals("partnersReport.noProvince", provinces.getRow(provinces.getLastRowNum()).getCell(0).getStringCellValue());
        }
    }

    @Test
    void storiesAndNamesThatLookLikeFormulasStayText() throws IOException {
        try (XSSFWorkbook workbook = workbook()) {
            Sheet stories = workbook.getSheet("stories");
            Cell formula = stories.getRow(3).getCell(3);
            assertEquals(CellType.STRING, formula.getCellType());
            assertEquals("=HYPERLINK(\"http://x\")", formula.getStringCellValue());
            assertTrue(formula.getCellStyle().getQuotePrefixed(), "kept text when someone edits the cell");
            assertFalse(stories.getRow(1).getCell(3).getCellStyle().getQuotePrefixed());
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    row.forEach(c -> assertFalse(c.getCellType() == CellType.FORMULA, sheet.getSheetName()));
                }
            }
        }
    }

    @Test
    void sheetNamesAreSafeAndDistinct() {
        Set<String> taken = new HashSet<>();
        assertEquals("Programme", ImpactWorkbook.sheetName("Programme", taken));
        assertEquals("programme (2)", ImpactWorkbook.sheetName("programme", taken), "Excel's names ignore case");
        assertEquals("a b c", ImpactWorkbook.sheetName("a?b*c", taken), "characters a sheet name cannot hold are replaced");
        String longName = ImpactWorkbook.sheetName("Cycle de formation de printemps 2026 — couture", taken);
        assertTrue(longName.length() <= 31, longName);
        assertTrue(ImpactWorkbook.sheetName("Cycle de formation de printemps 2026 — couture", taken).endsWith(" (2)"));
        assertTrue(ImpactWorkbook.looksLikeFormula("@SUM(A1)") && ImpactWorkbook.looksLikeFormula("-1+2") && !ImpactWorkbook.looksLikeFormula("1 400"));
    }
}

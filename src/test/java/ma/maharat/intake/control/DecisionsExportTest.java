package ma.maharat.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DecisionsExportTest {

    private static final List<List<Object>> TABLE = List.of(List.of("Nom", "Score", "Motif"),
            List.of("=HYPERLINK(\"http://x\")", new BigDecimal("71.5"), "+33 ; \"cité\""),
            List.of("Coopérative Essaada", 3, "@SUM(A1)"));

    @Test
    void csvOpensInFrenchExcelAndNeverRunsAFormula() {
        String csv = new String(DecisionsExport.csv(TABLE), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFNom;Score;Motif\r\n"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\";71,5;\"'+33 ; \"\"cité\"\"\"\r\n"), csv);
        assertTrue(csv.contains("Coopérative Essaada;3;'@SUM(A1)\r\n"), csv);
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndFormulasAsText() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(DecisionsExport.xlsx(TABLE, "Sélection")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Sélection", sheet.getSheetName());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
            assertEquals("=HYPERLINK(\"http://x\")", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
            assertEquals(71.5, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(3, sheet.getRow(2).getCell(1).getNumericCellValue());
        }
    }
}

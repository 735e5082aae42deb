package ma.maharat.intake.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.intake.entity.IntakeApplication;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The committee's decisions as a table, in CSV (as French Excel opens it: UTF-8 with a byte-order mark,
 * {@code ;} between fields) or XLSX. Names and reasons were typed by applicants and staff: a text starting
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe in the CSV so that a
 * spreadsheet never runs it as a formula; in the XLSX every text is a text cell, never a formula. Pure.
 */
public final class DecisionsExport {

    private DecisionsExport() {}

    /**
     * The table, header first.
     *
     * @param text the page's language: a bundle key (and a reason's key with its arguments) as text
     */
    public static List<List<Object>> table(List<Selection.Ranked> ranking, Function<String, String> text,
            Function<Eligibility.Reason, String> reason) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(text.apply("selection.rank"), text.apply("apply.reference"), text.apply("selection.export.nameFr"),
                text.apply("selection.export.nameAr"), text.apply("cooperatives.province"), text.apply("apply.members"),
                text.apply("selection.export.womenMembers"), text.apply("cooperatives.womenLed"), text.apply("selection.eligible"),
                text.apply("selection.reasons"), text.apply("selection.part.need"), text.apply("selection.part.size"),
                text.apply("selection.part.women"), text.apply("selection.score"), text.apply("selection.decision"),
                text.apply("selection.decisionReason"), text.apply("selection.decidedBy"), text.apply("selection.decidedAt")));
        for (Selection.Ranked r : ranking) {
            IntakeApplication a = r.application();
            List<Object> row = new ArrayList<>();
            row.add(r.rank() == 0 ? "" : r.rank());
            row.add(a.getReference());
            row.add(a.getNameFr());
            row.add(a.getNameAr());
            row.add(a.getProvince());
            row.add(a.getMembers());
            row.add(a.getWomenMembers());
            row.add(text.apply(a.isLedByWoman() ? "cooperatives.yes" : "cooperatives.no"));
            row.add(text.apply(r.verdict().eligible() ? "cooperatives.yes" : "cooperatives.no"));
            row.add(r.verdict().reasons().stream().map(reason).collect(Collectors.joining(" ; ")));
            row.add(r.score().need());
            row.add(r.score().size());
            row.add(r.score().women());
            row.add(r.score().total());
            row.add(a.getDecision() == null ? "" : text.apply("selection.decision." + a.getDecision()));
            row.add(a.getDecisionReason() == null ? "" : a.getDecisionReason());
            row.add(a.getDecidedBy() == null ? "" : a.getDecidedBy());
            row.add(a.getDecidedAt() == null ? "" : a.getDecidedAt().toString());
            rows.add(row);
        }
        return rows;
    }

    public static byte[] csv(List<List<Object>> table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            for (List<Object> row : table) {
                printer.printRecord(row.stream().map(DecisionsExport::csvField).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A number as itself; a text that a spreadsheet would take for a formula behind an apostrophe. */
    static String csvField(Object value) {
        if (value instanceof Number number) {
            return number instanceof BigDecimal d ? d.toPlainString().replace('.', ',') : number.toString();
        }
        String text = value == null ? "" : value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static byte[] xlsx(List<List<Object>> table, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = table.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value == null ? "" : value.toString());
                    }
                    if (r == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

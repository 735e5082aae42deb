package ma.maharat.impact.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The CSV's figures as an XLSX workbook (Apache POI), with the small-count rule: a sheet of the programme's
 * indicators (value, count and base of a share, SDG target, definition), a sheet per cohort, one of the
 * provinces, one of the cooperatives and one of the stories chosen for the partners' report. A published
 * figure that is a plain number is a number cell (it sums); «< 5» and the rest are text.
 *
 * <p>Names and stories come from users: they are always text cells, and one that starts like a formula
 * ({@code = + - @}, a tab or a carriage return) is marked "quote prefixed", so that editing the cell in
 * Excel or LibreOffice keeps it text instead of running it. Pure.
 */
public final class ImpactWorkbook {

    /** Excel's limit on a sheet's name. */
    private static final int SHEET_NAME = 31;

    private ImpactWorkbook() {}

    public static byte[] write(PartnersReport report, Function<String, String> words) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            scopes(workbook, styles, names, words.apply("partnersReport.sheet.programme"), List.of(report.programme()), words, false);
            for (PartnersReport.CohortPage cohort : report.cohorts()) {
                scopes(workbook, styles, names, cohort.scope().name(), List.of(cohort.scope()), words, false);
            }
            scopes(workbook, styles, names, words.apply("partnersReport.sheet.provinces"), report.provinces(), words, true);
            scopes(workbook, styles, names, words.apply("partnersReport.sheet.cooperatives"), report.cooperatives(), words, true);
            stories(workbook, styles, names, report.stories(), words);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet name Excel accepts, different from those already taken (a cohort may be named like a sheet). */
    static String sheetName(String wanted, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "-" : wanted);
        String name = safe;
        for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), SHEET_NAME - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    private static void scopes(XSSFWorkbook workbook, Styles styles, Set<String> names, String sheetName, List<ImpactReport.Scope> scopes,
            Function<String, String> words, boolean named) {
        Sheet sheet = workbook.createSheet(sheetName(sheetName, names));
        List<String> header = new java.util.ArrayList<>();
        if (named) {
            header.add(words.apply("impactReport.name"));
        }
        header.addAll(List.of(words.apply("impactReport.indicator"), words.apply("impactReport.value"), words.apply("impactReport.count"),
                words.apply("impactReport.base"), words.apply("impactReport.sdg"), words.apply("impactReport.definition")));
        header(sheet, styles, header, named ? new int[] {30, 34, 12, 10, 10, 10, 70} : new int[] {34, 12, 10, 10, 10, 70});
        int r = 1;
        for (ImpactReport.Scope scope : scopes) {
            for (Indicator indicator : scope.indicators()) {
                Row row = sheet.createRow(r++);
                int c = 0;
                if (named) {
                    typed(row.createCell(c++), styles, scope.name() == null ? words.apply("partnersReport.noProvince") : scope.name());
                }
                row.createCell(c++).setCellValue(words.apply("impact." + indicator.key()));
                figure(row.createCell(c++), indicator.isMeasured() ? published(indicator) : words.apply("impact.notMeasured"));
                figure(row.createCell(c++), indicator.kind() == Indicator.Kind.SHARE ? indicator.publishedValue() : "");
                figure(row.createCell(c++), indicator.publishedBase());
                row.createCell(c++).setCellValue(indicator.sdgTarget());
                Cell definition = row.createCell(c);
                definition.setCellValue(words.apply("impact." + indicator.key() + ".definition"));
                definition.setCellStyle(styles.wrapped);
            }
        }
    }

    /** A share as its percent (a number), other kinds as {@link Indicator#published()}. */
    private static String published(Indicator indicator) {
        Long percent = indicator.publishedPercent();
        if (indicator.kind() == Indicator.Kind.SHARE && percent != null) {
            return Long.toString(percent);
        }
        return indicator.published();
    }

    private static void stories(XSSFWorkbook workbook, Styles styles, Set<String> names, List<PartnersReport.Story> stories,
            Function<String, String> words) {
        Sheet sheet = workbook.createSheet(sheetName(words.apply("partnersReport.sheet.stories"), names));
        header(sheet, styles, List.of(words.apply("impactReport.scope.cooperative"), words.apply("impactReport.scope.cohort"),
                words.apply("partnersReport.round"), words.apply("partnersReport.story")), new int[] {30, 24, 24, 90});
        int r = 1;
        for (PartnersReport.Story story : stories) {
            Row row = sheet.createRow(r++);
            typed(row.createCell(0), styles, story.cooperative().fr());
            typed(row.createCell(1), styles, story.cohort());
            row.createCell(2).setCellValue(words.apply("followUp.round." + story.round().name()));
            typed(row.createCell(3), styles, story.text());
        }
    }

    private static void header(Sheet sheet, Styles styles, List<String> titles, int[] widths) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(styles.bold);
            // Fixed widths: autoSizeColumn measures fonts through AWT, which a headless server may lack.
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** A published figure: a number cell when it is a plain whole number, else text («< 5», «+31.5»). */
    private static void figure(Cell cell, String published) {
        if (published != null && published.matches("-?\\d{1,18}")) {
            cell.setCellValue(Long.parseLong(published));
        } else {
            cell.setCellValue(published == null ? "" : published);
        }
    }

    /** Text someone typed: a text cell, quote-prefixed when it starts like a formula. */
    static void typed(Cell cell, Styles styles, String text) {
        String value = text == null ? "" : text;
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? styles.quoted : styles.wrapped);
    }

    /** Whether a spreadsheet would take this text, typed into a cell, for a formula. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    static final class Styles {
        final CellStyle bold;
        final CellStyle wrapped;
        final CellStyle quoted;

        Styles(XSSFWorkbook workbook) {
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            quoted = workbook.createCellStyle();
            quoted.setWrapText(true);
            quoted.setQuotePrefixed(true);
        }
    }
}

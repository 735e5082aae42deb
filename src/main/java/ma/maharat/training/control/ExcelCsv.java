package ma.maharat.training.control;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as a French spreadsheet opens it with a double click: UTF-8 with a byte-order mark (without it,
 * Excel reads Arabic and accented names as Windows-1252), {@code ;} between fields (French Excel takes
 * {@code ,} as the decimal separator), CRLF between rows. A field holding a separator, a quote or a line
 * break is quoted, its quotes doubled (RFC 4180). A field starting with {@code = + - @} gets a leading
 * apostrophe so that a name typed by someone cannot run as a spreadsheet formula.
 */
public final class ExcelCsv {

    private static final String BOM = "\uFEFF";

    private ExcelCsv() {}

    /** The rows, header first, as the bytes of a file. */
    public static byte[] write(List<List<String>> rows) {
        return (BOM + rows.stream().map(ExcelCsv::line).collect(Collectors.joining())).getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> fields) {
        return fields.stream().map(ExcelCsv::field).collect(Collectors.joining(";")) + "\r\n";
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+([.,]\\d+)?") ? "'" + value : value;
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}

package ma.maharat.cooperative.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as spreadsheets save it: UTF-8 with or without a byte order mark, {@code ,} or {@code ;}
 * between cells (French Excel writes {@code ;}; the header line decides), a header line naming the
 * columns in any case and order. Rows carry the line a spreadsheet shows them on, also when a quoted
 * cell spans several lines; blank lines are skipped.
 */
final class CsvSheet {

    record Row(int line, Map<String, String> cells) {
        /** The cell of that column, {@code null} when empty or absent. */
        String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** The rows, or the problems that keep the file from being read at all (then there are no rows). */
    record Reading(List<Row> rows, List<ImportProblem> problems) {}

    private CsvSheet() {}

    static Reading read(byte[] bytes, Set<String> requiredColumns, Set<String> knownColumns) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(ImportProblem.at(firstBadLine(bytes), null, "csv.notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed(ImportProblem.at(1, null, "csv.empty"));
        }
        String headerLine = text.lines().findFirst().orElse("");
        char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).setTrim(true).get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return failed(ImportProblem.at(lineOfError(e), null, "csv.malformed"));
        }
        List<ImportProblem> problems = new ArrayList<>();
        CSVRecord header = records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!knownColumns.contains(name)) {
                problems.add(ImportProblem.at(1, name, "csv.unknownColumn"));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(ImportProblem.at(1, name, "csv.duplicateColumn"));
            }
        }
        requiredColumns.stream().sorted().filter(c -> !columns.containsKey(c))
                .forEach(c -> problems.add(ImportProblem.at(1, c, "csv.missingColumn")));
        if (!problems.isEmpty()) {
            return new Reading(List.of(), problems);
        }
        int[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int line = lineAt(lineStarts, record.getCharacterPosition());
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (record.size() > header.size()) {
                problems.add(ImportProblem.at(line, null, "csv.tooManyCells", record.size(), header.size()));
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            columns.forEach((name, index) -> cells.put(name, index < record.size() ? record.get(index) : null));
            rows.add(new Row(line, cells));
        }
        return new Reading(rows, problems);
    }

    private static Reading failed(ImportProblem problem) {
        return new Reading(List.of(), List.of(problem));
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineAt(int[] lineStarts, long position) {
        int line = 1;
        while (line < lineStarts.length && lineStarts[line] <= position) {
            line++;
        }
        return line;
    }

    private static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Commons CSV says "(line N)" in its messages about an unclosed quote; line 1 otherwise. */
    private static int lineOfError(Exception e) {
        String message = String.valueOf(e.getMessage());
        var matcher = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
    }
}

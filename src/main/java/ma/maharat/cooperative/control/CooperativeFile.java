package ma.maharat.cooperative.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.cooperative.entity.LegalForm;

/**
 * Checks a whole CSV file of cooperatives (format: docs/import-csv.md) before anything is saved:
 * every bad row is reported with its line and reason, and the file is importable only when none is.
 * Pure: matching rows to cooperatives already saved is the importer's job, by {@link Cooperative#keyOf}.
 */
public final class CooperativeFile {

    public static final List<String> COLUMNS = List.of("name_fr", "name_ar", "province", "city", "legal_form",
            "year_founded", "members_count", "women_led", "main_products", "contact_name", "contact_phone",
            "contact_email");
    static final Set<String> REQUIRED = Set.of("name_fr", "name_ar", "city");

    private static final Map<String, LegalForm> LEGAL_FORMS = Map.ofEntries(
            Map.entry("cooperative", LegalForm.COOPERATIVE), Map.entry("association", LegalForm.ASSOCIATION),
            Map.entry("gie", LegalForm.GIE), Map.entry("groupement d'interet economique", LegalForm.GIE),
            Map.entry("other", LegalForm.OTHER), Map.entry("autre", LegalForm.OTHER));
    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
            Map.entry("oui", true), Map.entry("yes", true), Map.entry("true", true), Map.entry("1", true),
            Map.entry("vrai", true), Map.entry("نعم", true),
            Map.entry("non", false), Map.entry("no", false), Map.entry("false", false), Map.entry("0", false),
            Map.entry("faux", false), Map.entry("لا", false));

    /** A good row: its line and its tidied details. */
    public record Row(int line, CooperativeDetails details) {}

    /** The good rows and the problems; import only when {@link #importable()}. */
    public record Result(List<Row> rows, List<ImportProblem> problems) {
        public boolean importable() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    private CooperativeFile() {}

    public static Result check(byte[] file, int currentYear) {
        CsvSheet.Reading reading = CsvSheet.read(file, REQUIRED, Set.copyOf(COLUMNS));
        List<ImportProblem> problems = new ArrayList<>(reading.problems());
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        for (CsvSheet.Row row : reading.rows()) {
            List<ImportProblem> rowProblems = new ArrayList<>();
            LegalForm legalForm = LegalForm.COOPERATIVE;
            String form = row.get("legal_form");
            if (form != null) {
                legalForm = LEGAL_FORMS.get(plain(form));
                if (legalForm == null) {
                    rowProblems.add(ImportProblem.at(row.line(), "legal_form", "csv.badLegalForm", form));
                }
            }
            Integer year = number(row, "year_founded", "csv.badYear", rowProblems);
            Integer members = number(row, "members_count", "csv.badNumber", rowProblems);
            boolean womenLed = false;
            String flag = row.get("women_led");
            if (flag != null) {
                Boolean value = BOOLEANS.get(flag.toLowerCase(Locale.ROOT));
                if (value == null) {
                    rowProblems.add(ImportProblem.at(row.line(), "women_led", "csv.badYesNo", flag));
                } else {
                    womenLed = value;
                }
            }
            CooperativeDetails raw = new CooperativeDetails(row.get("name_fr"), row.get("name_ar"), row.get("province"),
                    row.get("city"), legalForm, year, members, womenLed, row.get("main_products"), row.get("contact_name"),
                    row.get("contact_phone"), row.get("contact_email"));
            CooperativeRules.Checked checked = CooperativeRules.check(raw, currentYear);
            for (FieldProblem p : checked.problems()) {
                rowProblems.add(ImportProblem.of(row.line(), p.field(), p.messageKey(), p.arguments()));
            }
            if (checked.details().nameFr() != null) {
                Integer first = firstLineOfKey.putIfAbsent(Cooperative.keyOf(checked.details().nameFr()), row.line());
                if (first != null) {
                    rowProblems.add(ImportProblem.at(row.line(), "name_fr", "csv.duplicateCooperative", first));
                }
            }
            if (rowProblems.isEmpty()) {
                rows.add(new Row(row.line(), checked.details()));
            }
            problems.addAll(rowProblems);
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(ImportProblem.at(1, null, "csv.noRows"));
        }
        return new Result(List.copyOf(rows), List.copyOf(problems));
    }

    /** "Coopérative" and "GIE" in whatever case and accents; "groupement d’intérêt économique" too. */
    private static String plain(String text) {
        return Cooperative.keyOf(text).replace('’', '\'');
    }

    private static Integer number(CsvSheet.Row row, String column, String messageKey, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        if (!value.matches("-?[0-9]{1,9}")) {
            problems.add(ImportProblem.at(row.line(), column, messageKey, value));
            return null;
        }
        return Integer.valueOf(value);
    }
}

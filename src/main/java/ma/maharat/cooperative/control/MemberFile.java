package ma.maharat.cooperative.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.maharat.cooperative.entity.AgeBand;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.MemberRole;
import ma.maharat.platform.i18n.Language;

/**
 * Checks a whole CSV file of cooperative members (format: docs/import-csv.md) before any account is
 * opened: username, names, the cooperative's French name (it must exist already) and the preferred
 * language. Pure: the caller says which cooperatives exist, and the accounts' rules for usernames and
 * which usernames belong to someone other than a trainee (those cannot be taken over by an import).
 */
public final class MemberFile {

    public static final List<String> COLUMNS = List.of("username", "full_name_fr", "full_name_ar", "cooperative", "language", "gender",
            "age_band", "cooperative_role");
    static final Set<String> REQUIRED = Set.of("username", "full_name_fr", "cooperative");

    /**
     * A good row: the normalized username, names, the cooperative's key, the language, and the person's facts when
     * the file says them (null otherwise): gender as {@code FEMALE} or {@code MALE} (identity's names, which this
     * feature cannot import), age band and role in the cooperative.
     */
    public record Row(int line, String username, String fullName, String fullNameAr, String cooperativeKey, String language,
            String gender, AgeBand ageBand, MemberRole cooperativeRole) {

        /** A row that says nothing of the person's facts. */
        public Row(int line, String username, String fullName, String fullNameAr, String cooperativeKey, String language) {
            this(line, username, fullName, fullNameAr, cooperativeKey, language, null, null, null);
        }
    }

    /** How a file may write a gender, in the three languages, and what each means. */
    static final Map<String, String> GENDERS = Map.of("f", "FEMALE", "female", "FEMALE", "femme", "FEMALE", "أنثى", "FEMALE",
            "m", "MALE", "male", "MALE", "homme", "MALE", "ذكر", "MALE");

    public record Result(List<Row> rows, List<ImportProblem> problems) {
        public boolean importable() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    private MemberFile() {}

    /**
     * @param cooperativeKeys the {@link Cooperative#keyOf keys} of the cooperatives saved
     * @param members the accounts' rules for usernames, and whether one belongs to a trainer or an administrator
     */
    public static Result check(byte[] file, Set<String> cooperativeKeys, CooperativeMembers members) {
        CsvSheet.Reading reading = CsvSheet.read(file, REQUIRED, Set.copyOf(COLUMNS));
        List<ImportProblem> problems = new ArrayList<>(reading.problems());
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstLineOfUsername = new HashMap<>();
        for (CsvSheet.Row row : reading.rows()) {
            int line = row.line();
            List<ImportProblem> rowProblems = new ArrayList<>();
            String username = members.normalizedUsername(row.get("username"));
            if (username.isEmpty()) {
                rowProblems.add(ImportProblem.at(line, "username", "cooperative.required"));
            } else if (!members.isValidUsername(username)) {
                rowProblems.add(ImportProblem.at(line, "username", "csv.badUsername", username));
            } else {
                Integer first = firstLineOfUsername.putIfAbsent(username, line);
                if (first != null) {
                    rowProblems.add(ImportProblem.at(line, "username", "csv.duplicateUsername", first));
                } else if (members.isStaff(username)) {
                    rowProblems.add(ImportProblem.at(line, "username", "csv.usernameNotTrainee", username));
                }
            }
            String fullName = CooperativeRules.tidy(row.get("full_name_fr"));
            if (fullName == null) {
                rowProblems.add(ImportProblem.at(line, "full_name_fr", "cooperative.required"));
            } else if (fullName.length() > 200) {
                rowProblems.add(ImportProblem.at(line, "full_name_fr", "cooperative.tooLong", 200));
            } else if (ma.maharat.platform.text.VisibleText.problem(fullName, 200).isPresent()) {
                rowProblems.add(ImportProblem.at(line, "full_name_fr", "cooperative.invisible"));
            }
            String fullNameAr = CooperativeRules.tidy(row.get("full_name_ar"));
            if (fullNameAr != null && fullNameAr.length() > 200) {
                rowProblems.add(ImportProblem.at(line, "full_name_ar", "cooperative.tooLong", 200));
            } else if (ma.maharat.platform.text.VisibleText.problem(fullNameAr, 200).isPresent()) {
                rowProblems.add(ImportProblem.at(line, "full_name_ar", "cooperative.invisible"));
            }
            String cooperative = row.get("cooperative");
            if (cooperative == null) {
                rowProblems.add(ImportProblem.at(line, "cooperative", "cooperative.required"));
            } else if (!cooperativeKeys.contains(Cooperative.keyOf(cooperative))) {
                rowProblems.add(ImportProblem.at(line, "cooperative", "csv.unknownCooperative", CooperativeRules.tidy(cooperative)));
            }
            String language = row.get("language") == null ? "fr" : row.get("language").toLowerCase(java.util.Locale.ROOT);
            if (java.util.Arrays.stream(Language.values()).noneMatch(known -> known.code().equals(language))) {
                rowProblems.add(ImportProblem.at(line, "language", "csv.badLanguage", row.get("language")));
            }
            String gender = null;
            if (row.get("gender") != null) {
                gender = GENDERS.get(row.get("gender").strip().toLowerCase(java.util.Locale.ROOT));
                if (gender == null) {
                    rowProblems.add(ImportProblem.at(line, "gender", "csv.badGender", row.get("gender")));
                }
            }
            AgeBand ageBand = null;
            if (row.get("age_band") != null) {
                ageBand = AgeBand.ofCode(row.get("age_band")).orElse(null);
                if (ageBand == null) {
                    rowProblems.add(ImportProblem.at(line, "age_band", "csv.badAgeBand", row.get("age_band")));
                }
            }
            MemberRole role = null;
            if (row.get("cooperative_role") != null) {
                role = MemberRole.ofCode(row.get("cooperative_role")).orElse(null);
                if (role == null) {
                    rowProblems.add(ImportProblem.at(line, "cooperative_role", "csv.badCooperativeRole", row.get("cooperative_role")));
                }
            }
            if (rowProblems.isEmpty()) {
                rows.add(new Row(line, username, fullName, fullNameAr, Cooperative.keyOf(cooperative), language, gender, ageBand, role));
            }
            problems.addAll(rowProblems);
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(ImportProblem.at(1, null, "csv.noRows"));
        }
        return new Result(List.copyOf(rows), List.copyOf(problems));
    }
}

package ma.maharat.cooperative.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.platform.text.VisibleText;

/**
 * What makes a cooperative's details acceptable, the same for the form and for CSV rows: names in both
 * languages and a city, a plausible founding year, a member count that is a count, a phone number and
 * an e-mail address that look like ones. Texts are tidied first (Unicode NFC, surrounding blanks, runs
 * of spaces), so that what is checked is what is stored, and must be visible ({@link VisibleText}). Pure: no database.
 */
public final class CooperativeRules {

    public static final int FIRST_YEAR = 1900;
    public static final int MAX_MEMBERS = 100_000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private CooperativeRules() {}

    /** Tidied details and the problems found in them (none when they can be saved). */
    public record Checked(CooperativeDetails details, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Checked check(CooperativeDetails raw, int currentYear) {
        List<FieldProblem> problems = new ArrayList<>();
        CooperativeDetails d = new CooperativeDetails(
                tidy(raw.nameFr()), tidy(raw.nameAr()), tidy(raw.province()), tidy(raw.city()),
                raw.legalForm() == null ? LegalForm.COOPERATIVE : raw.legalForm(),
                raw.yearFounded(), raw.membersCount(), raw.womenLed(), tidyText(raw.mainProducts()),
                tidy(raw.contactName()), tidy(raw.contactPhone()), tidy(raw.contactEmail()));
        required(problems, "name_fr", d.nameFr(), 200);
        required(problems, "name_ar", d.nameAr(), 200);
        optional(problems, "province", d.province(), 100);
        required(problems, "city", d.city(), 100);
        if (d.yearFounded() != null && (d.yearFounded() < FIRST_YEAR || d.yearFounded() > currentYear)) {
            problems.add(FieldProblem.of("year_founded", "cooperative.yearOutOfRange", FIRST_YEAR, currentYear));
        }
        if (d.membersCount() != null && (d.membersCount() < 0 || d.membersCount() > MAX_MEMBERS)) {
            problems.add(FieldProblem.of("members_count", "cooperative.membersOutOfRange", MAX_MEMBERS));
        }
        optional(problems, "main_products", d.mainProducts(), 1000);
        optional(problems, "contact_name", d.contactName(), 200);
        if (d.contactPhone() != null && !PHONE.matcher(d.contactPhone()).matches()) {
            problems.add(FieldProblem.of("contact_phone", "cooperative.badPhone"));
        }
        if (d.contactEmail() != null && (d.contactEmail().length() > 254 || !EMAIL.matcher(d.contactEmail()).matches())) {
            problems.add(FieldProblem.of("contact_email", "cooperative.badEmail"));
        }
        return new Checked(d, List.copyOf(problems));
    }

    /** Blanks around and runs of blanks inside collapse; an empty text becomes {@code null}. */
    static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String tidied = VisibleText.normalise(text);
        return tidied.isEmpty() ? null : tidied;
    }

    /** Like {@link #tidy} but keeps line breaks (a list of products). */
    private static String tidyText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replaceAll("[\\t\\x0B\\f ]+", " ").replaceAll(" ?\\R ?", "\n");
    }

    private static void required(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "cooperative.required"));
        } else {
            optional(problems, field, value, maxLength);
        }
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problems.add(FieldProblem.of(field, "cooperative.tooLong", maxLength));
        } else if (value != null && !field.equals("main_products") && VisibleText.problem(value, maxLength).isPresent()) {
            // NUL, a zero-width space or a right-to-left override: a name that looks like another or like none.
            problems.add(FieldProblem.of(field, "cooperative.invisible"));
        }
    }
}

package ma.maharat.intake.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ma.maharat.intake.entity.ApplicationDetails;
import ma.maharat.platform.text.VisibleText;

/**
 * What makes an application acceptable: every text bounded and visible, names in both languages, a
 * province and a city, counts that are counts (women members no more than members), a plausible year,
 * a phone number that looks like one (stored as its digits), an e-mail address that looks like one. The
 * call's eligibility rules are not checked here: an ineligible cooperative may still apply, the
 * selection (item 4) will say why it is not eligible. Pure: no database.
 */
public final class ApplicationRules {

    public static final int FIRST_YEAR = 1900;
    public static final int MAX_MEMBERS = 10_000;
    public static final int NAME_LENGTH = 200;
    public static final int PLACE_LENGTH = 100;
    public static final int TEXT_LENGTH = 2000;
    public static final int REGISTRATION_LENGTH = 60;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{9,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ApplicationRules() {}

    /** Tidied details and the problems found in them (none when they can be saved). */
    public record Checked(ApplicationDetails details, List<IntakeProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Checked check(ApplicationDetails raw, int currentYear) {
        List<IntakeProblem> problems = new ArrayList<>();
        ApplicationDetails d = new ApplicationDetails(tidy(raw.nameAr()), tidy(raw.nameFr()), raw.legalForm(),
                tidy(raw.registrationNumber()), tidy(raw.province()), tidy(raw.city()), raw.yearFounded(), raw.members(),
                raw.womenMembers(), raw.ledByWoman(), raw.textile(), tidyText(raw.products()), tidyText(raw.equipment()),
                tidyText(raw.customers()), raw.turnoverBand(), tidyText(raw.wishes()), tidy(raw.contactName()),
                phone(raw.contactPhone()), tidy(raw.contactEmail()));
        text(problems, "name-ar", d.nameAr(), NAME_LENGTH, true);
        text(problems, "name-fr", d.nameFr(), NAME_LENGTH, true);
        if (d.legalForm() == null) {
            problems.add(IntakeProblem.of("legal-form", "intake.required"));
        }
        text(problems, "registration", d.registrationNumber(), REGISTRATION_LENGTH, false);
        text(problems, "province", d.province(), PLACE_LENGTH, true);
        text(problems, "city", d.city(), PLACE_LENGTH, true);
        if (d.yearFounded() != null && (d.yearFounded() < FIRST_YEAR || d.yearFounded() > currentYear)) {
            problems.add(IntakeProblem.of("year-founded", "intake.yearOutOfRange", FIRST_YEAR, currentYear));
        }
        count(problems, "members", d.members(), 1);
        count(problems, "women-members", d.womenMembers(), 0);
        if (d.members() != null && d.womenMembers() != null && d.womenMembers() > d.members()) {
            problems.add(IntakeProblem.of("women-members", "intake.moreWomenThanMembers"));
        }
        if (d.ledByWoman() == null) {
            problems.add(IntakeProblem.of("led-by", "intake.required"));
        }
        text(problems, "products", d.products(), TEXT_LENGTH, true);
        text(problems, "equipment", d.equipment(), TEXT_LENGTH, false);
        text(problems, "customers", d.customers(), TEXT_LENGTH, false);
        if (d.turnoverBand() == null) {
            problems.add(IntakeProblem.of("turnover", "intake.required"));
        }
        text(problems, "wishes", d.wishes(), TEXT_LENGTH, false);
        text(problems, "contact-name", d.contactName(), NAME_LENGTH, true);
        if (d.contactPhone() == null) {
            problems.add(IntakeProblem.of("contact-phone", raw.contactPhone() == null || raw.contactPhone().isBlank()
                    ? "intake.required" : "intake.badPhone"));
        }
        if (d.contactEmail() != null && (d.contactEmail().length() > 254 || !EMAIL.matcher(d.contactEmail()).matches())) {
            problems.add(IntakeProblem.of("contact-email", "intake.badEmail"));
        }
        return new Checked(d, List.copyOf(problems));
    }

    /**
     * A phone number as its digits, with a leading + kept ("06 12-34.56.78" is "0612345678"), or
     * {@code null} when it is not one: the phone is half of the applicant's key, typed again later.
     */
    public static String phone(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String digits = typed.strip().replaceAll("[\\s.()\\-]", "");
        return PHONE.matcher(digits).matches() ? digits : null;
    }

    private static void count(List<IntakeProblem> problems, String field, Integer value, int minimum) {
        if (value == null) {
            problems.add(IntakeProblem.of(field, "intake.required"));
        } else if (value < minimum || value > MAX_MEMBERS) {
            problems.add(IntakeProblem.of(field, "intake.countOutOfRange", minimum, MAX_MEMBERS));
        }
    }

    private static void text(List<IntakeProblem> problems, String field, String value, int maxLength, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(IntakeProblem.of(field, "intake.required"));
            }
        } else if (value.length() > maxLength) {
            problems.add(IntakeProblem.of(field, "intake.tooLong", maxLength));
        } else if (VisibleText.problem(value.replace('\n', ' '), maxLength).isPresent()) {
            problems.add(IntakeProblem.of(field, "intake.invisible"));
        }
    }

    static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String tidied = VisibleText.normalise(text);
        return tidied.isEmpty() ? null : tidied;
    }

    /** Like {@link #tidy} but keeps line breaks (a list of products). */
    static String tidyText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replaceAll("[\\t\\x0B\\f ]+", " ").replaceAll(" ?\\R ?", "\n");
    }
}

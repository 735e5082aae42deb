package ma.maharat.intake.control;

import java.util.ArrayList;
import java.util.List;
import ma.maharat.intake.entity.CallDetails;

/**
 * What makes a call acceptable: titles and texts in Arabic and French, a closing day on or after the
 * opening day, places and a minimum of members that are counts, a region and at least one legal form.
 * Pure: no database.
 */
public final class CallRules {

    public static final int TITLE_LENGTH = 300;
    public static final int TEXT_LENGTH = 20_000;
    public static final int MAX_PLACES = 1000;

    private CallRules() {}

    public record Checked(CallDetails details, List<IntakeProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Checked check(CallDetails raw) {
        List<IntakeProblem> problems = new ArrayList<>();
        CallDetails d = new CallDetails(ApplicationRules.tidy(raw.titleAr()), ApplicationRules.tidy(raw.titleFr()),
                ApplicationRules.tidyText(raw.textAr()), ApplicationRules.tidyText(raw.textFr()), raw.opensOn(), raw.closesOn(),
                raw.places(), ApplicationRules.tidy(raw.region()), raw.legalForms(), raw.textileRequired(), raw.minimumMembers());
        required(problems, "title-ar", d.titleAr(), TITLE_LENGTH);
        required(problems, "title-fr", d.titleFr(), TITLE_LENGTH);
        required(problems, "text-ar", d.textAr(), TEXT_LENGTH);
        required(problems, "text-fr", d.textFr(), TEXT_LENGTH);
        if (d.opensOn() == null) {
            problems.add(IntakeProblem.of("opens-on", "intake.required"));
        }
        if (d.closesOn() == null) {
            problems.add(IntakeProblem.of("closes-on", "intake.required"));
        } else if (d.opensOn() != null && d.closesOn().isBefore(d.opensOn())) {
            problems.add(IntakeProblem.of("closes-on", "intake.call.closesBeforeOpening"));
        }
        if (d.places() == null || d.places() < 1 || d.places() > MAX_PLACES) {
            problems.add(IntakeProblem.of("places", "intake.countOutOfRange", 1, MAX_PLACES));
        }
        required(problems, "region", d.region(), 200);
        if (d.legalForms().isEmpty()) {
            problems.add(IntakeProblem.of("legal-forms", "intake.call.noLegalForm"));
        }
        if (d.minimumMembers() == null || d.minimumMembers() < 0 || d.minimumMembers() > ApplicationRules.MAX_MEMBERS) {
            problems.add(IntakeProblem.of("minimum-members", "intake.countOutOfRange", 0, ApplicationRules.MAX_MEMBERS));
        }
        return new Checked(d, List.copyOf(problems));
    }

    private static void required(List<IntakeProblem> problems, String field, String value, int maxLength) {
        if (value == null) {
            problems.add(IntakeProblem.of(field, "intake.required"));
        } else if (value.length() > maxLength) {
            problems.add(IntakeProblem.of(field, "intake.tooLong", maxLength));
        }
    }
}

package ma.maharat.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.intake.entity.ApplicationDetails;
import ma.maharat.intake.entity.TurnoverBand;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

    static ApplicationDetails valid() {
        return new ApplicationDetails("تعاونية الأمل", "  Coopérative  Al Amal ", LegalForm.COOPERATIVE, "ODCO-1234", "Laâyoune", "Laâyoune",
                2015, 24, 20, true, true, "Tapis\r\nCoussins", null, "Touristes", TurnoverBand.UNDER_50K, "Modélisme",
                "Fatima Zahra", "06 12-34.56.78", null);
    }

    private static Map<String, String> problems(ApplicationDetails details) {
        return ApplicationRules.check(details, 2026).problems().stream()
                .collect(Collectors.toMap(IntakeProblem::field, IntakeProblem::messageKey));
    }

    @Test
    void aCompleteApplicationPassesTidied() {
        ApplicationRules.Checked checked = ApplicationRules.check(valid(), 2026);
        assertTrue(checked.valid(), checked.problems().toString());
        assertEquals("Coopérative Al Amal", checked.details().nameFr());
        assertEquals("0612345678", checked.details().contactPhone());
        assertEquals("Tapis\nCoussins", checked.details().products());
    }

    @Test
    void requiredFieldsAreNamed() {
        ApplicationDetails empty = new ApplicationDetails(null, " ", null, null, null, null, null, null, null, null, false, null, null,
                null, null, null, null, null, null);
        Map<String, String> problems = problems(empty);
        for (String field : List.of("name-ar", "name-fr", "legal-form", "province", "city", "members", "women-members", "led-by",
                "products", "turnover", "contact-name", "contact-phone")) {
            assertEquals("intake.required", problems.get(field), field);
        }
        assertNull(problems.get("registration"));
        assertNull(problems.get("contact-email"));
    }

    @Test
    void numbersAreBounded() {
        ApplicationDetails v = valid();
        assertEquals("intake.moreWomenThanMembers", problems(withCounts(v, 10, 11)).get("women-members"));
        assertEquals("intake.countOutOfRange", problems(withCounts(v, 0, 0)).get("members"));
        assertEquals("intake.countOutOfRange", problems(withCounts(v, ApplicationRules.MAX_MEMBERS + 1, 1)).get("members"));
        assertEquals("intake.countOutOfRange", problems(withCounts(v, 10, -1)).get("women-members"));
        assertTrue(problems(withCounts(v, 10, 10)).isEmpty());
        ApplicationDetails future = new ApplicationDetails(v.nameAr(), v.nameFr(), v.legalForm(), v.registrationNumber(), v.province(),
                v.city(), 2027, v.members(), v.womenMembers(), v.ledByWoman(), v.textile(), v.products(), v.equipment(), v.customers(),
                v.turnoverBand(), v.wishes(), v.contactName(), v.contactPhone(), v.contactEmail());
        assertEquals("intake.yearOutOfRange", problems(future).get("year-founded"));
    }

    @Test
    void textsAreBoundedAndVisible() {
        ApplicationDetails v = valid();
        ApplicationDetails bad = new ApplicationDetails("\u200B", "x".repeat(ApplicationRules.NAME_LENGTH + 1), v.legalForm(),
                v.registrationNumber(), v.province(), "Laâ\u202Eyoune", v.yearFounded(), v.members(), v.womenMembers(), v.ledByWoman(),
                v.textile(), "p".repeat(ApplicationRules.TEXT_LENGTH + 1), v.equipment(), v.customers(), v.turnoverBand(), v.wishes(),
                v.contactName(), v.contactPhone(), "not-an-address");
        Map<String, String> problems = problems(bad);
        assertEquals("intake.invisible", problems.get("name-ar"));
        assertEquals("intake.tooLong", problems.get("name-fr"));
        assertEquals("intake.invisible", problems.get("city"));
        assertEquals("intake.tooLong", problems.get("products"));
        assertEquals("intake.badEmail", problems.get("contact-email"));
    }

    @Test
    void phonesAreDigits() {
        assertEquals("0612345678", ApplicationRules.phone("06.12.34.56.78"));
        assertEquals("+212612345678", ApplicationRules.phone("+212 6 12 34 56 78"));
        assertNull(ApplicationRules.phone("0612"));
        assertNull(ApplicationRules.phone("06 12 34 56 7a"));
        assertNull(ApplicationRules.phone("1".repeat(41)));
        ApplicationDetails v = valid();
        ApplicationDetails badPhone = new ApplicationDetails(v.nameAr(), v.nameFr(), v.legalForm(), v.registrationNumber(), v.province(),
                v.city(), v.yearFounded(), v.members(), v.womenMembers(), v.ledByWoman(), v.textile(), v.products(), v.equipment(),
                v.customers(), v.turnoverBand(), v.wishes(), v.contactName(), "call me", v.contactEmail());
        assertEquals("intake.badPhone", problems(badPhone).get("contact-phone"));
    }

    private static ApplicationDetails withCounts(ApplicationDetails v, int members, int women) {
        return new ApplicationDetails(v.nameAr(), v.nameFr(), v.legalForm(), v.registrationNumber(), v.province(), v.city(),
                v.yearFounded(), members, women, v.ledByWoman(), v.textile(), v.products(), v.equipment(), v.customers(),
                v.turnoverBand(), v.wishes(), v.contactName(), v.contactPhone(), v.contactEmail());
    }
}

package ma.maharat.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.intake.entity.CallDetails;
import org.junit.jupiter.api.Test;

class CallRulesTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 1, 5);

    private static Map<String, String> problems(CallDetails details) {
        return CallRules.check(details).problems().stream().collect(Collectors.toMap(IntakeProblem::field, IntakeProblem::messageKey));
    }

    @Test
    void aCompleteCallPasses() {
        assertTrue(problems(new CallDetails("نداء", "Appel", "نص", "Texte", OPENS, OPENS, 20, "Laâyoune-Sakia El Hamra",
                Set.of(LegalForm.COOPERATIVE), true, 5)).isEmpty());
    }

    @Test
    void everyMissingOrWrongFieldIsNamed() {
        Map<String, String> problems = problems(new CallDetails(null, "x".repeat(CallRules.TITLE_LENGTH + 1), " ", null, OPENS,
                OPENS.minusDays(1), 0, null, Set.of(), true, -1));
        assertEquals("intake.required", problems.get("title-ar"));
        assertEquals("intake.tooLong", problems.get("title-fr"));
        assertEquals("intake.required", problems.get("text-ar"));
        assertEquals("intake.call.closesBeforeOpening", problems.get("closes-on"));
        assertEquals("intake.countOutOfRange", problems.get("places"));
        assertEquals("intake.required", problems.get("region"));
        assertEquals("intake.call.noLegalForm", problems.get("legal-forms"));
        assertEquals("intake.countOutOfRange", problems.get("minimum-members"));
        assertEquals("intake.required", problems(new CallDetails("a", "b", "c", "d", null, null, 1, "r", Set.of(LegalForm.GIE), false, 0))
                .get("opens-on"));
    }
}

package ma.maharat.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.intake.entity.ApplicationDetails;
import ma.maharat.intake.entity.CallDetails;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.intake.entity.TurnoverBand;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static IntakeCall call(String region) {
        return new IntakeCall(new CallDetails("نداء", "Appel", "نص", "Texte", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 29), 20,
                region, EnumSet.of(LegalForm.COOPERATIVE, LegalForm.ASSOCIATION), true, 5), Instant.parse("2026-05-01T00:00:00Z"));
    }

    static IntakeApplication application(IntakeCall call, String province, LegalForm form, int members, boolean textile) {
        return new IntakeApplication(call, "ABCDEFGHJK", new ApplicationDetails("تعاونية", "Coopérative", form, null, province, "Ville",
                2015, members, members, true, textile, "Melhfas", null, null, TurnoverBand.values()[0], null, "Contact", "0661234567", null),
                Instant.parse("2026-05-05T10:00:00Z"));
    }

    private static List<String> keys(Eligibility.Verdict verdict) {
        return verdict.reasons().stream().map(Eligibility.Reason::key).toList();
    }

    @Test
    void aTextileCooperativeOfTheRegionWithEnoughMembersIsEligible() {
        IntakeCall call = call("Laâyoune-Sakia El Hamra");
        for (String province : List.of("Laâyoune", "laayoune", "  LAAYOUNE ", "Es-Semara", "Smara", "Boujdour", "Tarfaya", "العيون", "السمارة")) {
            Eligibility.Verdict verdict = Eligibility.check(call, application(call, province, LegalForm.COOPERATIVE, 5, true));
            assertTrue(verdict.eligible(), province);
            assertEquals(List.of(), keys(verdict), province);
        }
    }

    @Test
    void eachBrokenRuleGivesItsReason() {
        IntakeCall call = call("Laâyoune-Sakia El Hamra");
        Eligibility.Verdict verdict = Eligibility.check(call, application(call, "Agadir", LegalForm.GIE, 4, false));
        assertFalse(verdict.eligible());
        assertEquals(List.of("selection.reason.outsideRegion", "selection.reason.legalForm", "selection.reason.notTextile",
                "selection.reason.tooFewMembers"), keys(verdict));
        assertEquals(List.of(4, 5), verdict.reasons().get(3).arguments());
        assertEquals(List.of("legalForm.GIE"), verdict.reasons().get(1).arguments());
    }

    @Test
    void aWithdrawnApplicationIsNotEligible() {
        IntakeCall call = call("Laâyoune-Sakia El Hamra");
        IntakeApplication application = application(call, "Laâyoune", LegalForm.COOPERATIVE, 12, true);
        application.withdraw(Instant.parse("2026-05-06T10:00:00Z"));
        assertEquals(List.of("selection.reason.withdrawn"), keys(Eligibility.check(call, application)));
    }

    @Test
    void aRegionTheListDoesNotKnowIsFlaggedNotRefused() {
        IntakeCall call = call("Souss-Massa");
        Eligibility.Verdict verdict = Eligibility.check(call, application(call, "Taroudant", LegalForm.COOPERATIVE, 12, true));
        assertTrue(verdict.eligible());
        assertEquals(List.of("selection.reason.regionUnchecked"), keys(verdict));
        assertFalse(verdict.reasons().get(0).blocking());
    }

    @Test
    void textileNotRequiredAcceptsOtherActivities() {
        IntakeCall call = new IntakeCall(new CallDetails("نداء", "Appel", "نص", "Texte", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 29),
                20, "Laâyoune-Sakia El Hamra", EnumSet.of(LegalForm.COOPERATIVE), false, 0), Instant.parse("2026-05-01T00:00:00Z"));
        assertTrue(Eligibility.check(call, application(call, "Tarfaya", LegalForm.COOPERATIVE, 1, false)).eligible());
    }
}

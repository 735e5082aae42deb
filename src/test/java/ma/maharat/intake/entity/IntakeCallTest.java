package ma.maharat.intake.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import ma.maharat.cooperative.entity.LegalForm;
import org.junit.jupiter.api.Test;

class IntakeCallTest {

    private static IntakeCall call() {
        return new IntakeCall(new CallDetails("نداء", "Appel", "نص", "Texte", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 29), 20,
                "Laâyoune-Sakia El Hamra", Set.of(LegalForm.GIE, LegalForm.COOPERATIVE), true, 5), Instant.parse("2026-02-01T10:00:00Z"));
    }

    @Test
    void opensAndClosesWithTheCentresDays() {
        IntakeCall call = call();
        // Casablanca is UTC+1 outside Ramadan: 4 May starts at 23:00 UTC on 3 May.
        assertFalse(call.isOpen(Instant.parse("2026-05-03T22:59:59Z")));
        assertTrue(call.isOpen(Instant.parse("2026-05-03T23:00:00Z")));
        assertTrue(call.isOpen(Instant.parse("2026-05-29T22:59:59Z")));
        assertFalse(call.isOpen(Instant.parse("2026-05-29T23:00:00Z")));
    }

    @Test
    void editableOnlyUntilItOpens() {
        IntakeCall call = call();
        assertTrue(call.isEditable(Instant.parse("2026-05-03T22:00:00Z")));
        assertFalse(call.isEditable(Instant.parse("2026-05-04T10:00:00Z")));
    }

    @Test
    void closingEarlyEndsItAtOnce() {
        IntakeCall call = call();
        Instant early = Instant.parse("2026-05-10T09:00:00Z");
        call.close(early);
        assertFalse(call.isOpen(early));
        assertTrue(call.isOpen(early.minusSeconds(1)));
        assertEquals(early, call.closesAt());
        call.close(early.plusSeconds(3600));
        assertEquals(early, call.closesAt(), "closing again changes nothing");
    }

    @Test
    void legalFormsRoundTrip() {
        assertEquals(EnumSet.of(LegalForm.COOPERATIVE, LegalForm.GIE), call().getLegalForms());
    }
}

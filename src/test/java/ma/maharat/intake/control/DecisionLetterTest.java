package ma.maharat.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.intake.entity.CallDetails;
import ma.maharat.intake.entity.Decision;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.platform.i18n.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DecisionLetterTest {

    private static IntakeApplication decided(Decision decision, String reason) {
        IntakeCall call = new IntakeCall(new CallDetails("طلب الترشيحات 2026", "Appel 2026", "نص", "Texte", LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 29), 20, "Laâyoune-Sakia El Hamra", EnumSet.of(LegalForm.COOPERATIVE), true, 5),
                Instant.parse("2026-05-01T00:00:00Z"));
        IntakeApplication application = EligibilityTest.application(call, "Laâyoune", LegalForm.COOPERATIVE, 12, true);
        if (decision != null) {
            application.decide(decision, reason, "admin", Instant.parse("2026-06-01T10:00:00Z"));
        }
        return application;
    }

    @Test
    void aRefusalInFrenchGivesTheDecisionAndTheEscapedReason() {
        String page = DecisionLetter.xhtml(decided(Decision.REFUSED, "Besoins <moins> prioritaires & autres"), Language.FR,
                LocalDate.of(2026, 6, 2));
        assertTrue(page.contains("n’a pas été retenue"), page);
        assertTrue(page.contains("Besoins &lt;moins&gt; prioritaires &amp; autres"), page);
        assertTrue(page.contains("dir=\"ltr\""));
        assertFalse(page.contains("{{"));
    }

    @Test
    void aSelectionInArabicIsRightToLeftAndRendersAsAPdf() throws IOException {
        IntakeApplication application = decided(Decision.SELECTED, null);
        String page = DecisionLetter.xhtml(application, Language.AR, LocalDate.of(2026, 6, 2));
        assertTrue(page.contains("dir=\"rtl\""));
        assertTrue(page.contains("تم انتقاء تعاونيتكم"), page);
        byte[] pdf = DecisionLetter.pdf(application, Language.AR, LocalDate.of(2026, 6, 2));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("ABCD-EFGH-JK"));
        }
    }

    @Test
    void noLetterBeforeTheDecision() {
        assertEquals("selection.letter.notDecided", assertThrows(IntakeRuleViolation.class,
                () -> DecisionLetter.xhtml(decided(null, null), Language.FR, LocalDate.of(2026, 6, 2))).messageKey());
    }
}

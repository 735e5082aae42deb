package ma.maharat.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ma.maharat.audit.entity.AuditEntry;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.text.MixedDirection;
import org.junit.jupiter.api.Test;

/** Issue 14, item 3: an audit entry written once reads in each viewer's language. */
class AuditMessagesTest {

    private static final AuditMessage SESSION = AuditMessage.of("audit.message.session", "modeling", "Cycle Atlas 2026",
            "samira.bennani", LocalDate.of(2026, 12, 4), LocalTime.of(9, 0), LocalTime.of(12, 30), "Salle B");
    private static final AuditMessage MOVED = AuditMessage.of("audit.message.session.moved", SESSION, LocalDate.of(2026, 12, 7),
            LocalTime.of(14, 0), LocalTime.of(17, 0), "Atelier 2");

    @Test
    void parametersSurviveTheirJson() {
        Instant at = Instant.parse("2026-12-04T22:39:00Z");
        List<Object> parameters = List.of("Coopérative الأمل", 12L, LocalDate.of(2026, 12, 4), LocalTime.of(9, 30), at, MOVED);
        assertEquals(parameters, AuditMessages.fromJson(AuditMessages.toJson(parameters)));
        assertEquals(List.of(), AuditMessages.fromJson(null));
    }

    @Test
    void aMovedSessionReadsInFrenchWithFrenchDates() {
        assertEquals("Séance déplacée : modeling pour « Cycle Atlas 2026 » avec samira.bennani, le 4 décembre 2026 de 09:00 à 12:30, "
                + "Salle B → le 7 décembre 2026 de 14:00 à 17:00, Atelier 2", AuditMessages.text(MOVED, Language.FR, true));
    }

    @Test
    void theSameEntryReadsInArabicWithMoroccanMonthsAndIsolatedNames() {
        String arabic = AuditMessages.text(MOVED, Language.AR, true);
        assertEquals("نقل حصة: كانت \u2068modeling\u2069 للفوج «\u2068Cycle Atlas 2026\u2069» مع \u2068samira.bennani\u2069، يوم 4 دجنبر 2026 "
                + "من 09:00 إلى 12:30، \u2068Salle B\u2069، وصارت يوم 7 دجنبر 2026 من 14:00 إلى 17:00، \u2068Atelier 2\u2069", arabic);
    }

    @Test
    void andInEnglish() {
        assertEquals("Session moved: modeling for “Cycle Atlas 2026” with samira.bennani, 4 December 2026 09:00–12:30, Salle B → "
                + "7 December 2026 14:00–17:00, Atelier 2", AuditMessages.text(MOVED, Language.EN, true));
    }

    @Test
    void countsAndTranslatedWordsAreWrittenForEachReader() {
        AuditMessage signOff = AuditMessage.of("audit.message.signoff", "measurements=developing",
                AuditMessage.of("audit.message.signoff.notPassed"), 2);
        assertEquals("measurements=developing ; pas encore réussie ; photos : 2", AuditMessages.text(signOff, Language.FR, false));
        assertEquals("\u2068measurements=developing\u2069؛ غير ناجحة بعد؛ الصور: 2", AuditMessages.text(signOff, Language.AR, true));
    }

    @Test
    void theStoredSummaryHasNoInvisibleCharacters() {
        String summary = AuditMessages.text(AuditMessage.of("audit.message.cooperative.created", "تعاونية الأمل"), Language.FR, false);
        assertEquals("Coopérative « تعاونية الأمل » créée", summary);
        assertEquals("Coopérative « \u2068تعاونية الأمل\u2069 » créée",
                AuditMessages.text(AuditMessage.of("audit.message.cooperative.created", "تعاونية الأمل"), Language.FR, true),
                "on a French page an Arabic name is isolated");
    }

    @Test
    void anEntryWrittenBeforeTheKeysShowsItsStoredSummary() {
        AuditEntry old = new AuditEntry(Instant.EPOCH, "admin", "session.moved", "session", "7", "modeling moved to Monday");
        assertEquals("modeling moved to Monday", AuditTrail.text(old, Language.AR));
        AuditEntry keyed = new AuditEntry(Instant.EPOCH, "admin", "cooperative.created", "cooperative", "3",
                "Coopérative « Atlas » créée", "audit.message.cooperative.created", AuditMessages.toJson(List.of("Atlas")));
        assertEquals("إنشاء التعاونية «\u2068Atlas\u2069»", AuditTrail.text(keyed, Language.AR));
        assertEquals("Cooperative “Atlas” created", AuditTrail.text(keyed, Language.EN));
    }

    @Test
    void aKeyRemovedSinceStillShowsWhatItWasAbout() {
        String text = AuditMessages.text(AuditMessage.of("audit.message.gone", "Atlas"), Language.FR, false);
        assertTrue(text.startsWith("audit.message.gone") && MixedDirection.withoutIsolates(text).contains("Atlas"), text);
    }
}

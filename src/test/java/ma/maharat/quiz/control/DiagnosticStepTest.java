package ma.maharat.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the diagnostic's "before" and "after" are offered. */
class DiagnosticStepTest {

    @Test
    void beforeIsOfferedUntilTheFirstLessonIsDone() {
        assertEquals(DiagnosticStep.BEFORE, DiagnosticStep.of(0, 0, 4));
        assertEquals(DiagnosticStep.MISSED, DiagnosticStep.of(0, 1, 4));
        assertEquals(DiagnosticStep.MISSED, DiagnosticStep.of(0, 4, 4), "too late for a 'before' at the end");
    }

    @Test
    void afterIsOfferedOnceEveryLessonIsDone() {
        assertEquals(DiagnosticStep.WAITING, DiagnosticStep.of(1, 0, 4));
        assertEquals(DiagnosticStep.WAITING, DiagnosticStep.of(1, 3, 4));
        assertEquals(DiagnosticStep.AFTER, DiagnosticStep.of(1, 4, 4));
        assertEquals(DiagnosticStep.DONE, DiagnosticStep.of(2, 4, 4));
    }

    @Test
    void onlyBeforeAndAfterMayStartAnAttempt() {
        assertTrue(DiagnosticStep.BEFORE.isOffered());
        assertTrue(DiagnosticStep.AFTER.isOffered());
        assertFalse(DiagnosticStep.WAITING.isOffered());
        assertFalse(DiagnosticStep.MISSED.isOffered());
        assertFalse(DiagnosticStep.DONE.isOffered());
    }
}

package ma.maharat.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 14, item 3: names in the other direction stay whole inside a sentence. */
class MixedDirectionTest {

    @Test
    void aNameIsWrappedInFirstStrongIsolateAndPop() {
        assertEquals("\u2068Salle B-2\u2069", MixedDirection.isolate("Salle B-2"));
        assertEquals("\u2068تعاونية الأمل\u2069", MixedDirection.isolate("تعاونية الأمل"));
        assertNull(MixedDirection.isolate(null));
        assertEquals("", MixedDirection.isolate(""));
    }

    @Test
    void inAnArabicSentenceEveryTextArgumentIsIsolated() {
        assertEquals("\u2068Salle B-2\u2069", MixedDirection.isolateArgument("Salle B-2", true));
        assertEquals("\u2068قاعة 3\u2069", MixedDirection.isolateArgument("قاعة 3", true));
    }

    @Test
    void inAFrenchSentenceOnlyRightToLeftNamesAreIsolated() {
        assertEquals("Salle B-2", MixedDirection.isolateArgument("Salle B-2", false));
        assertEquals("\u2068تعاونية الأمل (2)\u2069", MixedDirection.isolateArgument("تعاونية الأمل (2)", false));
    }

    @Test
    void numbersAndOtherValuesAreLeftToTheirFormat() {
        Integer twelve = 12;
        assertSame(twelve, MixedDirection.isolateArgument(twelve, true));
        assertNull(MixedDirection.isolateArgument(null, true));
    }

    @Test
    void rightToLeftLettersAreRecognised() {
        assertTrue(MixedDirection.hasRightToLeft("Coopérative الأمل"));
        assertTrue(MixedDirection.hasRightToLeft("שלום"));
        assertFalse(MixedDirection.hasRightToLeft("Salle B-2 (12)"));
        assertFalse(MixedDirection.hasRightToLeft(null));
    }

    @Test
    void withoutIsolatesGivesBackWhatIsSeen() {
        assertEquals("Salle B-2", MixedDirection.withoutIsolates(MixedDirection.isolate("Salle B-2")));
    }
}

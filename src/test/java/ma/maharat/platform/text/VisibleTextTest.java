package ma.maharat.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 13, item 11: names must be visible and searchable. */
class VisibleTextTest {

    @Test
    void controlAndInvisibleFormatCharactersAreRefused() {
        for (String hostile : new String[] {"Fatima\u0000", "Coop\u200BTifawin", "\u202Enila", "\uFEFFAmal", "a\u2066b"}) {
            assertEquals(Optional.of(VisibleText.Problem.INVISIBLE_CHARACTER),
                    VisibleText.problem(VisibleText.normalise(hostile), 200), hostile);
        }
    }

    @Test
    void aNameOfNothingVisibleIsRefused() {
        assertEquals(Optional.of(VisibleText.Problem.NOTHING_VISIBLE), VisibleText.problem("\u0301\u0301", 200));
        assertEquals(Optional.of(VisibleText.Problem.NOTHING_VISIBLE), VisibleText.problem("\u3164", 200));
    }

    @Test
    void arabicFrenchAndAccentedNamesPassInOneForm() {
        assertEquals(Optional.empty(), VisibleText.problem("خديجة المنصوري", 200));
        String decomposed = "Ame\u0301lie  Benali ";
        assertEquals("Amélie Benali", VisibleText.normalise(decomposed), "NFC, blanks tidied");
        assertEquals(Optional.empty(), VisibleText.problem(VisibleText.normalise(decomposed), 200));
    }

    @Test
    void lengthCountsCharactersOnceNormalised() {
        assertEquals(Optional.of(VisibleText.Problem.TOO_LONG), VisibleText.problem("a".repeat(201), 200));
        assertEquals(Optional.empty(), VisibleText.problem("ب".repeat(200), 200));
    }

    @Test
    void passwordsWithNulOrLineBreaksAreNoticed() {
        assertTrue(VisibleText.hasControlCharacter("secret\u0000secret"));
        assertTrue(VisibleText.hasControlCharacter("secret\nsecret"));
        assertFalse(VisibleText.hasControlCharacter("كلمة-سر مع مسافة"));
    }
}

package ma.maharat.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void arabicIsRightToLeftAndTheOthersAreNot() {
        assertEquals("rtl", Language.AR.direction());
        assertEquals("ltr", Language.FR.direction());
        assertEquals("ltr", Language.EN.direction());
    }

    @Test
    void codesAreReadLeniently() {
        assertEquals(Language.AR, Language.ofCode(" AR ").orElseThrow());
        assertTrue(Language.ofCode("de").isEmpty());
        assertTrue(Language.ofCode(null).isEmpty());
    }

    @Test
    void frenchIsTheFallback() {
        assertEquals(Language.FR, Language.DEFAULT);
    }
}

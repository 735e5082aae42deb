package ma.maharat.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorReportTest {

    @Test
    void referenceIsEightUnambiguousCharactersInTwoGroups() {
        for (int i = 0; i < 1_000; i++) {
            String reference = ErrorReport.newReference();
            assertTrue(reference.matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"), reference);
        }
    }

    @Test
    void referencesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(ErrorReport.newReference());
        }
        assertEquals(10_000, seen.size());
    }
}

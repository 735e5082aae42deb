package ma.maharat.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    @Test
    void referencesHaveTenCharactersOfTheAlphabetAndDoNotRepeat() {
        References references = new References();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String reference = references.next();
            assertEquals(References.LENGTH, reference.length());
            assertTrue(reference.chars().allMatch(c -> References.ALPHABET.indexOf(c) >= 0), reference);
            assertTrue(seen.add(reference), "repeated: " + reference);
        }
    }

    @Test
    void everyCharacterOfTheAlphabetComesUp() {
        References references = new References(new Random(17));
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            references.next().chars().forEach(c -> used.add((char) c));
        }
        assertEquals(References.ALPHABET.length(), used.size());
    }

    @Test
    void theAlphabetLeavesOutWhatPeopleConfuse() {
        for (char confusable : "0O1IL5S2Z8B".toCharArray()) {
            assertEquals(-1, References.ALPHABET.indexOf(confusable), "confusable " + confusable);
        }
    }

    @Test
    void aTypedReferenceIsNormalised() {
        assertEquals("K7QM3XRT9A", References.normalise(" k7qm-3xrt 9a "));
        assertEquals("K7QM3XRT9A", References.normalise(References.grouped("K7QM3XRT9A")));
    }

    @Test
    void whatCannotBeAReferenceIsRefusedBeforeAnyQuery() {
        assertNull(References.normalise(null));
        assertNull(References.normalise("K7QM3XRT9"));
        assertNull(References.normalise("K7QM3XRT9AA"));
        assertNull(References.normalise("K7QM3XRT90"));
        assertNull(References.normalise("K7QM3XRT9' OR 1=1 --"));
        assertNull(References.normalise("K".repeat(100)));
    }

    @Test
    void groupedInFours() {
        assertEquals("K7QM-3XRT-9A", References.grouped("K7QM3XRT9A"));
    }
}

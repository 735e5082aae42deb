package ma.maharat.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void aCodeIsFourGroupsOfFourFromTheTypableAlphabet() {
        String code = VerificationCode.generate();
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), code);
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(codes.add(VerificationCode.generate()));
        }
    }

    @Test
    void everyCharacterOfTheAlphabetTurnsUp() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            VerificationCode.generate().chars().filter(c -> c != '-').forEach(c -> seen.add((char) c));
        }
        assertEquals(32, seen.size());
    }

    @Test
    void typedCodesAreReadWithoutCaseSpacesOrLookAlikes() {
        assertEquals(Optional.of("K7QM-3XRT-9BHD-2WE0"), VerificationCode.normalize(" k7qm 3xrt-9bhd-2weo "));
        assertEquals(Optional.of("1111-0000-ABCD-EFGH"), VerificationCode.normalize("ilIL-oOoO-abcd-efgh"));
        assertEquals(Optional.of("K7QM-3XRT-9BHD-2WEA"), VerificationCode.normalize("K7QM3XRT9BHD2WEA"));
    }

    @Test
    void whatCannotBeACodeIsRefused() {
        assertEquals(Optional.empty(), VerificationCode.normalize(null));
        assertEquals(Optional.empty(), VerificationCode.normalize("K7QM-3XRT-9BHD"));
        assertEquals(Optional.empty(), VerificationCode.normalize("K7QM-3XRT-9BHD-2WEA-X"));
        assertEquals(Optional.empty(), VerificationCode.normalize("K7QM-3XRT-9BHD-2WEU"));
        assertEquals(Optional.empty(), VerificationCode.normalize("../../etc/passwd"));
    }

    @Test
    void numbersAreYearAndSixDigitRank() {
        assertEquals("MAH-2026-000042", CertificateNumber.of(2026, 42));
    }
}

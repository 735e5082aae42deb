package ma.maharat.identity.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void sevenCharactersAreTooFew() {
        AccountRuleViolation refused = assertThrows(AccountRuleViolation.class, () -> PasswordPolicy.check("hind", "1234567"));
        assertEquals("password.tooShort", refused.messageKey());
        assertEquals(8, refused.arguments()[0]);
    }

    @Test
    void eightCharactersOfAnyKindAreEnough() {
        assertDoesNotThrow(() -> PasswordPolicy.check("hind", "abcdefgh"));
        assertDoesNotThrow(() -> PasswordPolicy.check("hind", "خيط وإبرة"));
    }

    @Test
    void arabicLettersCountAsCharactersNotBytes() {
        assertEquals("password.tooShort", assertThrows(AccountRuleViolation.class, () -> PasswordPolicy.check("hind", "خيطإبرة")).messageKey());
    }

    @Test
    void usernameIsNotAPassword() {
        assertEquals("password.sameAsUsername",
                assertThrows(AccountRuleViolation.class, () -> PasswordPolicy.check("fatima.zahra", "Fatima.Zahra")).messageKey());
    }

    @Test
    void overlongPasswordIsRefused() {
        assertEquals("password.tooLong", assertThrows(AccountRuleViolation.class, () -> PasswordPolicy.check("u", "x".repeat(129))).messageKey());
    }

    @Test
    void missingPasswordIsTooShort() {
        assertEquals("password.tooShort", assertThrows(AccountRuleViolation.class, () -> PasswordPolicy.check("u", null)).messageKey());
    }

    @Test
    void aPasswordWithNulIsRefused() {
        AccountRuleViolation refused = assertThrows(AccountRuleViolation.class,
                () -> PasswordPolicy.check("hind", "secret\u0000secret"));
        assertEquals("password.controlCharacter", refused.messageKey());
    }
}

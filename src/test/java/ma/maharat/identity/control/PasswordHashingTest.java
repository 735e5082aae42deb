package ma.maharat.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The PBKDF2 cost setting: production keeps 600,000 rounds, the floor holds, and hashes made with other
 * counts are judged by the count they carry (PlatformIT checks them against Payara's own PBKDF2).
 */
class PasswordHashingTest {

    private static final String SALT_AND_HASH = ":c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";

    @Test
    void productionHashesWith600000RoundsUnlessConfiguredOtherwise() throws Exception {
        ConfigProperty setting = PasswordHashing.class.getDeclaredField("configuredIterations").getAnnotation(ConfigProperty.class);
        assertEquals("maharat.password.hash.iterations", setting.name());
        assertEquals("600000", setting.defaultValue());
        Properties defaults = new Properties();
        try (InputStream in = PasswordHashing.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        assertEquals("600000", defaults.getProperty(setting.name()));
        assertEquals(600_000, PasswordHashing.checked(Integer.parseInt(setting.defaultValue())));
    }

    @Test
    void fewerRoundsThanTheFloorAreRefused() {
        assertEquals(10_000, PasswordHashing.checked(10_000));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PasswordHashing.checked(9_999));
        assertTrue(refused.getMessage().contains("MAHARAT_PASSWORD_HASH_ITERATIONS"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> PasswordHashing.checked(1));
        assertThrows(IllegalStateException.class, () -> PasswordHashing.checked(0));
        assertThrows(IllegalStateException.class, () -> PasswordHashing.checked(-600_000));
    }

    @Test
    void aHashWithMoreRoundsThanTheSettingIsKeptAndOneWithFewerIsUpgraded() {
        String production = "PBKDF2WithHmacSHA256:600000" + SALT_AND_HASH;
        String tests = "PBKDF2WithHmacSHA256:10000" + SALT_AND_HASH;
        assertFalse(PasswordHashing.isOutdated(production, 10_000));
        assertFalse(PasswordHashing.isOutdated(production, 600_000));
        assertFalse(PasswordHashing.isOutdated(tests, 10_000));
        assertTrue(PasswordHashing.isOutdated(tests, 600_000));
    }

    @Test
    void aHashOfAnotherAlgorithmOrShapeIsOutdated() {
        assertTrue(PasswordHashing.isOutdated("PBKDF2WithHmacSHA1:600000" + SALT_AND_HASH, 10_000));
        assertTrue(PasswordHashing.isOutdated("PBKDF2WithHmacSHA256:many" + SALT_AND_HASH, 10_000));
        assertTrue(PasswordHashing.isOutdated("plain text", 10_000));
    }
}

package ma.maharat.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 at 600,000 iterations, the setting OWASP's Password
 * Storage Cheat Sheet recommends for PBKDF2, through the platform's own {@link Pbkdf2PasswordHash}.
 * The stored form names algorithm and iterations, so a hash made with fewer iterations is upgraded at
 * the owner's next successful sign-in.
 */
@ApplicationScoped
public class PasswordHashing {

    static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of nothing anyone knows, verified against when the username does not exist. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /**
     * Spends the same time as a real check, so that response times do not tell which usernames
     * exist.
     */
    public void matchDecoy(char[] password) {
        pbkdf2.verify(password, decoy);
    }

    public boolean isOutdated(String storedHash) {
        String[] parts = storedHash.split(":");
        return parts.length != 4 || !ALGORITHM.equals(parts[0]) || !parts[1].matches("\\d{1,9}")
                || Integer.parseInt(parts[1]) < ITERATIONS;
    }
}

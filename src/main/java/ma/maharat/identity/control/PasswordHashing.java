package ma.maharat.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing with PBKDF2-HMAC-SHA256, through the platform's own {@link Pbkdf2PasswordHash}.
 * New hashes take {@code maharat.password.hash.iterations} rounds ({@code MAHARAT_PASSWORD_HASH_ITERATIONS}),
 * by default 600,000, the setting OWASP's Password Storage Cheat Sheet recommends for PBKDF2.
 *
 * <p>The stored form names algorithm and iterations ({@code PBKDF2WithHmacSHA256:600000:salt:hash}), so
 * every hash is checked with the rounds it was made with, whatever the setting is today: a hash made with
 * fewer rounds than the setting is upgraded at the owner's next successful sign-in, one made with more is
 * kept as it is.
 *
 * <p>The setting exists for the tests: the integration suite signs in hundreds of times and would spend
 * minutes of CPU on 600,000 rounds each. It cannot go below {@value #FLOOR} rounds, with no switch to
 * allow it: a lower count left in a production environment by mistake would make stolen hashes cheap to
 * guess, and {@value #FLOOR} is already fast enough for the tests. The application refuses to start with
 * a lower value rather than quietly use it.
 */
@ApplicationScoped
public class PasswordHashing {

    /** Production default, pinned by PasswordHashingTest. */
    static final String DEFAULT_ITERATIONS = "600000";
    /** The lowest count accepted, for tests only; see the class comment. */
    static final int FLOOR = 10_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "maharat.password.hash.iterations", defaultValue = DEFAULT_ITERATIONS)
    int configuredIterations;

    private int iterations;

    /** A hash of nothing anyone knows, verified against when the username does not exist. */
    private String decoy;

    @PostConstruct
    void configure() {
        iterations = checked(configuredIterations);
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    /** Created at start-up, so that a setting below the floor stops the deployment, not the first sign-in. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        // Nothing to do: calling this observer makes the container create the bean, which runs configure().
    }

    /** The iteration count if it is allowed; a count below {@link #FLOOR} is refused. */
    static int checked(int iterations) {
        if (iterations < FLOOR) {
            throw new IllegalStateException("maharat.password.hash.iterations (MAHARAT_PASSWORD_HASH_ITERATIONS) is "
                    + iterations + ": passwords are not hashed with fewer than " + FLOOR + " PBKDF2 rounds (default "
                    + DEFAULT_ITERATIONS + ")");
        }
        return iterations;
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
        return isOutdated(storedHash, iterations);
    }

    /** Whether {@code storedHash} is of another algorithm or has fewer rounds than {@code iterations}. */
    static boolean isOutdated(String storedHash, int iterations) {
        String[] parts = storedHash.split(":");
        return parts.length != 4 || !ALGORITHM.equals(parts[0]) || !parts[1].matches("\\d{1,9}")
                || Integer.parseInt(parts[1]) < iterations;
    }
}

package ma.maharat.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ma.maharat.platform.security.TokenBucket;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What sign-in remembers about clients (addresses) and about usernames that do not exist, so that
 * throttling slows attackers without locking out the rightful user or telling who has an account:
 *
 * <ul>
 *   <li>Every password check, right or wrong, spends a token of its client's budget
 *       ({@code maharat.login.checks-per-minute}, 30 by default): a password hash costs about 100 ms
 *       of a core, so no single address can keep the cores busy. A center's terminals behind one
 *       public address share the budget: 30 sign-ins a minute is more than a room of trainees needs.</li>
 *   <li>Failures from a client are counted across accounts and forgotten after a quiet period; past
 *       {@code maharat.login.client.max.failures} the client waits before each try, from one second
 *       doubling to a minute. Spraying one password over every account now meets this wall.</li>
 *   <li>An account's own lock (after a few failures in a row, {@link LoginThrottle}) holds only for
 *       clients with recent failures of their own: the owner, typing the right password at a
 *       terminal that has not been guessing, signs in even while someone elsewhere keeps the account
 *       "locked".</li>
 *   <li>Usernames that do not exist are counted like accounts, so that they reach "too many attempts"
 *       exactly when a real account would.</li>
 * </ul>
 *
 * Kept in memory: a restart forgets it (the account locks are in the database). Both maps are bounded.
 */
@ApplicationScoped
public class SignInGuard {

    /** Production defaults, pinned by SignInGuardTest (the integration tests raise the first two: the whole suite signs in from one address). */
    static final String DEFAULT_CHECKS_PER_MINUTE = "30";
    static final String DEFAULT_CLIENT_MAX_FAILURES = "20";
    static final String DEFAULT_ACCOUNT_MAX_FAILURES = "5";
    static final String DEFAULT_QUIET_SECONDS = "900";

    private static final int FORGET_ABOVE = 20_000;
    private static final Duration CLIENT_FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration CLIENT_LONGEST_WAIT = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "maharat.login.checks-per-minute", defaultValue = DEFAULT_CHECKS_PER_MINUTE)
    int checksPerMinute;

    @Inject
    @ConfigProperty(name = "maharat.login.client.max.failures", defaultValue = DEFAULT_CLIENT_MAX_FAILURES)
    int clientAllowedFailures;

    @Inject
    @ConfigProperty(name = "maharat.login.max.failures", defaultValue = DEFAULT_ACCOUNT_MAX_FAILURES)
    int accountAllowedFailures;

    @Inject
    @ConfigProperty(name = "maharat.login.throttle.max.seconds", defaultValue = DEFAULT_QUIET_SECONDS)
    long quietSeconds;

    private final Map<String, ClientRecord> clients = new ConcurrentHashMap<>();
    private final Map<String, UnknownUsername> unknownUsernames = new ConcurrentHashMap<>();

    SignInGuard() {}

    /** For unit tests: the settings a deployment takes from its configuration. */
    SignInGuard(int checksPerMinute, int clientAllowedFailures, int accountAllowedFailures, Duration quiet) {
        this.checksPerMinute = checksPerMinute;
        this.clientAllowedFailures = clientAllowedFailures;
        this.accountAllowedFailures = accountAllowedFailures;
        this.quietSeconds = quiet.toSeconds();
    }

    /**
     * Admits one password check from the client, spending its budget.
     *
     * @return empty when the check may go ahead, else how long the client must wait (the same answer
     *     whatever the username, so it tells nothing about accounts)
     */
    public Optional<Duration> admit(String client, Instant now) {
        forgetQuietOnes(now);
        return clients.computeIfAbsent(client, c -> new ClientRecord(new TokenBucket(checksPerMinute, Duration.ofMinutes(1), now)))
                .admit(now, clientThrottle(), quiet());
    }

    /** Whether the client has had fewer recent failures than lock an account: its right password opens a locked account. */
    public boolean mayPassAnAccountLock(String client, Instant now) {
        ClientRecord record = clients.get(client);
        return record == null || record.recentFailures(now, quiet()) < accountAllowedFailures;
    }

    public void failed(String client, Instant now) {
        clients.computeIfAbsent(client, c -> new ClientRecord(new TokenBucket(checksPerMinute, Duration.ofMinutes(1), now)))
                .failed(now, quiet());
    }

    /** The failures in a row of a username that has no account (normalised), kept as an account keeps its own. */
    UnknownUsername unknown(String username) {
        return unknownUsernames.computeIfAbsent(username, u -> new UnknownUsername());
    }

    private LoginThrottle clientThrottle() {
        return new LoginThrottle(clientAllowedFailures, CLIENT_FIRST_WAIT, CLIENT_LONGEST_WAIT);
    }

    private Duration quiet() {
        return Duration.ofSeconds(quietSeconds);
    }

    private void forgetQuietOnes(Instant now) {
        if (clients.size() > FORGET_ABOVE) {
            clients.values().removeIf(record -> record.isForgettable(now, quiet()));
        }
        if (unknownUsernames.size() > FORGET_ABOVE) {
            unknownUsernames.values().removeIf(record -> record.isForgettable(now, quiet()));
        }
    }

    /** One client address: its budget of password checks and its recent failures. */
    static final class ClientRecord {

        private final TokenBucket checks;
        private int failures;
        private Instant lastFailure;

        ClientRecord(TokenBucket checks) {
            this.checks = checks;
        }

        synchronized Optional<Duration> admit(Instant now, LoginThrottle throttle, Duration quiet) {
            forgetIfQuiet(now, quiet);
            if (failures > 0) {
                Optional<Instant> until = throttle.lockedUntil(failures, lastFailure);
                if (until.isPresent() && until.get().isAfter(now)) {
                    return Optional.of(Duration.between(now, until.get()));
                }
            }
            return checks.take(now);
        }

        synchronized void failed(Instant now, Duration quiet) {
            forgetIfQuiet(now, quiet);
            failures++;
            lastFailure = now;
        }

        synchronized int recentFailures(Instant now, Duration quiet) {
            forgetIfQuiet(now, quiet);
            return failures;
        }

        synchronized boolean isForgettable(Instant now, Duration quiet) {
            forgetIfQuiet(now, quiet);
            return failures == 0 && checks.isFullAt(now);
        }

        private void forgetIfQuiet(Instant now, Duration quiet) {
            if (lastFailure != null && !now.isBefore(lastFailure.plus(quiet))) {
                failures = 0;
                lastFailure = null;
            }
        }
    }

    /** A username with no account: failures in a row and a lock, as {@code Account} keeps them. */
    static final class UnknownUsername {

        private int failures;
        private Instant lockedUntil;
        private Instant lastFailure;

        synchronized int failedLogins() {
            return failures;
        }

        synchronized Instant lockedUntil() {
            return lockedUntil;
        }

        synchronized boolean isLockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        synchronized void recordFailedLogin(Instant now, Instant until) {
            failures++;
            lockedUntil = until;
            lastFailure = now;
        }

        /** Forgotten a day after its last failure: by then an account's lock has long run out too. */
        synchronized boolean isForgettable(Instant now, Duration quiet) {
            return lastFailure == null || !now.isBefore(lastFailure.plus(quiet.multipliedBy(96)));
        }
    }
}

package ma.maharat.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import ma.maharat.platform.cluster.LocalRecords;
import ma.maharat.platform.cluster.Records;
import ma.maharat.platform.cluster.SharedRecords;
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
 * <p>Kept in Payara's data grid ({@link SharedRecords}), so that in a cluster a client's budget and
 * failures are counted once whichever node answers it: an attacker spread over two nodes gets no more
 * tries than on one (issue 19). Each record is a few numbers, forgotten after a quiet period, and the grid
 * keeps a bounded number of them; on a node without the grid they stay in its memory, bounded too. A restart
 * of every node forgets them (the account locks are in the database).
 */
@ApplicationScoped
public class SignInGuard {

    /** Production defaults, pinned by SignInGuardTest (the integration tests raise the first two: the whole suite signs in from one address). */
    static final String DEFAULT_CHECKS_PER_MINUTE = "30";
    static final String DEFAULT_CLIENT_MAX_FAILURES = "20";
    static final String DEFAULT_ACCOUNT_MAX_FAILURES = "5";
    static final String DEFAULT_QUIET_SECONDS = "900";

    static final int FORGET_ABOVE = 20_000;
    private static final Duration CLIENT_FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration CLIENT_LONGEST_WAIT = Duration.ofMinutes(1);
    /** An unknown username's failures are forgotten a day after its last one: by then an account's lock has long run out too. */
    private static final int UNKNOWN_KEPT_QUIET_PERIODS = 96;

    /** A client's record: its budget's tokens (a double's bits) and when it was refilled, its failures and the last one's time. */
    private static final int TOKENS = 0;
    private static final int REFILLED_AT = 1;
    private static final int FAILURES = 2;
    private static final int LAST_FAILURE = 3;

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

    @Inject
    SharedRecords grid;

    private Records clients;
    private Records unknownUsernames;

    SignInGuard() {}

    /** For unit tests: the settings a deployment takes from its configuration, records kept in memory. */
    SignInGuard(int checksPerMinute, int clientAllowedFailures, int accountAllowedFailures, Duration quiet) {
        this.checksPerMinute = checksPerMinute;
        this.clientAllowedFailures = clientAllowedFailures;
        this.accountAllowedFailures = accountAllowedFailures;
        this.quietSeconds = quiet.toSeconds();
        this.clients = new LocalRecords(clientsKept(), FORGET_ABOVE);
        this.unknownUsernames = new LocalRecords(unknownKept(), FORGET_ABOVE);
    }

    @PostConstruct
    void openRecords() {
        clients = grid.named("sign-in.clients", clientsKept(), FORGET_ABOVE);
        unknownUsernames = grid.named("sign-in.unknown-usernames", unknownKept(), FORGET_ABOVE);
    }

    /**
     * Admits one password check from the client, spending its budget.
     *
     * @return empty when the check may go ahead, else how long the client must wait (the same answer
     *     whatever the username, so it tells nothing about accounts)
     */
    public Optional<Duration> admit(String client, Instant now) {
        AtomicReference<Optional<Duration>> wait = new AtomicReference<>(Optional.empty());
        clients.update(client, kept -> {
            long[] record = forgetIfQuiet(kept == null ? fresh(now) : kept, now);
            int failures = (int) record[FAILURES];
            if (failures > 0) {
                Optional<Instant> until = clientThrottle().lockedUntil(failures, Records.instant(record[LAST_FAILURE]));
                if (until.isPresent() && until.get().isAfter(now)) {
                    wait.set(Optional.of(Duration.between(now, until.get())));
                    return record;
                }
            }
            TokenBucket.Taken taken = TokenBucket.take(checksPerMinute, Duration.ofMinutes(1), level(record), now);
            wait.set(taken.waitFor());
            record[TOKENS] = Double.doubleToLongBits(taken.after().tokens());
            record[REFILLED_AT] = Records.nanos(taken.after().refilledAt());
            return record;
        });
        return wait.get();
    }

    /** Whether the client has had fewer recent failures than lock an account: its right password opens a locked account. */
    public boolean mayPassAnAccountLock(String client, Instant now) {
        long[] kept = clients.get(client);
        return kept == null || forgetIfQuiet(kept, now)[FAILURES] < accountAllowedFailures;
    }

    public void failed(String client, Instant now) {
        clients.update(client, kept -> {
            long[] record = forgetIfQuiet(kept == null ? fresh(now) : kept, now);
            record[FAILURES]++;
            record[LAST_FAILURE] = Records.nanos(now);
            return record;
        });
    }

    /** The failures in a row of a username that has no account (normalised), kept as an account keeps its own. */
    UnknownUsername unknown(String username) {
        long[] kept = unknownUsernames.get(username);
        return new UnknownUsername(username, kept == null ? 0 : (int) kept[0], kept == null || kept[1] == 0 ? null : Records.instant(kept[1]));
    }

    private LoginThrottle clientThrottle() {
        return new LoginThrottle(clientAllowedFailures, CLIENT_FIRST_WAIT, CLIENT_LONGEST_WAIT);
    }

    private Duration quiet() {
        return Duration.ofSeconds(quietSeconds);
    }

    /** A client's record outlives its quiet period by a minute: by then its budget is full again too. */
    private Duration clientsKept() {
        return quiet().plusMinutes(1);
    }

    private Duration unknownKept() {
        return quiet().multipliedBy(UNKNOWN_KEPT_QUIET_PERIODS);
    }

    private long[] fresh(Instant now) {
        return new long[] {Double.doubleToLongBits(checksPerMinute), Records.nanos(now), 0, 0};
    }

    private long[] forgetIfQuiet(long[] record, Instant now) {
        if (record[FAILURES] > 0 && !now.isBefore(Records.instant(record[LAST_FAILURE]).plus(quiet()))) {
            record[FAILURES] = 0;
            record[LAST_FAILURE] = 0;
        }
        return record;
    }

    private static TokenBucket.Level level(long[] record) {
        return new TokenBucket.Level(Double.longBitsToDouble(record[TOKENS]), Records.instant(record[REFILLED_AT]));
    }

    /** A username with no account: failures in a row and a lock, as {@code Account} keeps them, read when asked. */
    final class UnknownUsername {

        private final String username;
        private final int failures;
        private final Instant lockedUntil;

        private UnknownUsername(String username, int failures, Instant lockedUntil) {
            this.username = username;
            this.failures = failures;
            this.lockedUntil = lockedUntil;
        }

        int failedLogins() {
            return failures;
        }

        Instant lockedUntil() {
            return lockedUntil;
        }

        boolean isLockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        /** One more failure in a row (counted on the grid's current count, which another node may have raised). */
        void recordFailedLogin(Instant now, Instant until) {
            unknownUsernames.update(username, kept -> new long[] {(kept == null ? 0 : kept[0]) + 1,
                until == null ? 0 : Records.nanos(until), Records.nanos(now)});
        }
    }
}

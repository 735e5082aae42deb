package ma.maharat.identity.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.RegisteredTerminal;
import ma.maharat.identity.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a username and password, counts failures per account and per client, and throttles both
 * ({@link SignInGuard} says how, and why the rightful user is not locked out). Used by the sign-in
 * page, HTTP Basic on the API and the change-password form alike, so all share one throttle. Runs in a
 * transaction of its own: a failure must be counted even when the caller fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignIn {

    private static final String RETRIEVE_MODE = "jakarta.persistence.cache.retrieveMode";
    /**
     * Sign-in reads the account from the database rather than from EclipseLink's shared cache: in a
     * cluster another node may have deactivated it or changed its password a moment ago, and its cache
     * message may not have arrived yet. A sign-in costs a password hash (100 ms); the query is nothing.
     */
    private static final Map<String, Object> FRESH = Map.of(RETRIEVE_MODE, CacheRetrieveMode.BYPASS);

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInGuard guard;

    @Inject
    @ConfigProperty(name = "maharat.login.max.failures", defaultValue = "5")
    int allowedFailures;

    @Inject
    @ConfigProperty(name = "maharat.login.throttle.seconds", defaultValue = "30")
    long firstWaitSeconds;

    @Inject
    @ConfigProperty(name = "maharat.login.throttle.max.seconds", defaultValue = "900")
    long longestWaitSeconds;

    /**
     * A terminal is shared by a whole group, each of whom may miss once or twice: it allows more
     * failures in a row than one account before it waits, then waits as an account does.
     */
    @Inject
    @ConfigProperty(name = "maharat.login.terminal.max.failures", defaultValue = "15")
    int terminalAllowedFailures;

    Clock clock = Clock.systemUTC();

    /**
     * Signs in with a username and password from a client (its address, for {@link SignInGuard}).
     * Unknown and known usernames get the same answers at the same cost: one password hash, or none
     * at all when the client must wait.
     */
    public SignInOutcome signIn(String username, char[] password, String client) {
        Instant now = clock.instant();
        Optional<Duration> clientWait = guard.admit(client, now);
        if (clientWait.isPresent()) {
            return new SignInOutcome.Throttled(clientWait.get(), SignInOutcome.Throttled.Scope.CLIENT);
        }
        Optional<Account> found = findByUsername(username);
        if (found.isEmpty()) {
            return refuseUnknown(Account.normalizeUsername(username), password, client, now);
        }
        Account account = found.get();
        SignInOutcome checked = checkPassword(account, password, client, now);
        if (!(checked instanceof SignInOutcome.SignedIn)) {
            return checked;
        }
        if (!account.isActive()) {
            return new SignInOutcome.Deactivated();
        }
        account.recordSuccessfulLogin(now);
        if (hashing.isOutdated(account.getPasswordHash())) {
            account.upgradePasswordHash(hashing.hash(password));
        }
        return checked;
    }

    /**
     * Checks a signed-in person's own password again (before changing it): throttled like a sign-in,
     * so that someone who finds a session open at a shared terminal cannot guess the owner's password
     * through the change-password form. A failure is counted even when the caller then fails.
     *
     * @return {@link SignInOutcome.SignedIn} when the password is right, else why not
     */
    public SignInOutcome checkOwnPassword(long accountId, char[] password, String client) {
        Instant now = clock.instant();
        Optional<Duration> clientWait = guard.admit(client, now);
        if (clientWait.isPresent()) {
            return new SignInOutcome.Throttled(clientWait.get(), SignInOutcome.Throttled.Scope.CLIENT);
        }
        Account account = em.find(Account.class, accountId, FRESH);
        if (account == null) {
            return new SignInOutcome.InvalidCredentials();
        }
        return checkPassword(account, password, client, now);
    }

    /**
     * The password check shared by both ways in: an account locked by failures in a row refuses
     * clients that have been failing themselves (after the same hash work as any check, so timing
     * says nothing), and lets a client with a clean record try its password.
     */
    private SignInOutcome checkPassword(Account account, char[] password, String client, Instant now) {
        if (account.isLockedAt(now) && !guard.mayPassAnAccountLock(client, now)) {
            hashing.matchDecoy(password);
            guard.failed(client, now);
            return new SignInOutcome.Throttled(Duration.between(now, account.getLockedUntil()));
        }
        if (!hashing.matches(password, account.getPasswordHash())) {
            guard.failed(client, now);
            Optional<Instant> lockedUntil = throttle().lockedUntil(account.getFailedLogins() + 1, now);
            account.recordFailedLogin(lockedUntil.orElse(null));
            return lockedUntil.<SignInOutcome>map(until -> new SignInOutcome.Throttled(Duration.between(now, until)))
                    .orElseGet(SignInOutcome.InvalidCredentials::new);
        }
        return new SignInOutcome.SignedIn(SignedInUser.of(account), account.isMustChangePassword(), account.getPreferredLanguage());
    }

    /** A username with no account, answered exactly as {@link #checkPassword} answers a wrong password. */
    private SignInOutcome refuseUnknown(String username, char[] password, String client, Instant now) {
        hashing.matchDecoy(password);
        SignInGuard.UnknownUsername unknown = guard.unknown(username);
        boolean refusedByLock = unknown.isLockedAt(now) && !guard.mayPassAnAccountLock(client, now);
        guard.failed(client, now);
        if (refusedByLock) {
            return new SignInOutcome.Throttled(Duration.between(now, unknown.lockedUntil()));
        }
        Optional<Instant> lockedUntil = throttle().lockedUntil(unknown.failedLogins() + 1, now);
        unknown.recordFailedLogin(now, lockedUntil.orElse(null));
        return lockedUntil.<SignInOutcome>map(until -> new SignInOutcome.Throttled(Duration.between(now, until)))
                .orElseGet(SignInOutcome.InvalidCredentials::new);
    }

    /**
     * Checks a trainee's three pictures picked on a registered terminal. The same per-account throttle
     * as the password (one count of failures in a row, whichever way she tried), and a second one per
     * terminal, so that someone at a terminal cannot go through the listed names one after the other.
     * Only trainees with pictures sign in this way; anyone else is refused as a wrong sequence. The
     * account is read from the database, not from EclipseLink's shared cache: it may have been
     * deactivated on another node a moment ago.
     */
    public SignInOutcome signInWithPictures(PictureCredential credential, String client) {
        Instant now = clock.instant();
        // The client's budget of checks, as a password's: a picture sequence costs a hash too, and a
        // script must not get more checks a minute by switching to pictures. Failures are not counted
        // per address here: the terminal counts them (a center's terminals share one public address).
        Optional<Duration> clientWait = guard.admit(client, now);
        if (clientWait.isPresent()) {
            return new SignInOutcome.Throttled(clientWait.get(), SignInOutcome.Throttled.Scope.CLIENT);
        }
        RegisteredTerminal terminal = em.find(RegisteredTerminal.class, credential.terminalId());
        if (terminal == null || terminal.isRevoked()) {
            hashing.matchDecoy(credential.sequence().secret());
            return new SignInOutcome.InvalidCredentials();
        }
        if (terminal.isLockedAt(now)) {
            return new SignInOutcome.Throttled(Duration.between(now, terminal.getLockedUntil()));
        }
        Account account = em.find(Account.class, credential.accountId(), FRESH);
        if (account == null || account.getRole() != Role.TRAINEE || account.getPictureHash() == null) {
            hashing.matchDecoy(credential.sequence().secret());
            return terminalFailure(terminal, now).orElseGet(SignInOutcome.InvalidCredentials::new);
        }
        if (account.isLockedAt(now)) {
            return new SignInOutcome.Throttled(Duration.between(now, account.getLockedUntil()));
        }
        if (!hashing.matches(credential.sequence().secret(), account.getPictureHash())) {
            Optional<Instant> lockedUntil = throttle().lockedUntil(account.getFailedLogins() + 1, now);
            account.recordFailedLogin(lockedUntil.orElse(null));
            Optional<SignInOutcome> terminalLocked = terminalFailure(terminal, now);
            if (lockedUntil.isPresent()) {
                return new SignInOutcome.Throttled(Duration.between(now, lockedUntil.get()));
            }
            return terminalLocked.orElseGet(SignInOutcome.InvalidCredentials::new);
        }
        if (!account.isActive()) {
            return new SignInOutcome.Deactivated();
        }
        account.recordSuccessfulLogin(now);
        terminal.recordSuccessfulSignIn(now);
        // A temporary password set by an administrator still asks for a new one (PasswordChangeRequired
        // sends every page there), as after a password sign-in.
        return new SignInOutcome.SignedIn(SignedInUser.of(account), account.isMustChangePassword(), account.getPreferredLanguage());
    }

    private Optional<SignInOutcome> terminalFailure(RegisteredTerminal terminal, Instant now) {
        Optional<Instant> lockedUntil = terminalThrottle().lockedUntil(terminal.getFailedSignIns() + 1, now);
        terminal.recordFailedSignIn(lockedUntil.orElse(null));
        return lockedUntil.map(until -> new SignInOutcome.Throttled(Duration.between(now, until)));
    }

    /**
     * Whether a session that signed in earlier may go on (the account may have been deactivated since),
     * and whether it must choose a new password: what {@link AccountStatus} remembers of an account
     * between two reads. Read from the database, not from EclipseLink's shared cache: in a cluster the
     * change may have been made on another node, whose cache message may arrive after the node's word to
     * forget. One short query per account and node every few seconds at most.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AccountStatus.Status statusOf(long accountId) {
        return em.createQuery("SELECT a.active, a.mustChangePassword FROM Account a WHERE a.id = :id", Object[].class)
                .setParameter("id", accountId)
                .getResultStream()
                .findFirst()
                .map(row -> new AccountStatus.Status((Boolean) row[0], (Boolean) row[1]))
                .orElse(AccountStatus.Status.GONE);
    }

    /** The account as the database has it now (see {@link #FRESH}). */
    private Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", Account.normalizeUsername(username))
                .setHint(RETRIEVE_MODE, CacheRetrieveMode.BYPASS)
                .getResultStream()
                .findFirst();
    }

    private LoginThrottle terminalThrottle() {
        return new LoginThrottle(terminalAllowedFailures, Duration.ofSeconds(firstWaitSeconds), Duration.ofSeconds(longestWaitSeconds));
    }

    private LoginThrottle throttle() {
        return new LoginThrottle(allowedFailures, Duration.ofSeconds(firstWaitSeconds), Duration.ofSeconds(longestWaitSeconds));
    }
}

package ma.maharat.identity.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.RegisteredTerminal;
import ma.maharat.identity.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a username and password, counts failures per account and throttles the account after too
 * many in a row. Used by the sign-in page and by HTTP Basic on the API alike, so both share one
 * throttle. Runs in a transaction of its own: a failure must be counted even when the caller fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignIn {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

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

    public SignInOutcome signIn(String username, char[] password) {
        Instant now = clock.instant();
        Optional<Account> found = findByUsername(username);
        if (found.isEmpty()) {
            hashing.matchDecoy(password);
            return new SignInOutcome.InvalidCredentials();
        }
        Account account = found.get();
        if (account.isLockedAt(now)) {
            return new SignInOutcome.Throttled(Duration.between(now, account.getLockedUntil()));
        }
        if (!hashing.matches(password, account.getPasswordHash())) {
            Optional<Instant> lockedUntil = throttle().lockedUntil(account.getFailedLogins() + 1, now);
            account.recordFailedLogin(lockedUntil.orElse(null));
            return lockedUntil.<SignInOutcome>map(until -> new SignInOutcome.Throttled(Duration.between(now, until)))
                    .orElseGet(SignInOutcome.InvalidCredentials::new);
        }
        if (!account.isActive()) {
            return new SignInOutcome.Deactivated();
        }
        account.recordSuccessfulLogin(now);
        if (hashing.isOutdated(account.getPasswordHash())) {
            account.upgradePasswordHash(hashing.hash(password));
        }
        return new SignInOutcome.SignedIn(SignedInUser.of(account), account.isMustChangePassword(),
                account.getPreferredLanguage());
    }

    /**
     * Checks a trainee's three pictures picked on a registered terminal. The same per-account throttle
     * as the password (one count of failures in a row, whichever way she tried), and a second one per
     * terminal, so that someone at a terminal cannot go through the listed names one after the other.
     * Only trainees with pictures sign in this way; anyone else is refused as a wrong sequence.
     */
    public SignInOutcome signInWithPictures(PictureCredential credential) {
        Instant now = clock.instant();
        RegisteredTerminal terminal = em.find(RegisteredTerminal.class, credential.terminalId());
        if (terminal == null || terminal.isRevoked()) {
            hashing.matchDecoy(credential.sequence().secret());
            return new SignInOutcome.InvalidCredentials();
        }
        if (terminal.isLockedAt(now)) {
            return new SignInOutcome.Throttled(Duration.between(now, terminal.getLockedUntil()));
        }
        Account account = em.find(Account.class, credential.accountId());
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
     * Whether a session that signed in earlier may go on: the account may have been deactivated
     * since. Served from EclipseLink's shared cache, so it costs no query per request.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    /** What {@link AccountStatus} remembers of an account between two reads. */
    public AccountStatus.Status statusOf(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? AccountStatus.Status.GONE : new AccountStatus.Status(account.isActive(), account.isMustChangePassword());
    }

    private Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", Account.normalizeUsername(username))
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

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

    private LoginThrottle throttle() {
        return new LoginThrottle(allowedFailures, Duration.ofSeconds(firstWaitSeconds), Duration.ofSeconds(longestWaitSeconds));
    }
}

package ma.maharat.identity.control;

import fish.payara.micro.cdi.Inbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ma.maharat.platform.cluster.Forget;
import ma.maharat.platform.cluster.OtherNodes;

/**
 * Whether a signed-in account is still active and whether it must choose a new password: asked on
 * every request (by the authentication mechanism and {@code PasswordChangeRequired}), so remembered
 * here rather than read in two transactions per request — which was a quarter of the cost of saving
 * a quiz answer (docs/benchmarks.md).
 *
 * <p>Changes made through Maharat take effect at the next request, on every node of a cluster:
 * {@link Accounts} fires {@link AccountStatusChanged}; once the change is committed the entry is dropped
 * here and the other nodes are told to drop theirs ({@link OtherNodes}, within milliseconds), so a
 * deactivated trainee's sessions on other nodes are refused at their next request. What is read again
 * comes from the database itself ({@link SignIn#statusOf}), not from EclipseLink's shared cache, which
 * hears of the change on its own channel and may be a moment late. A change made in SQL is seen within
 * {@link #TIME_TO_LIVE}, which also covers a message lost while a node joins or leaves.
 */
@ApplicationScoped
public class AccountStatus {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

    /** What is known of an account; an account that no longer exists is neither active nor usable. */
    public record Status(boolean active, boolean mustChangePassword) {
        static final Status GONE = new Status(false, false);
    }

    private record Remembered(Status status, long expiresAtNanos) {}

    private final Map<Long, Remembered> remembered = new ConcurrentHashMap<>();

    @Inject
    SignIn signIn;

    @Inject
    OtherNodes otherNodes;

    public boolean isActive(long accountId) {
        return status(accountId).active();
    }

    public boolean mustChangePassword(long accountId) {
        return status(accountId).mustChangePassword();
    }

    Status status(long accountId) {
        long now = System.nanoTime();
        Remembered known = remembered.get(accountId);
        if (known != null && now - known.expiresAtNanos() < 0) {
            return known.status();
        }
        Status status = signIn.statusOf(accountId);
        remembered.put(accountId, new Remembered(status, now + TIME_TO_LIVE.toNanos()));
        return status;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountStatusChanged change) {
        remembered.remove(change.accountId());
        otherNodes.forget(Forget.ACCOUNT_STATUS, change.accountId());
    }

    /** Another node changed the account. */
    void forgetElsewhere(@Observes @Inbound Forget forget) {
        if (forget.concerns(Forget.ACCOUNT_STATUS)) {
            remembered.remove(forget.key());
        }
    }
}

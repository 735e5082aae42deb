package ma.maharat.identity.control;

/** An account was deactivated, reactivated or got a new password: what {@link AccountStatus} remembers is stale. */
public record AccountStatusChanged(long accountId) {
}

package ma.maharat.identity.control;

import java.time.Duration;

/** The answer to a sign-in attempt, with what the person needs to know to act on it. */
public sealed interface SignInOutcome {

    record SignedIn(SignedInUser user, boolean mustChangePassword, String preferredLanguage) implements SignInOutcome {}

    /** Wrong username or password; deliberately does not say which. */
    record InvalidCredentials() implements SignInOutcome {}

    /**
     * Too many failures: in a row for this account (or this unknown username), or from this client
     * address whatever the account.
     */
    record Throttled(Duration retryAfter, Scope scope) implements SignInOutcome {

        public enum Scope { ACCOUNT, CLIENT }

        public Throttled(Duration retryAfter) {
            this(retryAfter, Scope.ACCOUNT);
        }

        /** Whole minutes to wait, rounded up, as a person reads it. */
        public long minutesToWait() {
            return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        }
    }

    /** The right password for an account that an administrator deactivated. */
    record Deactivated() implements SignInOutcome {}
}

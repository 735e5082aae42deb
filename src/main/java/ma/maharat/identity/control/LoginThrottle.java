package ma.maharat.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long an account waits after failed sign-ins in a row: nothing for the first few, then a wait
 * that doubles with each further failure up to a ceiling. Per account, so that someone guessing one
 * account's password never locks anyone else out, and capped, so that it cannot lock the owner out
 * for long either.
 */
public record LoginThrottle(int allowedFailures, Duration firstWait, Duration longestWait) {

    public LoginThrottle {
        if (allowedFailures < 1 || firstWait.isNegative() || longestWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("Invalid login throttle: " + allowedFailures + ", " + firstWait + ", " + longestWait);
        }
    }

    /**
     * @param failuresInARow the failures counted so far, including the one just made
     * @return until when the account refuses sign-ins, or empty when it may try again at once
     */
    public Optional<Instant> lockedUntil(int failuresInARow, Instant now) {
        if (failuresInARow < allowedFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(failuresInARow - allowedFailures, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        if (wait.compareTo(longestWait) > 0) {
            wait = longestWait;
        }
        return Optional.of(now.plus(wait));
    }
}

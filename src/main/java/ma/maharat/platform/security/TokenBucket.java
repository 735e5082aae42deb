package ma.maharat.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A rate limit: a token bucket holding {@code capacity} requests that refills at {@code capacity} per
 * {@code period}. A person never notices it; a script gets a handful a second at most. Used per client
 * address for public certificate lookups (30 a minute) and for password checks at sign-in. Mutable and
 * synchronized: one per client; or only its {@link Level}, kept in the data grid ({@link ClientBudgets}).
 */
public final class TokenBucket {

    private final int capacity;
    private final Duration period;
    private double tokens;
    private Instant refilledAt;

    public TokenBucket(int capacity, Duration period, Instant now) {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("Invalid rate limit: " + capacity + " per " + period);
        }
        this.capacity = capacity;
        this.period = period;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /**
     * Takes one request's token.
     *
     * @return empty when allowed, else how long until the next request is allowed (at least one second)
     */
    public synchronized Optional<Duration> take(Instant now) {
        Taken taken = take(capacity, period, new Level(tokens, refilledAt), now);
        tokens = taken.after().tokens();
        refilledAt = taken.after().refilledAt();
        return taken.waitFor();
    }

    /** What a bucket holds at a moment: all that is kept of a client between two requests, here or in the data grid. */
    public record Level(double tokens, Instant refilledAt) {

        public static Level full(int capacity, Instant now) {
            return new Level(capacity, now);
        }
    }

    /** A request's outcome: the bucket afterwards, and the wait when no token was left. */
    public record Taken(Level after, Optional<Duration> waitFor) {}

    /** {@link #take(Instant)} without a bucket object: from one level to the next, nothing else changed. */
    public static Taken take(int capacity, Duration period, Level before, Instant now) {
        Level level = refill(capacity, period, before, now);
        if (level.tokens() >= 1) {
            return new Taken(new Level(level.tokens() - 1, level.refilledAt()), Optional.empty());
        }
        double nanosPerToken = (double) period.toNanos() / capacity;
        long wait = (long) Math.ceil((1 - level.tokens()) * nanosPerToken);
        return new Taken(level, Optional.of(Duration.ofSeconds(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L))));
    }

    /** Whether a bucket at that level is full again at {@code now}, so its client can be forgotten. */
    public static boolean isFull(int capacity, Duration period, Level level, Instant now) {
        return refill(capacity, period, level, now).tokens() >= capacity;
    }

    /** Whether the bucket is full again, so its client can be forgotten. */
    public synchronized boolean isFullAt(Instant now) {
        return isFull(capacity, period, new Level(tokens, refilledAt), now);
    }

    private static Level refill(int capacity, Duration period, Level level, Instant now) {
        if (now.isAfter(level.refilledAt())) {
            double added = (double) Duration.between(level.refilledAt(), now).toNanos() * capacity / period.toNanos();
            return new Level(Math.min(capacity, level.tokens() + added), now);
        }
        return level;
    }
}

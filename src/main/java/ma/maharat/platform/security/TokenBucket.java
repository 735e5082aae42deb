package ma.maharat.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A rate limit: a token bucket holding {@code capacity} requests that refills at {@code capacity} per
 * {@code period}. A person never notices it; a script gets a handful a second at most. Used per client
 * address for public certificate lookups (30 a minute) and for password checks at sign-in. Mutable and
 * synchronized: one per client.
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
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Optional.empty();
        }
        double nanosPerToken = (double) period.toNanos() / capacity;
        long wait = (long) Math.ceil((1 - tokens) * nanosPerToken);
        return Optional.of(Duration.ofSeconds(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L)));
    }

    /** Whether the bucket is full again, so its client can be forgotten. */
    public synchronized boolean isFullAt(Instant now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(Instant now) {
        if (now.isAfter(refilledAt)) {
            double added = (double) Duration.between(refilledAt, now).toNanos() * capacity / period.toNanos();
            tokens = Math.min(capacity, tokens + added);
            refilledAt = now;
        }
    }
}

package ma.maharat.certificate.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The public verification's rate limit, per client: a token bucket holding {@code capacity} lookups
 * that refills at {@code capacity} per {@code period} (30 a minute by default). A person checking a
 * few certificates never notices it; a script trying codes one after another gets a handful a second
 * at most, which with 80-bit codes finds nothing. Mutable and synchronized: one per client address.
 */
public final class LookupLimit {

    private final int capacity;
    private final Duration period;
    private double tokens;
    private Instant refilledAt;

    public LookupLimit(int capacity, Duration period, Instant now) {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("Invalid lookup limit: " + capacity + " per " + period);
        }
        this.capacity = capacity;
        this.period = period;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /**
     * Takes one lookup.
     *
     * @return empty when allowed, else how long until the next lookup is allowed (at least one second)
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

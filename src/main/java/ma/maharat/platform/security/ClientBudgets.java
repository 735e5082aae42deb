package ma.maharat.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TokenBucket} per client address, for a public endpoint that rations its callers (certificate
 * lookups, presidents' follow-up links, applications). Buckets that are full again are forgotten once more
 * than {@link #FORGET_ABOVE} addresses are remembered, so a flood of addresses cannot grow the map without
 * bound.
 */
public final class ClientBudgets {

    static final int FORGET_ABOVE = 10_000;

    private final int capacity;
    private final Duration period;
    private final Map<String, TokenBucket> clients = new ConcurrentHashMap<>();

    /** @param capacity how many requests a client may make in {@code period} */
    public ClientBudgets(int capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
    }

    /** @return empty when the client may go ahead (one request spent), else how long it must wait */
    public Optional<Duration> take(String client, Instant now) {
        if (clients.size() > FORGET_ABOVE) {
            clients.values().removeIf(budget -> budget.isFullAt(now));
        }
        return clients.computeIfAbsent(client, c -> new TokenBucket(capacity, period, now)).take(now);
    }

    /** Forgets every client's use, as a restart does. */
    public void forgetAll() {
        clients.clear();
    }

    int remembered() {
        return clients.size();
    }
}

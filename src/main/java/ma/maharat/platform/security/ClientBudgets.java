package ma.maharat.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import ma.maharat.platform.cluster.LocalRecords;
import ma.maharat.platform.cluster.Records;
import ma.maharat.platform.cluster.SharedRecords;

/**
 * A {@link TokenBucket} per client address, for a public endpoint that rations its callers (certificate
 * lookups, presidents' follow-up links, applications). In a cluster the buckets are kept in the data grid
 * ({@link #shared}), so a client spends one budget whichever node answers it; two nodes do not give it twice
 * as much. A bucket left alone for a whole period is full again and is forgotten; at most
 * {@link #FORGET_ABOVE} addresses are kept on one node (the grid has its own bound), so a flood of addresses
 * cannot grow the memory without bound.
 */
public final class ClientBudgets {

    static final int FORGET_ABOVE = 10_000;

    private final int capacity;
    private final Duration period;
    private final Records clients;

    /** Budgets kept on this node only (unit tests; the grid's {@link LocalRecords} fallback works the same). */
    public ClientBudgets(int capacity, Duration period) {
        this(new LocalRecords(period, FORGET_ABOVE), capacity, period);
    }

    ClientBudgets(Records clients, int capacity, Duration period) {
        if (capacity < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("Invalid rate limit: " + capacity + " per " + period);
        }
        this.capacity = capacity;
        this.period = period;
        this.clients = clients;
    }

    /**
     * Budgets shared by every node of the cluster.
     *
     * @param name the endpoint's budgets, the same name on every node
     * @param capacity how many requests a client may make in {@code period}
     */
    public static ClientBudgets shared(SharedRecords grid, String name, int capacity, Duration period) {
        return new ClientBudgets(grid.named("budget." + name, period, FORGET_ABOVE), capacity, period);
    }

    /** @return empty when the client may go ahead (one request spent), else how long it must wait */
    public Optional<Duration> take(String client, Instant now) {
        AtomicReference<Optional<Duration>> wait = new AtomicReference<>(Optional.empty());
        clients.update(client, kept -> {
            TokenBucket.Taken taken = TokenBucket.take(capacity, period, level(kept, now), now);
            wait.set(taken.waitFor());
            return new long[] {Double.doubleToLongBits(taken.after().tokens()), Records.nanos(taken.after().refilledAt())};
        });
        return wait.get();
    }

    /** Forgets every client's use, as a restart of a single node does. */
    public void forgetAll() {
        clients.clear();
    }

    int remembered() {
        return clients instanceof LocalRecords local ? local.size() : -1;
    }

    private TokenBucket.Level level(long[] kept, Instant now) {
        return kept == null || kept.length != 2 ? TokenBucket.Level.full(capacity, now)
                : new TokenBucket.Level(Double.longBitsToDouble(kept[0]), Records.instant(kept[1]));
    }
}

package ma.maharat.platform.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * {@link Records} in this node's memory: the fallback when the data grid is not there (Payara Micro started
 * with {@code --nohazelcast}, unit tests) or fails for a moment. A record is forgotten {@code keep} after its
 * last change; past {@code limit} records the forgotten ones are swept at once, and if a flood keeps them all
 * fresh, the oldest go, so the map never holds much more than {@code limit}.
 */
public final class LocalRecords implements Records {

    private record Kept(long[] values, long changedAtNanos) {}

    private final long keepNanos;
    private final int limit;
    private final LongSupplier clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong nextSweepNanos = new AtomicLong();

    public LocalRecords(Duration keep, int limit) {
        this(keep, limit, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} (tests move it by hand) */
    LocalRecords(Duration keep, int limit, LongSupplier clock) {
        if (keep.isNegative() || keep.isZero() || limit < 1) {
            throw new IllegalArgumentException("Invalid records: kept " + keep + ", at most " + limit);
        }
        this.keepNanos = keep.toNanos();
        this.limit = limit;
        this.clock = clock;
        this.nextSweepNanos.set(clock.getAsLong());
    }

    @Override
    public long[] get(String key) {
        Kept found = kept.get(Records.bounded(key));
        return found == null || isForgotten(found, clock.getAsLong()) ? null : found.values().clone();
    }

    @Override
    public long[] update(String key, UnaryOperator<long[]> change) {
        long now = clock.getAsLong();
        sweep(now);
        Kept updated = kept.compute(Records.bounded(key), (k, found) -> {
            long[] current = found == null || isForgotten(found, now) ? null : found.values().clone();
            long[] next = change.apply(current);
            return next == null ? null : new Kept(next.clone(), now);
        });
        return updated == null ? null : updated.values().clone();
    }

    @Override
    public void clear() {
        kept.clear();
    }

    /** How many records are held, forgotten ones not yet swept included. */
    public int size() {
        return kept.size();
    }

    private boolean isForgotten(Kept found, long now) {
        return now - found.changedAtNanos() >= keepNanos;
    }

    private void sweep(long now) {
        if (kept.size() <= limit) {
            return;
        }
        long due = nextSweepNanos.get();
        if (now - due >= 0 && nextSweepNanos.compareAndSet(due, now + Math.min(keepNanos, 1_000_000_000L))) {
            kept.values().removeIf(found -> isForgotten(found, now));
        }
        if (kept.size() > limit) {
            // Every record still fresh: a flood. The oldest tenth goes (its clients start again from nothing).
            kept.entrySet().stream().sorted((a, b) -> Long.compare(a.getValue().changedAtNanos(), b.getValue().changedAtNanos()))
                    .limit(Math.max(1, kept.size() - limit + limit / 10)).map(Map.Entry::getKey).toList().forEach(kept::remove);
        }
    }
}

package ma.maharat.platform.cluster;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;

/**
 * {@link Records} in a JCache of Payara's data grid, shared by every node. An update is a compare-and-set:
 * read the record, compute, then {@code putIfAbsent} or {@code replace(key, old, new)}, which the grid does
 * atomically on the member that owns the key and compares in serialized form; when another node changed the
 * record in between, read again. No entry processor: it would have to run Maharat's code on the member that
 * owns the key. The cache forgets a record {@code keep} after its last change (JCache's modified expiry) and
 * holds what Hazelcast's default eviction allows: 10,000 entries a member, checked per partition with a margin,
 * so about 15,000 (least recently used go first; ClusterMemoriesIT measures it).
 *
 * <p>When the grid fails (a member leaving in the middle of a call), the call is answered from this node's
 * {@link LocalRecords}: sign-in goes on, counted on this node only for that moment.
 */
final class GridRecords implements Records {

    private static final Logger LOG = Logger.getLogger(GridRecords.class.getName());
    /**
     * Compare-and-set rounds before giving up; each lost round means another request just changed the same
     * record (one client address hammering several nodes), and the next round waits a little, at random.
     */
    static final int ROUNDS = 100;

    private final Cache<String, long[]> cache;
    private final LocalRecords fallback;

    GridRecords(Cache<String, long[]> cache, LocalRecords fallback) {
        this.cache = cache;
        this.fallback = fallback;
    }

    @Override
    public long[] get(String key) {
        try {
            return cache.get(Records.bounded(key));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The data grid did not answer (" + cache.getName() + "); this node's own count is used", e);
            return fallback.get(key);
        }
    }

    @Override
    public long[] update(String key, UnaryOperator<long[]> change) {
        String kept = Records.bounded(key);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long[] current = cache.get(kept);
                long[] next = change.apply(current == null ? null : current.clone());
                if (Arrays.equals(current, next)) {
                    return next;
                }
                if (next == null ? cache.remove(kept, current)
                        : current == null ? cache.putIfAbsent(kept, next) : cache.replace(kept, current, next)) {
                    return next;
                }
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(10_000, 50_000L * (1 + Math.min(round, 20))));
            }
            LOG.warning(() -> "Record " + kept + " of " + cache.getName() + " changed " + ROUNDS + " times while being updated; this node's own count is used");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The data grid did not answer (" + cache.getName() + "); this node's own count is used", e);
        }
        return fallback.update(key, change);
    }

    @Override
    public void clear() {
        fallback.clear();
        cache.clear();
    }
}

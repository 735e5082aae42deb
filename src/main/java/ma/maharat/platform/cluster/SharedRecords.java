package ma.maharat.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * Hands out {@link Records} by name: a JCache of Payara's data grid ({@link GridRecords}) when Payara gives a
 * cache manager, which it does on every node of a cluster and also on a single node started with
 * {@code --nocluster} (Payara Micro 6 then still runs Hazelcast, alone); this node's memory
 * ({@link LocalRecords}) when it does not ({@code --nohazelcast}). The cache manager comes from Payara's own
 * producer ({@code @Inject CacheManager}), never from {@code Caching.getCachingProvider()}, which would start
 * a second Hazelcast member with default settings.
 */
@ApplicationScoped
public class SharedRecords {

    private static final Logger LOG = Logger.getLogger(SharedRecords.class.getName());
    static final String PREFIX = "maharat.";

    @Inject
    Instance<CacheManager> cacheManagers;

    /**
     * @param name  the records' name, the same on every node (a cache {@code maharat.<name>})
     * @param keep  how long a record is kept after its last change
     * @param limit how many records this node keeps when it keeps them alone
     */
    public Records named(String name, Duration keep, int limit) {
        LocalRecords local = new LocalRecords(keep, limit);
        CacheManager manager = cacheManager();
        if (manager == null) {
            LOG.info(() -> "No data grid: " + name + " is counted on this node only");
            return local;
        }
        try {
            return new GridRecords(cache(manager, PREFIX + name, keep), local);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not open the data grid's cache " + PREFIX + name + ": counted on this node only", e);
            return local;
        }
    }

    private CacheManager cacheManager() {
        try {
            return cacheManagers.isResolvable() ? cacheManagers.get() : null;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "No cache manager", e);
            return null;
        }
    }

    /** The cache of that name, created by the first node that asks (two nodes may ask at the same instant). */
    private static Cache<String, long[]> cache(CacheManager manager, String name, Duration keep) {
        Cache<String, long[]> cache = manager.getCache(name);
        if (cache != null) {
            return cache;
        }
        MutableConfiguration<String, long[]> configuration = new MutableConfiguration<String, long[]>()
                .setStoreByValue(true)
                .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS, keep.toMillis())));
        try {
            return manager.createCache(name, configuration);
        } catch (CacheException e) {
            cache = manager.getCache(name);
            if (cache == null) {
                throw e;
            }
            return cache;
        }
    }
}

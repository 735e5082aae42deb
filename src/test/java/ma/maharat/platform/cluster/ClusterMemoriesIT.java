package ma.maharat.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fish.payara.micro.cdi.Inbound;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.sql.DataSource;
import ma.maharat.TestAccounts;
import ma.maharat.identity.control.AccountStatus;
import ma.maharat.identity.control.SignIn;
import ma.maharat.identity.control.SignInOutcome;
import ma.maharat.identity.entity.Account;
import ma.maharat.platform.database.MaharatDatabase;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a node remembers, on the one node the integration suite runs, started with {@code --nocluster} as
 * {@code maharat.jar} is (Payara's data grid then runs alone): the grid's records count right, the word from
 * another node is heard, and what is read again comes from the database. The two-node check is
 * {@code ClusterCachesCheck} ({@code ./mvnw -Pcluster-caches verify}).
 */
@ExtendWith(ArquillianExtension.class)
class ClusterMemoriesIT {

    private static final String PASSWORD = "cluster-it-Passw0rd";

    @Inject
    SharedRecords shared;

    @Inject
    Instance<CacheManager> cacheManagers;

    @Inject
    AccountStatus accountStatus;

    @Inject
    SignIn signIn;

    @Inject
    OtherNodes otherNodes;

    @Inject
    TestAccounts testAccounts;

    @Inject
    BeanManager beanManager;

    @Resource(lookup = MaharatDatabase.JNDI_NAME)
    DataSource database;

    /** What Payara fires on this node when another node sent {@code @Outbound Forget}. */
    static final class InboundLiteral extends AnnotationLiteral<Inbound> implements Inbound {
        private static final long serialVersionUID = 1L;

        @Override
        public String eventName() {
            return "";
        }
    }

    @Test
    void recordsLiveInTheDataGridOnASingleNode() {
        Records records = shared.named("it.grid-" + TestAccounts.unique(), Duration.ofMinutes(1), 100);
        assertInstanceOf(GridRecords.class, records, "Payara Micro 6 --nocluster still runs its data grid: the same code as a cluster");
        records.update("10.0.0.1", kept -> new long[] {3, 4});
        assertEquals(List.of(3L, 4L), List.of(records.get("10.0.0.1")[0], records.get("10.0.0.1")[1]));
    }

    @Test
    void concurrentUpdatesInTheGridLoseNothing() throws Exception {
        Records records = shared.named("it.count-" + TestAccounts.unique(), Duration.ofMinutes(1), 100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        records.update("shared", kept -> new long[] {kept == null ? 1 : kept[0] + 1});
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(400, records.get("shared")[0], "every compare-and-set that lost was tried again");
    }

    /**
     * Hazelcast's default eviction for a JCache: 10,000 entries a member, checked per partition with a margin
     * for uneven partitions, so a cache settles at roughly 14,000 to 15,000 (measured: 14,120 after 15,000 keys).
     * Bounded all the same: twice as many addresses do not grow it further.
     */
    @Test
    void theGridKeepsABoundedNumberOfRecords() {
        String name = "it.flood-" + TestAccounts.unique();
        Records records = shared.named(name, Duration.ofMinutes(1), 100);
        for (int i = 0; i < 30_000; i++) {
            records.update("10.2." + i, kept -> new long[] {1});
        }
        Cache<String, long[]> cache = cacheManagers.get().getCache(SharedRecords.PREFIX + name);
        int kept = 0;
        for (Cache.Entry<String, long[]> ignored : cache) {
            kept++;
        }
        assertTrue(kept <= 16_000, "an attacker's 30,000 addresses left " + kept + " records");
    }

    @Test
    void anAccountDeactivatedOnAnotherNodeIsRefusedHereAtOnce() throws SQLException {
        Account trainee = testAccounts.newTrainee("cluster.", PASSWORD);
        long id = trainee.getId();
        assertTrue(accountStatus.isActive(id));
        // The other node's change: in the database, not in this node's memories nor in its EclipseLink cache.
        execute("UPDATE account SET active = 0 WHERE id = ?", id);
        assertTrue(accountStatus.isActive(id), "remembered until told (else this test proves nothing)");

        beanManager.getEvent().select(Forget.class, new InboundLiteral()).fire(new Forget(Forget.ACCOUNT_STATUS, id));

        assertFalse(accountStatus.isActive(id), "her next request is refused");
        assertInstanceOf(SignInOutcome.Deactivated.class, signIn.signIn(trainee.getUsername(), PASSWORD.toCharArray(), "cluster-it"),
                "a fresh sign-in reads the account from the database, not from this node's stale entity cache");
    }

    @Test
    void aPasswordChangedOnAnotherNodeFailsHereAtOnce() throws SQLException {
        Account trainee = testAccounts.newTrainee("cluster.", PASSWORD);
        Account other = testAccounts.newTrainee("cluster.", "another-Passw0rd-x");
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn.signIn(trainee.getUsername(), PASSWORD.toCharArray(), "cluster-it"));
        // The other node sets a new password: here, another account's hash, written in SQL behind EclipseLink's back.
        try (Connection connection = database.getConnection();
                PreparedStatement copy = connection.prepareStatement(
                        "UPDATE account a JOIN account b ON b.id = ? SET a.password_hash = b.password_hash WHERE a.id = ?")) {
            copy.setLong(1, other.getId());
            copy.setLong(2, trainee.getId());
            assertEquals(1, copy.executeUpdate());
        }
        assertInstanceOf(SignInOutcome.InvalidCredentials.class, signIn.signIn(trainee.getUsername(), PASSWORD.toCharArray(), "cluster-it"),
                "the old password no longer opens the account");
    }

    @Test
    void tellingTheOtherNodesOnASingleNodeIsHarmless() {
        otherNodes.forget(Forget.PROGRESS, 1);
    }

    private void execute(String sql, long id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            assertEquals(1, statement.executeUpdate());
        }
    }
}

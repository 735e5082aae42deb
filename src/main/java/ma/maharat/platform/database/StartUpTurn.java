package ma.maharat.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The start-up tasks (the initial administrator, the content import, the signing key and its sealing, the
 * demo data set) run on one node at a time (issue 19). Each was written to find its work done and do nothing
 * on a database that has it, but two nodes starting at the same instant on an empty database would both find
 * it undone: two {@code admin} accounts refused by the unique key (and a node that does not start), courses
 * imported twice at once, the demo center loaded twice. So a node takes its turn first: the MariaDB named
 * lock {@code maharat.start.<database>}, on a connection of its own held from before the first task to after the last
 * one has committed ({@link StartUpTurnOver} gives it back). A second node waits for it, then runs the same
 * tasks and finds them done. Flyway's migrations before it have their own lock of the same kind.
 *
 * <p>A node that dies while it holds the turn drops its connection, and MariaDB releases the lock with it.
 * If the turn does not come within {@code maharat.start.turn-wait-seconds} (15 minutes), the node goes on
 * without it and says so: a node that never starts is worse, and the tasks are safe to repeat once the first
 * node's are done. Every start-up bean declares {@code @DependsOn("StartUpTurn")} and
 * {@link StartUpTurnOver} names them all ({@code StartUpTurnTest} checks both). On one node the lock costs
 * two queries.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class StartUpTurn {

    /** Named per database: MariaDB's named locks belong to the server, which may hold another center's database too. */
    static final String LOCK = "maharat.start.<database>";
    private static final String LOCK_NAME = "CONCAT('maharat.start.', LEFT(DATABASE(), 48))";
    private static final Logger LOG = Logger.getLogger(StartUpTurn.class.getName());

    @Resource(lookup = MaharatDatabase.JNDI_NAME)
    DataSource database;

    @Inject
    @ConfigProperty(name = "maharat.start.turn-wait-seconds", defaultValue = "900")
    int waitSeconds;

    private Connection holder;

    @PostConstruct
    void take() {
        try {
            holder = database.getConnection();
            if (lock(0)) {
                LOG.info("This node runs the start-up tasks (lock " + LOCK + ")");
                return;
            }
            LOG.info("Another node is running its start-up tasks: waiting for its turn to end (lock " + LOCK + ")");
            long started = System.nanoTime();
            boolean taken = lock(waitSeconds);
            long waited = (System.nanoTime() - started) / 1_000_000_000L;
            if (taken) {
                LOG.info("Waited " + waited + " s for another node's start-up tasks; this node runs them now and should find them done");
            } else {
                LOG.warning("Another node kept the start-up turn for " + waited + " s: starting without it");
                close();
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not take the start-up turn (lock " + LOCK + "): starting without it", e);
            close();
        }
    }

    /** Called by {@link StartUpTurnOver} once the last start-up task has committed. */
    public void giveBack() {
        if (holder == null) {
            return;
        }
        try (PreparedStatement release = holder.prepareStatement("SELECT RELEASE_LOCK(" + LOCK_NAME + ")")) {
            release.execute();
            LOG.info("Start-up tasks done; turn given back (lock " + LOCK + ")");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not give back the start-up turn; closing its connection releases it", e);
        } finally {
            close();
        }
    }

    @PreDestroy
    void close() {
        if (holder != null) {
            try {
                holder.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Closing the start-up turn's connection", e);
            }
            holder = null;
        }
    }

    private boolean lock(int seconds) throws SQLException {
        try (PreparedStatement get = holder.prepareStatement("SELECT GET_LOCK(" + LOCK_NAME + ", ?)")) {
            get.setInt(1, seconds);
            try (ResultSet row = get.executeQuery()) {
                return row.next() && row.getInt(1) == 1;
            }
        }
    }
}

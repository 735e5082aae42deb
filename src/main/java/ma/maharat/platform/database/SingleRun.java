package ma.maharat.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs a scheduled job on one node of a cluster at a time (issue 19): every node's timer fires, the first
 * to take the job's named lock in MariaDB ({@code GET_LOCK}) runs it, the others skip this round. The lock
 * belongs to the connection, so a node that dies mid-job loses it with its connection and the next round
 * runs on another node; no table, no lease to expire. On one node it costs one query per round.
 */
@ApplicationScoped
public class SingleRun {

    private static final Logger LOG = Logger.getLogger(SingleRun.class.getName());
    /** MariaDB names locks per server; the prefix keeps Maharat's apart from anything else on it. */
    static final String PREFIX = "maharat.job.";
    /**
     * The lock's name in SQL: the prefix, the job and a digest of the database's name, since one MariaDB server
     * may hold several Maharat databases (two centers, the test suites of several developers) whose jobs must
     * not keep each other waiting. At most 12 + 40 + 9 = 61 characters (MariaDB allows 64).
     */
    static final String LOCK_NAME = "CONCAT(?, '.', LEFT(MD5(DATABASE()), 8))";

    @Resource(lookup = MaharatDatabase.JNDI_NAME)
    DataSource database;

    /**
     * @param job  the job's name (at most 40 characters: MariaDB's lock names are at most 64)
     * @return whether this node ran the job; {@code false} when another node is running it
     */
    public boolean runAlone(String job, Runnable work) {
        if (job == null || job.isEmpty() || job.length() > 40) {
            throw new IllegalArgumentException("A job name of 1 to 40 characters, not " + job);
        }
        String lock = PREFIX + job;
        try (Connection connection = database.getConnection()) {
            if (!take(connection, lock)) {
                LOG.fine(() -> "Job " + job + " runs on another node; skipped here");
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                release(connection, lock);
            }
        } catch (SQLException e) {
            // Without the database the job could do nothing anyway; the next round tries again.
            LOG.log(Level.WARNING, "Job " + job + " skipped: its lock could not be taken", e);
            return false;
        }
    }

    private static boolean take(Connection connection, String lock) throws SQLException {
        try (PreparedStatement get = connection.prepareStatement("SELECT GET_LOCK(" + LOCK_NAME + ", 0)")) {
            get.setString(1, lock);
            try (ResultSet row = get.executeQuery()) {
                return row.next() && row.getInt(1) == 1;
            }
        }
    }

    private static void release(Connection connection, String lock) throws SQLException {
        // The pooled connection outlives this call: a lock left on it would keep the job off every node.
        try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(" + LOCK_NAME + ")")) {
            release.setString(1, lock);
            release.execute();
        }
    }
}

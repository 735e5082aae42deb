package ma.maharat.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scheduled job runs on one node at a time: another node is played by a second database connection
 * that holds the job's lock, as a node in the middle of the round does. (A node that dies drops its
 * connection, and MariaDB releases a named lock with its connection: the failover test kills a node.)
 */
@ExtendWith(ArquillianExtension.class)
class SingleRunIT {

    private static final String JOB = "single-run-it";

    @Inject
    SingleRun singleRun;

    @Resource(lookup = MaharatDatabase.JNDI_NAME)
    DataSource database;

    @Test
    void aJobAnotherNodeIsRunningIsSkippedHereAndRunsOnceThatNodeLetsGo() throws SQLException {
        AtomicInteger runs = new AtomicInteger();
        try (Connection otherNode = database.getConnection()) {
            assertEquals(1, lock(otherNode, "SELECT GET_LOCK(" + SingleRun.LOCK_NAME + ", 0)"));
            assertFalse(singleRun.runAlone(JOB, () -> runs.incrementAndGet()));
            assertEquals(0, runs.get(), "ran while another node held the job");
            assertEquals(1, lock(otherNode, "SELECT RELEASE_LOCK(" + SingleRun.LOCK_NAME + ")"));
        }
        assertTrue(singleRun.runAlone(JOB, () -> runs.incrementAndGet()));
        assertTrue(singleRun.runAlone(JOB, () -> runs.incrementAndGet()), "the lock was kept after the first round");
        assertEquals(2, runs.get());
    }

    @Test
    void aJobNameMariaDbCannotHoldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> singleRun.runAlone("x".repeat(41), () -> { }));
    }

    private static int lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, SingleRun.PREFIX + JOB);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}

package ma.maharat.quiz.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.maharat.platform.database.SingleRun;

/**
 * Closes attempts whose time is up even when nobody looks at them again (a trainee who walked away
 * from a frozen terminal): every 15 seconds, each expired attempt is graded with the answers saved
 * before its deadline, in its own transaction, so one failure does not hold back the others. In a
 * cluster every node's timer fires and one node at a time does the round ({@link SingleRun}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AttemptDeadlines {

    private static final Logger LOG = Logger.getLogger(AttemptDeadlines.class.getName());

    @Inject
    Attempts attempts;

    @Inject
    SingleRun singleRun;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void closeExpiredAttempts() {
        singleRun.runAlone("attempt-deadlines", this::closeEach);
    }

    private void closeEach() {
        int closed = 0;
        for (Long id : attempts.expiredAttemptIds()) {
            try {
                if (attempts.finishExpired(id)) {
                    closed++;
                    LOG.fine(() -> "Closed attempt " + id + " at its deadline");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing expired attempt " + id + " failed; the next run tries again", e);
            }
        }
        if (closed > 0) {
            // One line per round that closed anything, on the node that ran it: the cluster test adds them up.
            int count = closed;
            LOG.info(() -> "Deadline round: closed " + count + " attempts on this node");
        }
    }
}

package ma.maharat.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attempts whose time the failover test runs out during a failure, and when the quiz-deadline job closed each one:
 * the test moves their deadline to a few seconds ahead (in the database, as if the trainees had started long
 * before), then reads the database twice a second, through the same primary-then-replica address the nodes use,
 * until each attempt is closed by the deadline or the limit passes.
 */
final class DeadlineWatch {

    /** The job runs every 15 s; a round may be lost to the failure itself, so two rounds and some slack. */
    static final Duration ON_TIME = Duration.ofSeconds(40);

    private final String url;
    private final String user;
    private final String password;

    DeadlineWatch(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** One batch of attempts whose deadline was moved to {@code deadline}. */
    final class Batch {
        final List<Long> attempts;
        final Instant deadline;
        final Map<Long, Instant> closedAt = new ConcurrentHashMap<>();
        final Map<Long, String> closedBy = new ConcurrentHashMap<>();
        private final Thread reader;

        Batch(List<Long> attempts, Instant deadline) {
            this.attempts = attempts;
            this.deadline = deadline;
            reader = new Thread(() -> {
                try {
                    read();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "deadline-watch");
            reader.setDaemon(true);
            reader.start();
        }

        /** Reads the database until every attempt is closed or {@link #ON_TIME} after the deadline has passed. */
        private void read() throws InterruptedException {
            Instant limit = deadline.plus(ON_TIME);
            while (closedAt.size() < attempts.size() && Instant.now().isBefore(limit)) {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                        PreparedStatement read = connection.prepareStatement(
                                "SELECT id, state, finished_by FROM quiz_attempt WHERE id = ?")) {
                    for (long id : attempts) {
                        if (closedAt.containsKey(id)) {
                            continue;
                        }
                        read.setLong(1, id);
                        try (ResultSet row = read.executeQuery()) {
                            if (row.next() && "FINISHED".equals(row.getString("state"))) {
                                closedAt.put(id, Instant.now());
                                closedBy.put(id, String.valueOf(row.getString("finished_by")));
                            }
                        }
                    }
                } catch (SQLException e) {
                    // The primary is down and the replica not promoted yet: try again at the next read.
                }
                Thread.sleep(500);
            }
        }

        /** What went wrong, one line each: an attempt not closed in time, or closed but not by its deadline. */
        List<String> problems(String when) throws InterruptedException {
            reader.join(ON_TIME.plusSeconds(30).toMillis());
            List<String> problems = new ArrayList<>();
            for (long id : attempts) {
                Instant closed = closedAt.get(id);
                if (closed == null) {
                    problems.add("attempt " + id + " was still open " + ON_TIME.toSeconds() + " s after its deadline " + when);
                } else if (!"DEADLINE".equals(closedBy.get(id))) {
                    problems.add("attempt " + id + " was closed by " + closedBy.get(id) + ", not by its deadline, " + when);
                }
            }
            return problems;
        }

        /** "5 of 5 closed by the deadline job, the last 12.3 s after its deadline". */
        String summary() {
            double last = closedAt.values().stream().mapToDouble(at -> Duration.between(deadline, at).toMillis() / 1000.0).max()
                    .orElse(Double.NaN);
            return String.format(Locale.ROOT, "%d of %d closed by the deadline job%s", closedAt.size(), attempts.size(),
                    closedAt.isEmpty() ? "" : String.format(Locale.ROOT, ", the last %.1f s after its deadline", last));
        }
    }

    /** Moves the attempts' deadline to {@code after} from now, the way a timed quiz's time runs out. */
    Batch runOut(List<Long> attempts, Duration after) throws SQLException {
        Instant deadline = Instant.now().plus(after);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE quiz_attempt SET deadline = ? WHERE id = ? AND state = 'IN_PROGRESS'")) {
            for (long id : attempts) {
                update.setTimestamp(1, Timestamp.from(deadline));
                update.setLong(2, id);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("attempt " + id + " is not in progress: its deadline cannot run out");
                }
            }
        }
        return new Batch(attempts, deadline);
    }
}

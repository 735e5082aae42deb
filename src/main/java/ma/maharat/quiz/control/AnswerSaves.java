package ma.maharat.quiz.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import ma.maharat.platform.database.MaharatDatabase;
import ma.maharat.quiz.question.Question;

/**
 * Saves one answer of an attempt, the moment the trainee gives it: the quiz page's most frequent
 * request, hence plain JDBC in one short transaction (a locking read, an update, a commit) rather
 * than entities.
 *
 * <p>Every save names the revision of the answer it replaces. When that is no longer the stored
 * revision, either this exact answer was already saved (a retry after a lost acknowledgement: saved,
 * nothing to do) or another tab or terminal saved a different answer since (a conflict, reported
 * with the newer answer, never overwritten). The attempt row is locked for the save, so the
 * deadline job closing the attempt ({@link Attempts#finishExpired}) sees either all of a save or none.
 */
@ApplicationScoped
public class AnswerSaves {

    @Resource(lookup = MaharatDatabase.JNDI_NAME)
    DataSource database;

    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    /** What became of a save. */
    public sealed interface Outcome {
    }

    /** Stored (or already stored): the answer's revision now. */
    public record Saved(int revision, Instant savedAt) implements Outcome {
    }

    /** Another tab or terminal saved a different answer since the one this save replaces. */
    public record Conflict(int revision, String storedResponse) implements Outcome {
    }

    /** The attempt no longer takes answers: submitted, or its time is up. */
    public record Closed(boolean timeUp) implements Outcome {
    }

    /** No such attempt of this trainee, or no such question in it. */
    public record NotFound() implements Outcome {
    }

    /**
     * @param traineeId        the signed-in trainee: an attempt of someone else is {@link NotFound}
     * @param expectedRevision the revision the page last knew for this answer (0: never saved)
     * @param responseJson     the answer ({@link ResponseCodec}); checked against the question
     * @throws ResponseCodec.InvalidResponse when it is not an answer to this question
     */
    public Outcome save(long traineeId, long attemptId, int slot, int expectedRevision, String responseJson) {
        try (Connection connection = database.getConnection()) {
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                // Called within a transaction (the demo data set, a test): the caller's commit counts.
                return save(connection, traineeId, attemptId, slot, expectedRevision, responseJson);
            }
            connection.setAutoCommit(false);
            try {
                Outcome outcome = save(connection, traineeId, attemptId, slot, expectedRevision, responseJson);
                connection.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Saving an answer failed", e);
        }
    }

    private Outcome save(Connection connection, long traineeId, long attemptId, int slot, int expectedRevision,
            String responseJson) throws SQLException {
        Instant now = clock.instant();
        Optional<Stored> found = lockAndRead(connection, traineeId, attemptId, slot);
        if (found.isEmpty()) {
            return new NotFound();
        }
        Stored stored = found.get();
        if (!"IN_PROGRESS".equals(stored.state)) {
            return new Closed(false);
        }
        if (stored.deadline != null && !now.isBefore(stored.deadline)) {
            return new Closed(true);
        }
        Question question = QuestionCache.parse(stored.questionGift);
        String canonical = ResponseCodec.canonical(ResponseCodec.read(question, responseJson));
        if (stored.revision != expectedRevision) {
            return canonical.equals(stored.response)
                    ? new Saved(stored.revision, stored.savedAt)
                    : new Conflict(stored.revision, stored.response);
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE attempt_answer SET response = ?, revision = revision + 1, saved_at = ? WHERE attempt_id = ? AND slot = ?")) {
            update.setString(1, canonical);
            update.setTimestamp(2, utc(now));
            update.setLong(3, attemptId);
            update.setInt(4, slot);
            update.executeUpdate();
        }
        return new Saved(stored.revision + 1, now);
    }

    private static Optional<Stored> lockAndRead(Connection connection, long traineeId, long attemptId, int slot)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT a.state, a.deadline, aa.question_gift, aa.response, aa.revision, aa.saved_at"
                        + " FROM quiz_attempt a JOIN attempt_answer aa ON aa.attempt_id = a.id"
                        + " WHERE a.id = ? AND a.account_id = ? AND aa.slot = ? FOR UPDATE")) {
            select.setLong(1, attemptId);
            select.setLong(2, traineeId);
            select.setInt(3, slot);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(row.getString(1), instant(row.getTimestamp(2)), row.getString(3),
                        row.getString(4), row.getInt(5), instant(row.getTimestamp(6))));
            }
        }
    }

    /** Timestamps are UTC in the database ({@code UtcInstantConverter}); JDBC's are local, hence the conversion. */
    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private record Stored(String state, Instant deadline, String questionGift, String response, int revision, Instant savedAt) {
    }
}

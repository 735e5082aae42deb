package ma.maharat.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * Whether a trainee attended a session, who said so and when. One row per session and trainee: marking
 * the session again overwrites it (the audit log keeps what was recorded before).
 */
@Entity
@Table(name = "attendance")
@NamedQuery(name = Attendance.OF_SESSION, query = "SELECT a FROM Attendance a WHERE a.key.sessionId = :session")
@NamedQuery(name = Attendance.COUNT_OF_SESSION, query = "SELECT COUNT(a) FROM Attendance a WHERE a.key.sessionId = :session")
@NamedQuery(name = Attendance.COUNTS_OF_SESSIONS, query = "SELECT a.key.sessionId, COUNT(a) FROM Attendance a"
        + " WHERE a.key.sessionId IN :sessions GROUP BY a.key.sessionId")
public class Attendance {

    public static final String OF_SESSION = "Attendance.ofSession";
    public static final String COUNT_OF_SESSION = "Attendance.countOfSession";
    public static final String COUNTS_OF_SESSIONS = "Attendance.countsOfSessions";

    /** The session and the trainee. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "session_id")
        private long sessionId;

        @Column(name = "trainee_id")
        private long traineeId;

        protected Key() {}

        public Key(long sessionId, long traineeId) {
            this.sessionId = sessionId;
            this.traineeId = traineeId;
        }

        public long getSessionId() {
            return sessionId;
        }

        public long getTraineeId() {
            return traineeId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.sessionId == sessionId && k.traineeId == traineeId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(sessionId) * 31 + Long.hashCode(traineeId);
        }
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceStatus status;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendance() {}

    public Attendance(long sessionId, long traineeId, AttendanceStatus status, long recordedBy, Instant recordedAt) {
        this.key = new Key(sessionId, traineeId);
        record(status, recordedBy, recordedAt);
    }

    public void record(AttendanceStatus status, long recordedBy, Instant recordedAt) {
        this.status = status;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getTraineeId() {
        return key.getTraineeId();
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

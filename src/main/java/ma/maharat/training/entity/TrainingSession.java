package ma.maharat.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;

/**
 * A session at the center: a cohort taking a course with a trainer in a room, on a day from one time
 * to another. Day and times are the center's wall-clock time (Africa/Casablanca), not instants: a
 * session planned at 09:00 is at 09:00 for everyone, whatever the server's zone or a change of offset.
 * The planning rules (no double booking, inside an assignment) are {@code SessionConflicts}'.
 */
@Entity
@Table(name = "training_session")
@NamedQuery(name = TrainingSession.BETWEEN, query = "SELECT s FROM TrainingSession s JOIN FETCH s.cohort JOIN FETCH s.course"
        + " JOIN FETCH s.trainer JOIN FETCH s.room WHERE s.date >= :from AND s.date < :until ORDER BY s.date, s.startTime, s.id")
@NamedQuery(name = TrainingSession.OF_TRAINER_BETWEEN, query = "SELECT s FROM TrainingSession s JOIN FETCH s.cohort JOIN FETCH s.course"
        + " JOIN FETCH s.room WHERE s.trainer.id = :trainer AND s.date >= :from AND s.date < :until ORDER BY s.date, s.startTime, s.id")
@NamedQuery(name = TrainingSession.SAME_DAY_TRAINER_OR_ROOM, query = "SELECT s FROM TrainingSession s JOIN FETCH s.course"
        + " JOIN FETCH s.trainer JOIN FETCH s.room WHERE s.date = :day AND (s.trainer.id = :trainer OR s.room.id = :room)")
@NamedQuery(name = TrainingSession.OF_TRAINER_COHORT_COURSE, query = "SELECT s FROM TrainingSession s"
        + " WHERE s.trainer.id = :trainer AND s.cohort.id = :cohort AND s.course.id = :course")
public class TrainingSession implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String BETWEEN = "TrainingSession.between";
    public static final String OF_TRAINER_BETWEEN = "TrainingSession.ofTrainerBetween";
    public static final String SAME_DAY_TRAINER_OR_ROOM = "TrainingSession.sameDayTrainerOrRoom";
    public static final String OF_TRAINER_COHORT_COURSE = "TrainingSession.ofTrainerCohortCourse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainer_id")
    private Account trainer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id")
    private Room room;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected TrainingSession() {}

    public TrainingSession(Cohort cohort, Course course, Account trainer, Room room, LocalDate date, LocalTime startTime,
            LocalTime endTime) {
        this.cohort = Objects.requireNonNull(cohort);
        this.course = Objects.requireNonNull(course);
        this.trainer = Objects.requireNonNull(trainer);
        this.createdAt = Instant.now();
        place(room, date, startTime, endTime);
        this.updatedAt = null;
    }

    /** Moves the session to another room, day or time (checked by the caller). */
    public void place(Room room, LocalDate date, LocalTime startTime, LocalTime endTime) {
        if (!endTime.isAfter(startTime)) {
            throw new IllegalArgumentException("A session ends after it starts: " + startTime + " to " + endTime);
        }
        this.room = Objects.requireNonNull(room);
        this.date = Objects.requireNonNull(date);
        this.startTime = startTime;
        this.endTime = endTime;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Course getCourse() {
        return course;
    }

    public Account getTrainer() {
        return trainer;
    }

    public Room getRoom() {
        return room;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }
}

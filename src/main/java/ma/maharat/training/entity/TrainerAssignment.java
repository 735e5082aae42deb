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
import java.util.Objects;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;

/**
 * A trainer teaching a course of a cohort's programme from one day to another, both included. Sessions
 * of that trainer for that course and cohort must fall inside one of their assignments (see
 * {@code AssignmentRules} for the rest: a trainer account, a course of the programme, days of the cohort).
 */
@Entity
@Table(name = "trainer_assignment")
@NamedQuery(name = TrainerAssignment.ALL, query = "SELECT a FROM TrainerAssignment a JOIN FETCH a.cohort JOIN FETCH a.course"
        + " JOIN FETCH a.trainer ORDER BY a.cohort.startDate DESC, a.fromDate, a.id")
@NamedQuery(name = TrainerAssignment.OF_COHORT, query = "SELECT a FROM TrainerAssignment a JOIN FETCH a.course JOIN FETCH a.trainer"
        + " WHERE a.cohort.id = :cohort ORDER BY a.fromDate, a.id")
@NamedQuery(name = TrainerAssignment.OF_TRAINER, query = "SELECT a FROM TrainerAssignment a JOIN FETCH a.cohort JOIN FETCH a.course"
        + " WHERE a.trainer.id = :trainer ORDER BY a.fromDate, a.id")
@NamedQuery(name = TrainerAssignment.OF_TRAINER_COHORT_COURSE, query = "SELECT a FROM TrainerAssignment a WHERE a.trainer.id = :trainer"
        + " AND a.cohort.id = :cohort AND a.course.id = :course ORDER BY a.fromDate")
@NamedQuery(name = TrainerAssignment.COUNT_TRAINER_COURSE, query = "SELECT COUNT(a) FROM TrainerAssignment a"
        + " WHERE a.trainer.id = :trainer AND a.course.id = :course")
@NamedQuery(name = TrainerAssignment.COUNT_TRAINER_COURSE_ON, query = "SELECT COUNT(a) FROM TrainerAssignment a"
        + " WHERE a.trainer.id = :trainer AND a.course.id = :course AND a.fromDate <= :day AND a.toDate >= :day")
@NamedQuery(name = TrainerAssignment.COUNT_TRAINER_COHORT, query = "SELECT COUNT(a) FROM TrainerAssignment a"
        + " WHERE a.trainer.id = :trainer AND a.cohort.id = :cohort")
@NamedQuery(name = TrainerAssignment.COUNT_TRAINER_TRAINEE_COURSE, query = "SELECT COUNT(a) FROM TrainerAssignment a"
        + " JOIN a.cohort c JOIN c.cooperatives co, Account t WHERE a.trainer.id = :trainer AND a.course.id = :course"
        + " AND t.id = :trainee AND t.role = :role AND t.cooperative = co")
@NamedQuery(name = TrainerAssignment.COHORT_IDS_OF_TRAINER, query = "SELECT DISTINCT a.cohort.id FROM TrainerAssignment a"
        + " WHERE a.trainer.id = :trainer")
@NamedQuery(name = TrainerAssignment.TRAINEE_IDS_OF_TRAINER, query = "SELECT DISTINCT t.id FROM TrainerAssignment a"
        + " JOIN a.cohort c JOIN c.cooperatives co, Account t WHERE a.trainer.id = :trainer AND t.role = :role AND t.cooperative = co")
public class TrainerAssignment implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String ALL = "TrainerAssignment.all";
    public static final String OF_COHORT = "TrainerAssignment.ofCohort";
    public static final String OF_TRAINER = "TrainerAssignment.ofTrainer";
    public static final String OF_TRAINER_COHORT_COURSE = "TrainerAssignment.ofTrainerCohortCourse";
    public static final String COUNT_TRAINER_COURSE = "TrainerAssignment.countTrainerCourse";
    public static final String COUNT_TRAINER_COURSE_ON = "TrainerAssignment.countTrainerCourseOn";
    public static final String COUNT_TRAINER_COHORT = "TrainerAssignment.countTrainerCohort";
    /** Assignments of a trainer to a course in a cohort whose cooperatives include the trainee's (parameter {@code role}: TRAINEE). */
    public static final String COUNT_TRAINER_TRAINEE_COURSE = "TrainerAssignment.countTrainerTraineeCourse";
    public static final String COHORT_IDS_OF_TRAINER = "TrainerAssignment.cohortIdsOfTrainer";
    /** The trainees (parameter {@code role}: TRAINEE) of the cooperatives of every cohort the trainer is assigned to, active or not. */
    public static final String TRAINEE_IDS_OF_TRAINER = "TrainerAssignment.traineeIdsOfTrainer";

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

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected TrainerAssignment() {}

    /** An assignment of checked details (see {@code AssignmentRules}). */
    public TrainerAssignment(Cohort cohort, Course course, Account trainer, LocalDate fromDate, LocalDate toDate) {
        this.createdAt = Instant.now();
        copy(cohort, course, trainer, fromDate, toDate);
    }

    public void update(Cohort cohort, Course course, Account trainer, LocalDate fromDate, LocalDate toDate) {
        copy(cohort, course, trainer, fromDate, toDate);
        this.updatedAt = Instant.now();
    }

    private void copy(Cohort cohort, Course course, Account trainer, LocalDate fromDate, LocalDate toDate) {
        if (toDate.isBefore(fromDate)) {
            throw new IllegalArgumentException("An assignment ends on or after its first day: " + fromDate + " to " + toDate);
        }
        this.cohort = Objects.requireNonNull(cohort);
        this.course = Objects.requireNonNull(course);
        this.trainer = Objects.requireNonNull(trainer);
        this.fromDate = fromDate;
        this.toDate = toDate;
    }

    /** Whether the day is one of the assignment's, first and last included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(fromDate) && !day.isAfter(toDate);
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

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }
}

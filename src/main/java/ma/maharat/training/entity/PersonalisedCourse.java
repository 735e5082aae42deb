package ma.maharat.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.course.entity.Course;

/**
 * One course of a cooperative's personalised programme within a cohort: how its trainees take it, where
 * that came from (the needs assessment's proposal or a staff member's adjustment), who set it and when.
 * A course without a row is {@link CourseTreatment#FULL}. The audit log keeps the history.
 */
@Entity
@Table(name = "personalised_course")
@NamedQuery(name = PersonalisedCourse.OF_COHORT, query = "SELECT p FROM PersonalisedCourse p WHERE p.cohort.id = :cohort")
@NamedQuery(name = PersonalisedCourse.OF_COHORT_AND_COOPERATIVE, query = "SELECT p FROM PersonalisedCourse p"
        + " WHERE p.cohort.id = :cohort AND p.cooperative.id = :cooperative")
@NamedQuery(name = PersonalisedCourse.TREATMENTS_OF_TRAINEES_IN_COURSE, query = "SELECT a.id, p.cohort.id, p.treatment"
        + " FROM PersonalisedCourse p, Account a WHERE a.id IN :trainees AND p.cooperative = a.cooperative AND p.course.id = :course")
@NamedQuery(name = PersonalisedCourse.COHORTS_OF_TRAINEES_WITH_COURSE, query = "SELECT a.id, c.id FROM Cohort c"
        + " JOIN c.cooperatives co JOIN c.programme course, Account a"
        + " WHERE a.id IN :trainees AND a.cooperative = co AND course.id = :course")
@NamedQuery(name = PersonalisedCourse.OPTIONAL_COURSE_IDS_OF_TRAINEE, query = "SELECT DISTINCT p.course.id FROM PersonalisedCourse p,"
        + " Account a WHERE a.id = :trainee AND p.cooperative = a.cooperative AND p.treatment = :treatment")
public class PersonalisedCourse {

    public static final String OF_COHORT = "PersonalisedCourse.ofCohort";
    public static final String OF_COHORT_AND_COOPERATIVE = "PersonalisedCourse.ofCohortAndCooperative";
    /** Rows of trainee id, cohort id and treatment for the trainees' cooperatives in a course. */
    public static final String TREATMENTS_OF_TRAINEES_IN_COURSE = "PersonalisedCourse.treatmentsOfTraineesInCourse";
    /** Rows of trainee id and cohort id: the cohorts of the trainees' cooperatives whose programme has the course. */
    public static final String COHORTS_OF_TRAINEES_WITH_COURSE = "PersonalisedCourse.cohortsOfTraineesWithCourse";
    /** Ids of the courses set to a treatment (parameter) for the trainee's cooperative, in any cohort. */
    public static final String OPTIONAL_COURSE_IDS_OF_TRAINEE = "PersonalisedCourse.optionalCourseIdsOfTrainee";

    /** Where the treatment came from. */
    public enum Origin { PROPOSED, ADJUSTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cooperative_id")
    private Cooperative cooperative;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseTreatment treatment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;

    @Column(name = "need_score")
    private Integer needScore;

    /** The account id of who set it; null when the server did (a proposal with nobody signed in). */
    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected PersonalisedCourse() {}

    public PersonalisedCourse(Cohort cohort, Cooperative cooperative, Course course, CourseTreatment treatment, Origin origin,
            Integer needScore, Long changedBy, Instant changedAt) {
        this.cohort = Objects.requireNonNull(cohort);
        this.cooperative = Objects.requireNonNull(cooperative);
        this.course = Objects.requireNonNull(course);
        set(treatment, origin, changedBy, changedAt);
        this.needScore = needScore;
    }

    /** A proposal replaces the treatment and the score it came from. */
    public void propose(CourseTreatment treatment, Integer needScore, Long changedBy, Instant changedAt) {
        set(treatment, Origin.PROPOSED, changedBy, changedAt);
        this.needScore = needScore;
    }

    /** A staff member's adjustment; the score the proposal came from stays for reference. */
    public void adjust(CourseTreatment treatment, long changedBy, Instant changedAt) {
        set(treatment, Origin.ADJUSTED, changedBy, changedAt);
    }

    private void set(CourseTreatment treatment, Origin origin, Long changedBy, Instant changedAt) {
        this.treatment = Objects.requireNonNull(treatment);
        this.origin = Objects.requireNonNull(origin);
        this.changedBy = changedBy;
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    public Course getCourse() {
        return course;
    }

    public CourseTreatment getTreatment() {
        return treatment;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Integer getNeedScore() {
        return needScore;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}

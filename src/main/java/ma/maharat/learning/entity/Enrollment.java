package ma.maharat.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.identity.entity.Account;

/** A trainee enrolled in a course: where she stopped, and when she completed it. */
@Entity
@Table(name = "enrollment")
@NamedQuery(name = Enrollment.OF_TRAINEE,
        query = "SELECT e FROM Enrollment e JOIN FETCH e.course WHERE e.trainee.id = :trainee ORDER BY e.course.position")
@NamedQuery(name = Enrollment.OF_TRAINEE_IN_COURSE,
        query = "SELECT e FROM Enrollment e WHERE e.trainee.id = :trainee AND e.course.id = :course")
@NamedQuery(name = Enrollment.OF_COURSE,
        query = "SELECT e FROM Enrollment e JOIN FETCH e.trainee WHERE e.course.id = :course ORDER BY e.trainee.fullName")
@NamedQuery(name = Enrollment.SET_LAST_LESSON, query = "UPDATE Enrollment e SET e.lastLesson = :lesson WHERE e.id = :id")
@NamedQuery(name = Enrollment.COMPLETED_BY_TRAINEES_IN_COURSES,
        query = "SELECT e.trainee.id, e.course.id, e.completedAt FROM Enrollment e WHERE e.trainee.id IN :trainees"
                + " AND e.course.id IN :courses AND e.completedAt IS NOT NULL")
public class Enrollment implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String SET_LAST_LESSON = "Enrollment.setLastLesson";

    public static final String OF_TRAINEE = "Enrollment.ofTrainee";
    public static final String OF_TRAINEE_IN_COURSE = "Enrollment.ofTraineeInCourse";
    public static final String OF_COURSE = "Enrollment.ofCourse";
    /** Rows of trainee id, course id and completion time for the courses some trainees completed. */
    public static final String COMPLETED_BY_TRAINEES_IN_COURSES = "Enrollment.completedByTraineesInCourses";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account trainee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    @ManyToOne
    @JoinColumn(name = "last_lesson_id")
    private Lesson lastLesson;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected Enrollment() {}

    public Enrollment(Account trainee, Course course) {
        this.trainee = trainee;
        this.course = course;
        this.enrolledAt = Instant.now();
    }

    /** Records the first moment every lesson was done; later lessons added do not undo it. */
    public void completeAt(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Account getTrainee() {
        return trainee;
    }

    public Course getCourse() {
        return course;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Lesson getLastLesson() {
        return lastLesson;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}

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
import java.time.Instant;
import ma.maharat.course.entity.Lesson;
import ma.maharat.course.entity.LessonVersion;
import ma.maharat.identity.entity.Account;

/** A lesson a trainee has done, with the version she read. */
@Entity
@Table(name = "lesson_completion")
@NamedQuery(name = LessonCompletion.OF_TRAINEE_IN_COURSE,
        query = "SELECT c FROM LessonCompletion c WHERE c.trainee.id = :trainee AND c.lesson.course.id = :course")
@NamedQuery(name = LessonCompletion.OF_TRAINEE,
        query = "SELECT c FROM LessonCompletion c WHERE c.trainee.id = :trainee")
@NamedQuery(name = LessonCompletion.COUNT_OF_TRAINEE_FOR_LESSON,
        query = "SELECT COUNT(c) FROM LessonCompletion c WHERE c.trainee.id = :trainee AND c.lesson.id = :lesson")
@NamedQuery(name = LessonCompletion.DONE_BY_TRAINEES_IN_COURSES,
        query = "SELECT c.trainee.id, c.lesson.id FROM LessonCompletion c WHERE c.trainee.id IN :trainees"
                + " AND c.lesson.course.id IN :courses")
public class LessonCompletion {

    public static final String OF_TRAINEE_IN_COURSE = "LessonCompletion.ofTraineeInCourse";
    public static final String COUNT_OF_TRAINEE_FOR_LESSON = "LessonCompletion.countOfTraineeForLesson";
    public static final String OF_TRAINEE = "LessonCompletion.ofTrainee";
    /** Rows of trainee id and lesson id for the lessons some trainees did in some courses. */
    public static final String DONE_BY_TRAINEES_IN_COURSES = "LessonCompletion.doneByTraineesInCourses";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account trainee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lesson_id", nullable = false, updatable = false)
    private Lesson lesson;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lesson_version_id", nullable = false)
    private LessonVersion versionRead;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    protected LessonCompletion() {}

    public LessonCompletion(Account trainee, Lesson lesson, Instant at) {
        this.trainee = trainee;
        this.lesson = lesson;
        this.versionRead = lesson.getCurrentVersion();
        this.completedAt = at;
    }

    /** Whether the lesson got a new version after the trainee read it. */
    public boolean isLessonUpdatedSince() {
        return lesson.getCurrentVersion() != null && !lesson.getCurrentVersion().getId().equals(versionRead.getId());
    }

    public Lesson getLesson() {
        return lesson;
    }

    public LessonVersion getVersionRead() {
        return versionRead;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}

package ma.maharat.practical.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.maharat.identity.entity.Account;

/**
 * A trainer's sign-off of a trainee's practical task: the level reached for each criterion, a comment
 * and photos of the work. One per trainee and task; signing again replaces what it holds (the audit log
 * keeps the levels given before). {@code passed} is decided by the rubric when it is recorded.
 */
@Entity
@Table(name = "practical_signoff")
@NamedQuery(name = SignOff.OF_TRAINEE_FOR_TASK,
        query = "SELECT s FROM SignOff s WHERE s.trainee.id = :trainee AND s.task.id = :task")
@NamedQuery(name = SignOff.OF_TRAINEE_IN_COURSE,
        query = "SELECT s FROM SignOff s WHERE s.trainee.id = :trainee AND s.task.course.id = :course")
@NamedQuery(name = SignOff.OF_TASK, query = "SELECT s FROM SignOff s WHERE s.task.id = :task")
@NamedQuery(name = SignOff.PASSED_TASKS_OF_TRAINEE_IN_COURSE,
        query = "SELECT s.task.id FROM SignOff s WHERE s.trainee.id = :trainee AND s.task.course.id = :course AND s.passed = TRUE"
                + " AND s.task.archivedAt IS NULL")
@NamedQuery(name = SignOff.PASSED_BY_TRAINEES_IN_COURSES,
        query = "SELECT s.trainee.id, s.task.course.id, s.task.id FROM SignOff s WHERE s.trainee.id IN :trainees"
                + " AND s.task.course.id IN :courses AND s.passed = TRUE AND s.task.archivedAt IS NULL")
public class SignOff implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String OF_TRAINEE_FOR_TASK = "SignOff.ofTraineeForTask";
    public static final String OF_TRAINEE_IN_COURSE = "SignOff.ofTraineeInCourse";
    public static final String OF_TASK = "SignOff.ofTask";
    /** Ids of the current tasks of a course a trainee has signed off at a passing level. */
    public static final String PASSED_TASKS_OF_TRAINEE_IN_COURSE = "SignOff.passedTasksOfTraineeInCourse";
    /** Rows of trainee id, course id and task id of the current tasks signed off at a passing level. */
    public static final String PASSED_BY_TRAINEES_IN_COURSES = "SignOff.passedByTraineesInCourses";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    private PracticalTask task;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account trainee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "trainer_id", nullable = false)
    private Account trainer;

    private String comment;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "signOff", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SignOffLevel> levels = new ArrayList<>();

    @OneToMany(mappedBy = "signOff", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SignOffPhoto> photos = new ArrayList<>();

    @Version
    private long version;

    protected SignOff() {}

    public SignOff(PracticalTask task, Account trainee, Account trainer, Instant at) {
        this.task = task;
        this.trainee = trainee;
        this.trainer = trainer;
        this.signedAt = at;
    }

    /**
     * Records the levels given (one per criterion, checked by the caller against the rubric), the
     * comment and whether the task passed. Rows of criteria assessed before are updated in place.
     */
    public void assess(Account trainer, Map<RubricCriterion, RubricLevel> chosen, String comment, boolean passed, Instant at) {
        if (id != null) {
            this.updatedAt = at;
        }
        this.trainer = trainer;
        this.comment = comment;
        this.passed = passed;
        levels.removeIf(level -> !chosen.containsKey(level.getCriterion()));
        chosen.forEach((criterion, level) -> levelFor(criterion)
                .ifPresentOrElse(row -> row.choose(level), () -> levels.add(new SignOffLevel(this, criterion, level))));
    }

    /** The level given for a criterion, if it was assessed. */
    public Optional<RubricLevel> levelOf(RubricCriterion criterion) {
        return levelFor(criterion).map(SignOffLevel::getLevel);
    }

    private Optional<SignOffLevel> levelFor(RubricCriterion criterion) {
        return levels.stream().filter(l -> l.getCriterion().equals(criterion)).findFirst();
    }

    /** Keeps the photos in this list, in its order; the others go. */
    public void keepPhotos(List<SignOffPhoto> kept) {
        photos.retainAll(kept);
        for (int i = 0; i < photos.size(); i++) {
            photos.get(i).moveTo(i);
        }
    }

    public SignOffPhoto addPhoto(String mediaType, byte[] content, byte[] thumbnail, int width, int height, String contentHash, Instant at) {
        SignOffPhoto photo = new SignOffPhoto(this, photos.size(), mediaType, content, thumbnail, width, height, contentHash, at);
        photos.add(photo);
        return photo;
    }

    /** The last time the sign-off was recorded. */
    public Instant lastRecordedAt() {
        return updatedAt == null ? signedAt : updatedAt;
    }

    public Long getId() {
        return id;
    }

    public PracticalTask getTask() {
        return task;
    }

    public Account getTrainee() {
        return trainee;
    }

    public Account getTrainer() {
        return trainer;
    }

    public String getComment() {
        return comment;
    }

    public boolean isPassed() {
        return passed;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<SignOffLevel> getLevels() {
        return levels;
    }

    public List<SignOffPhoto> getPhotos() {
        return photos;
    }
}

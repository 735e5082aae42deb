package ma.maharat.course.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A lesson. Its text lives in versions: an edited lesson gets a new current version, and trainees'
 * completions keep pointing at the version they read. A lesson removed from the files is archived,
 * never deleted, so its history stays.
 */
@Entity
@Table(name = "lesson")
@Cacheable
@NamedQuery(name = Lesson.BY_CODES,
        query = "SELECT l FROM Lesson l WHERE l.course.code = :course AND l.code = :lesson")
public class Lesson {

    public static final String BY_CODES = "Lesson.byCodes";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private CourseModule module;

    @Column(nullable = false, updatable = false)
    private String code;

    @Embedded
    private LocalizedText title;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private int position;

    @OneToOne
    @JoinColumn(name = "current_version_id")
    private LessonVersion currentVersion;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Lesson() {}

    public Lesson(Course course, String code) {
        this.course = course;
        this.code = code;
        course.getLessons().add(this);
    }

    public void describe(CourseModule module, LocalizedText title, int minutes, int position) {
        this.module = module;
        this.title = title;
        this.minutes = minutes;
        this.position = position;
        this.archivedAt = null;
    }

    /** Makes this text the current one; the caller persists the new version. */
    public LessonVersion publish(String contentHash, String htmlAr, String htmlFr, String htmlEn) {
        int number = currentVersion == null ? 1 : currentVersion.getNumber() + 1;
        currentVersion = new LessonVersion(this, number, contentHash, htmlAr, htmlFr, htmlEn);
        return currentVersion;
    }

    public boolean hasContent(String contentHash) {
        return currentVersion != null && currentVersion.getContentHash().equals(contentHash);
    }

    public void archive() {
        if (archivedAt == null) {
            archivedAt = Instant.now();
        }
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    int modulePosition() {
        return module.getPosition();
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public CourseModule getModule() {
        return module;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }

    public int getPosition() {
        return position;
    }

    public LessonVersion getCurrentVersion() {
        return currentVersion;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }
}

package ma.maharat.course.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

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
public class Lesson extends CoursePart implements Serializable {
    private static final long serialVersionUID = 1L;

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

    @Column(nullable = false)
    private int minutes;

    @OneToOne
    @JoinColumn(name = "current_version_id")
    private LessonVersion currentVersion;

    protected Lesson() {}

    public Lesson(Course course, String code) {
        super(code);
        this.course = course;
        course.getLessons().add(this);
    }

    public void describe(CourseModule module, LocalizedText title, int minutes, int position) {
        place(title, position);
        this.module = module;
        this.minutes = minutes;
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

    public int getMinutes() {
        return minutes;
    }

    public LessonVersion getCurrentVersion() {
        return currentVersion;
    }
}

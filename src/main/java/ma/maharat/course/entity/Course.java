package ma.maharat.course.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A course of the programme, as imported from its folder in modules-content. Its code is the folder
 * name; the content hash tells whether the files changed since the last import.
 */
@Entity
@Table(name = "course")
@Cacheable
@NamedQuery(name = Course.ALL, query = "SELECT c FROM Course c ORDER BY c.position, c.code")
@NamedQuery(name = Course.BY_CODE, query = "SELECT c FROM Course c WHERE c.code = :code")
public class Course implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String ALL = "Course.all";
    public static final String BY_CODE = "Course.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Embedded
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    @AttributeOverride(name = "fr", column = @Column(name = "description_fr"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedText description;

    @Column(name = "estimated_hours", nullable = false)
    private int estimatedHours;

    @Column(nullable = false)
    private int position;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @ManyToMany
    @JoinTable(name = "course_prerequisite",
            joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "required_course_id"))
    private Set<Course> prerequisites = new LinkedHashSet<>();

    @OneToMany(mappedBy = "course")
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @OneToMany(mappedBy = "course")
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    @Version
    private long version;

    protected Course() {}

    public Course(String code) {
        this.code = code;
    }

    /** Takes the manifest's description of the course; modules and lessons are imported separately. */
    public void describe(LocalizedText title, LocalizedText description, int estimatedHours, int position, String contentHash) {
        this.title = title;
        this.description = description;
        this.estimatedHours = estimatedHours;
        this.position = position;
        this.contentHash = contentHash;
        this.importedAt = Instant.now();
    }

    public void requireOnly(Set<Course> required) {
        prerequisites.retainAll(required);
        prerequisites.addAll(required);
    }

    /** The lessons trainees see today, in order: archived ones are history only. */
    public List<Lesson> currentLessons() {
        return lessons.stream().filter(l -> !l.isArchived()).sorted(java.util.Comparator.comparing(Lesson::modulePosition)
                .thenComparing(Lesson::getPosition)).toList();
    }

    public List<CourseModule> currentModules() {
        return modules.stream().filter(m -> !m.isArchived()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public int getEstimatedHours() {
        return estimatedHours;
    }

    public int getPosition() {
        return position;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Set<Course> getPrerequisites() {
        return prerequisites;
    }

    public List<CourseModule> getModules() {
        return modules;
    }

    public List<Lesson> getLessons() {
        return lessons;
    }
}

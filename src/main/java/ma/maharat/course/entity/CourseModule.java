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
import jakarta.persistence.Table;
import java.time.Instant;

/** A module of a course: a titled group of lessons. */
@Entity
@Table(name = "course_module")
@Cacheable
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(nullable = false, updatable = false)
    private String code;

    @Embedded
    private LocalizedText title;

    @Column(nullable = false)
    private int position;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected CourseModule() {}

    public CourseModule(Course course, String code) {
        this.course = course;
        this.code = code;
        course.getModules().add(this);
    }

    public void describe(LocalizedText title, int position) {
        this.title = title;
        this.position = position;
        this.archivedAt = null;
    }

    public void archive() {
        if (archivedAt == null) {
            archivedAt = Instant.now();
        }
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public int getPosition() {
        return position;
    }
}

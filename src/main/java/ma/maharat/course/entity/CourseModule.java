package ma.maharat.course.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A module of a course: a titled group of lessons. */
@Entity
@Table(name = "course_module")
@Cacheable
public class CourseModule extends CoursePart implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    protected CourseModule() {}

    public CourseModule(Course course, String code) {
        super(code);
        this.course = course;
        course.getModules().add(this);
    }

    public void describe(LocalizedText title, int position) {
        place(title, position);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }
}

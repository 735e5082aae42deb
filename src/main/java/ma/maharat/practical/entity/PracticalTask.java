package ma.maharat.practical.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.CoursePart;
import ma.maharat.course.entity.LocalizedText;

/**
 * A practical task of a course (sew a prototype of the summer-camp T-shirt), as its course.yaml defines
 * it, with its rubric. Matched by code at every import; a task no longer in the files is archived, so
 * its sign-offs stay readable.
 */
@Entity
@Table(name = "practical_task")
@NamedQuery(name = PracticalTask.OF_COURSE, query = "SELECT t FROM PracticalTask t WHERE t.course = :course")
@NamedQuery(name = PracticalTask.CURRENT_OF_COURSE,
        query = "SELECT t FROM PracticalTask t WHERE t.course.id = :course AND t.archivedAt IS NULL ORDER BY t.position")
@NamedQuery(name = PracticalTask.CURRENT_COUNTS_OF_COURSES,
        query = "SELECT t.course.id, COUNT(t) FROM PracticalTask t WHERE t.course.id IN :courses AND t.archivedAt IS NULL"
                + " GROUP BY t.course.id")
@NamedQuery(name = PracticalTask.CURRENT,
        query = "SELECT t FROM PracticalTask t JOIN FETCH t.course WHERE t.archivedAt IS NULL ORDER BY t.course.position, t.position")
@NamedQuery(name = PracticalTask.BY_CODES,
        query = "SELECT t FROM PracticalTask t WHERE t.course.code = :course AND t.code = :task")
public class PracticalTask extends CoursePart implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How many current tasks each of the courses has: rows of course id and count (courses without any are absent). */
    public static final String CURRENT_COUNTS_OF_COURSES = "PracticalTask.currentCountsOfCourses";

    public static final String OF_COURSE = "PracticalTask.ofCourse";
    public static final String CURRENT_OF_COURSE = "PracticalTask.currentOfCourse";
    /** Every current task of every course, in programme order. */
    public static final String CURRENT = "PracticalTask.current";
    public static final String BY_CODES = "PracticalTask.byCodes";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Embedded
    @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    @AttributeOverride(name = "fr", column = @Column(name = "description_fr"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedText description;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "pass_points", nullable = false)
    private int passPoints;

    @OneToMany(mappedBy = "task")
    @OrderBy("position")
    private List<RubricCriterion> criteria = new ArrayList<>();

    protected PracticalTask() {}

    public PracticalTask(Course course, String code) {
        super(code);
        this.course = course;
    }

    /** Sets what the files say; a task archived before and back in the files is current again. */
    public void describe(LocalizedText title, LocalizedText description, boolean required, int passPoints, int position) {
        place(title, position);
        this.description = description;
        this.required = required;
        this.passPoints = passPoints;
    }

    /** The criteria the trainer assesses now, in order. */
    public List<RubricCriterion> currentCriteria() {
        return criteria.stream().filter(c -> !c.isArchived()).toList();
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public boolean isRequired() {
        return required;
    }

    public int getPassPoints() {
        return passPoints;
    }

    public List<RubricCriterion> getCriteria() {
        return criteria;
    }
}

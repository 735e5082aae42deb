package ma.maharat.practical.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.course.entity.CoursePart;
import ma.maharat.course.entity.LocalizedText;

/** A criterion of a task's rubric (seam quality), with what each level of the scale means for it. */
@Entity
@Table(name = "practical_criterion")
public class RubricCriterion extends CoursePart implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    private PracticalTask task;

    @OneToMany(mappedBy = "criterion")
    @OrderBy("position")
    private List<RubricLevel> levels = new ArrayList<>();

    protected RubricCriterion() {}

    public RubricCriterion(PracticalTask task, String code) {
        super(code);
        this.task = task;
    }

    public void describe(LocalizedText title, int position) {
        place(title, position);
    }

    /** The levels of the scale as they are now, lowest first. */
    public List<RubricLevel> currentLevels() {
        return levels.stream().filter(l -> !l.isArchived()).toList();
    }

    public Long getId() {
        return id;
    }

    public PracticalTask getTask() {
        return task;
    }

    public List<RubricLevel> getLevels() {
        return levels;
    }
}

package ma.maharat.practical.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.course.entity.LocalizedText;

/** A criterion of a task's rubric (seam quality), with what each level of the scale means for it. */
@Entity
@Table(name = "practical_criterion")
public class RubricCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    private PracticalTask task;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private int position;

    @Embedded
    private LocalizedText title;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @OneToMany(mappedBy = "criterion")
    @OrderBy("position")
    private List<RubricLevel> levels = new ArrayList<>();

    protected RubricCriterion() {}

    public RubricCriterion(PracticalTask task, String code) {
        this.task = task;
        this.code = code;
    }

    public void describe(LocalizedText title, int position) {
        this.title = title;
        this.position = position;
        this.archivedAt = null;
    }

    public void archive(Instant at) {
        if (archivedAt == null) {
            archivedAt = at;
        }
    }

    /** The levels of the scale as they are now, lowest first. */
    public List<RubricLevel> currentLevels() {
        return levels.stream().filter(l -> !l.isArchived()).toList();
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Long getId() {
        return id;
    }

    public PracticalTask getTask() {
        return task;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public List<RubricLevel> getLevels() {
        return levels;
    }
}

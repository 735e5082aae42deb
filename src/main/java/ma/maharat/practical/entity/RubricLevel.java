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
import jakarta.persistence.Table;
import java.io.Serializable;
import ma.maharat.course.entity.CoursePart;
import ma.maharat.course.entity.LocalizedText;

/**
 * A level of a task's scale as one criterion describes it: the scale's title and points, and what
 * reaching it means for this criterion ("seams straight, 1 cm allowance kept everywhere").
 */
@Entity
@Table(name = "practical_level")
public class RubricLevel extends CoursePart implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "criterion_id", nullable = false, updatable = false)
    private RubricCriterion criterion;

    @Column(nullable = false)
    private int points;

    @Embedded
    @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    @AttributeOverride(name = "fr", column = @Column(name = "description_fr"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedText description;

    protected RubricLevel() {}

    public RubricLevel(RubricCriterion criterion, String code) {
        super(code);
        this.criterion = criterion;
    }

    public void describe(LocalizedText title, LocalizedText description, int points, int position) {
        place(title, position);
        this.description = description;
        this.points = points;
    }

    public Long getId() {
        return id;
    }

    public RubricCriterion getCriterion() {
        return criterion;
    }

    public int getPoints() {
        return points;
    }

    public LocalizedText getDescription() {
        return description;
    }
}

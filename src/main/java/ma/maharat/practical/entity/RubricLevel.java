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
import java.time.Instant;
import ma.maharat.course.entity.LocalizedText;

/**
 * A level of a task's scale as one criterion describes it: the scale's title and points, and what
 * reaching it means for this criterion ("seams straight, 1 cm allowance kept everywhere").
 */
@Entity
@Table(name = "practical_level")
public class RubricLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "criterion_id", nullable = false, updatable = false)
    private RubricCriterion criterion;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int points;

    @Embedded
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    @AttributeOverride(name = "fr", column = @Column(name = "description_fr"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedText description;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected RubricLevel() {}

    public RubricLevel(RubricCriterion criterion, String code) {
        this.criterion = criterion;
        this.code = code;
    }

    public void describe(LocalizedText title, LocalizedText description, int points, int position) {
        this.title = title;
        this.description = description;
        this.points = points;
        this.position = position;
        this.archivedAt = null;
    }

    public void archive(Instant at) {
        if (archivedAt == null) {
            archivedAt = at;
        }
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Long getId() {
        return id;
    }

    public RubricCriterion getCriterion() {
        return criterion;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public int getPoints() {
        return points;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }
}

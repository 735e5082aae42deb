package ma.maharat.practical.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The level a trainer gave for one criterion in a sign-off. */
@Entity
@Table(name = "practical_signoff_level")
public class SignOffLevel implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "signoff_id", nullable = false, updatable = false)
    private SignOff signOff;

    @ManyToOne(optional = false)
    @JoinColumn(name = "criterion_id", nullable = false, updatable = false)
    private RubricCriterion criterion;

    @ManyToOne(optional = false)
    @JoinColumn(name = "level_id", nullable = false)
    private RubricLevel level;

    protected SignOffLevel() {}

    SignOffLevel(SignOff signOff, RubricCriterion criterion, RubricLevel level) {
        this.signOff = signOff;
        this.criterion = criterion;
        this.level = level;
    }

    void choose(RubricLevel level) {
        this.level = level;
    }

    public Long getId() {
        return id;
    }

    public SignOff getSignOff() {
        return signOff;
    }

    public RubricCriterion getCriterion() {
        return criterion;
    }

    public RubricLevel getLevel() {
        return level;
    }
}

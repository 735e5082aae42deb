package ma.maharat.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import ma.maharat.course.entity.Course;
import ma.maharat.platform.i18n.Language;

/**
 * A question of a course's bank, identified by its GIFT {@code ::name::} and kept as GIFT in each
 * language: the same text Moodle would read, so export is a copy and grading parses what was written.
 * Removed from the files, it is archived (attempts refer to it), never deleted.
 */
@Entity
@Table(name = "question")
@NamedQuery(name = BankQuestion.OF_COURSE, query = "SELECT q FROM BankQuestion q WHERE q.course = :course ORDER BY q.position")
@NamedQuery(name = BankQuestion.CURRENT_OF_COURSE,
        query = "SELECT q FROM BankQuestion q WHERE q.course.id = :course AND q.archivedAt IS NULL ORDER BY q.position")
public class BankQuestion {

    public static final String OF_COURSE = "BankQuestion.ofCourse";
    public static final String CURRENT_OF_COURSE = "BankQuestion.currentOfCourse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private int position;

    @Column(name = "gift_ar", nullable = false)
    private String giftAr;

    @Column(name = "gift_fr", nullable = false)
    private String giftFr;

    @Column(name = "gift_en")
    private String giftEn;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected BankQuestion() {}

    public BankQuestion(Course course, String name) {
        this.course = course;
        this.name = name;
    }

    /**
     * Takes the files' version of the question.
     *
     * @return whether anything changed
     */
    public boolean update(String newCategory, String newType, int newPosition, String ar, String fr, String en) {
        boolean changed = !newCategory.equals(category) || !newType.equals(type) || newPosition != position
                || !ar.equals(giftAr) || !fr.equals(giftFr) || !java.util.Objects.equals(en, giftEn) || archivedAt != null;
        category = newCategory;
        type = newType;
        position = newPosition;
        giftAr = ar;
        giftFr = fr;
        giftEn = en;
        archivedAt = null;
        return changed;
    }

    public void archive(Instant at) {
        if (archivedAt == null) {
            archivedAt = at;
        }
    }

    /** The GIFT in a language, French when the question has none in it (English is optional). */
    public String giftIn(Language language) {
        return switch (language) {
            case AR -> giftAr;
            case EN -> Optional.ofNullable(giftEn).orElse(giftFr);
            default -> giftFr;
        };
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getType() {
        return type;
    }

    public int getPosition() {
        return position;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }
}

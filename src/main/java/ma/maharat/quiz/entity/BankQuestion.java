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
import java.util.Optional;
import ma.maharat.course.entity.ArchivableContent;
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
public class BankQuestion extends ArchivableContent {

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

    /** Where the question comes from: the course's files, or a trainer's browser. */
    public enum Source { FILES, BROWSER }

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Source source = Source.FILES;

    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @JoinColumn(name = "added_by")
    private ma.maharat.identity.entity.Account addedBy;

    /** The calculated question's template (quiz.calculated's stored form); null for every other question. */
    @Column(name = "calculation")
    private String calculation;

    protected BankQuestion() {}

    public BankQuestion(Course course, String name) {
        this.course = course;
        this.name = name;
    }

    /** A question a trainer added from the browser, written in one language. */
    public static BankQuestion fromBrowser(Course course, String name, String category, String type, int position,
            Language language, String gift, ma.maharat.identity.entity.Account trainer) {
        BankQuestion question = new BankQuestion(course, name);
        question.source = Source.BROWSER;
        question.addedBy = trainer;
        question.category = category;
        question.type = type;
        question.position = position;
        switch (language) {
            case AR -> question.giftAr = gift;
            case EN -> question.giftEn = gift;
            default -> question.giftFr = gift;
        }
        return question;
    }
    /**
     * Takes the files' version of the question.
     *
     * @return whether anything changed
     */
    public boolean update(String newCategory, String newType, int newPosition, String ar, String fr, String en) {
        source = Source.FILES;
        boolean changed = !newCategory.equals(category) || !newType.equals(type) || newPosition != position
                || !ar.equals(giftAr) || !fr.equals(giftFr) || !java.util.Objects.equals(en, giftEn) || isArchived();
        category = newCategory;
        type = newType;
        position = newPosition;
        giftAr = ar;
        giftFr = fr;
        giftEn = en;
        reinstate();
        return changed;
    }

    /**
     * The GIFT in a language; when the question has none in it (English is optional, a question added
     * from the browser has one language), French, then Arabic.
     */
    public String giftIn(Language language) {
        String wanted = switch (language) {
            case AR -> giftAr;
            case EN -> giftEn;
            default -> giftFr;
        };
        return Optional.ofNullable(wanted).or(() -> Optional.ofNullable(giftFr)).orElse(giftAr);
    }

    /**
     * Takes the files' version of a calculated question: its template, and as GIFT the question asked with
     * the first value of each variable (what exports and lists read).
     *
     * @return whether anything changed
     */
    public boolean updateCalculated(String newCategory, int newPosition, String template, String ar, String fr, String en) {
        boolean changed = !template.equals(calculation);
        calculation = template;
        return update(newCategory, "calculated", newPosition, ar, fr, en) || changed;
    }

    /** The template when this is a calculated question. */
    public Optional<String> getCalculation() {
        return Optional.ofNullable(calculation);
    }

    public Source getSource() {
        return source;
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
}

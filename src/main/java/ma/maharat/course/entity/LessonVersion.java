package ma.maharat.course.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One version of a lesson's text, as sanitized HTML in each language: rendered once at import and
 * never changed, so pages serve it as it is and completions can say which version was read.
 */
@Entity
@Table(name = "lesson_version")
@Cacheable
public class LessonVersion implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /**
     * The lesson's id, not a relationship: Lesson already points at its current version, and a
     * relationship back would make a cycle of eager references that EclipseLink's shared cache can
     * deadlock on when many trainees open the same lesson at once (seen in the lesson-page benchmark).
     */
    @Column(name = "lesson_id", nullable = false, updatable = false)
    private Long lessonId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html_ar", nullable = false, updatable = false)
    private String htmlAr;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html_fr", nullable = false, updatable = false)
    private String htmlFr;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html_en", updatable = false)
    private String htmlEn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LessonVersion() {}

    LessonVersion(Lesson lesson, int number, String contentHash, String htmlAr, String htmlFr, String htmlEn) {
        this.lessonId = lesson.getId();
        this.number = number;
        this.contentHash = contentHash;
        this.htmlAr = htmlAr;
        this.htmlFr = htmlFr;
        this.htmlEn = htmlEn;
        this.createdAt = Instant.now();
    }

    /** The HTML in that language, or empty when the lesson has none in it (English is optional). */
    public java.util.Optional<String> htmlIn(String language) {
        return java.util.Optional.ofNullable(switch (language == null ? "" : language) {
            case "ar" -> htmlAr;
            case "fr" -> htmlFr;
            case "en" -> htmlEn;
            default -> null;
        });
    }

    public Long getId() {
        return id;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public int getNumber() {
        return number;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

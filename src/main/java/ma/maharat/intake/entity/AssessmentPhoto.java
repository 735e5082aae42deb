package ma.maharat.intake.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A photo taken on a field visit, checked by its content (ApplicationDocuments) and stored in the database. */
@Entity
@Table(name = "intake_assessment_photo")
public class AssessmentPhoto implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private Assessment assessment;

    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected AssessmentPhoto() {}

    AssessmentPhoto(Assessment assessment, String fileName, String mediaType, byte[] content, String contentHash, Instant addedAt) {
        this.assessment = assessment;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content;
        this.sizeBytes = content.length;
        this.contentHash = contentHash;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}

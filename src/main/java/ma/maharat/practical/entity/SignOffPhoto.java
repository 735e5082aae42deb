package ma.maharat.practical.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A photo of the trainee's work attached to a sign-off, as stored after cleaning: a JPEG re-encoded
 * from the pixels (no EXIF, no GPS, no text chunks), and its thumbnail. Bytes are loaded only when served.
 */
@Entity
@Table(name = "practical_photo")
@NamedQuery(name = SignOffPhoto.WITH_OWNER,
        query = "SELECT p FROM SignOffPhoto p JOIN FETCH p.signOff s JOIN FETCH s.task WHERE p.id = :id")
public class SignOffPhoto implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String WITH_OWNER = "SignOffPhoto.withOwner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "signoff_id", nullable = false, updatable = false)
    private SignOff signOff;

    @Column(nullable = false)
    private int position;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] thumbnail;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected SignOffPhoto() {}

    SignOffPhoto(SignOff signOff, int position, String mediaType, byte[] content, byte[] thumbnail, int width, int height,
            String contentHash, Instant addedAt) {
        this.signOff = signOff;
        this.position = position;
        this.mediaType = mediaType;
        this.content = content;
        this.thumbnail = thumbnail;
        this.width = width;
        this.height = height;
        this.contentHash = contentHash;
        this.addedAt = addedAt;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public SignOff getSignOff() {
        return signOff;
    }

    public int getPosition() {
        return position;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content;
    }

    public byte[] getThumbnail() {
        return thumbnail;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}

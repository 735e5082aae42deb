package ma.maharat.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One file of a draft, by its path in the course folder ({@code lessons/cut.fr.md}). */
@Entity
@Table(name = "course_draft_file")
public class DraftFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id", nullable = false, updatable = false)
    private CourseDraft draft;

    @Column(nullable = false, updatable = false)
    private String path;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    protected DraftFile() {}

    DraftFile(CourseDraft draft, String path, byte[] content, String contentHash) {
        this.draft = draft;
        this.path = path;
        this.content = content.clone();
        this.contentHash = contentHash;
    }

    void replace(byte[] content, String contentHash) {
        this.content = content.clone();
        this.contentHash = contentHash;
    }

    public String getPath() {
        return path;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getSize() {
        return content.length;
    }
}

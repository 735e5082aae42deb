package ma.maharat.content.entity;

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

/** One file of the folder a course's current version was imported from. */
@Entity
@Table(name = "course_source_file")
public class CourseSourceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private CourseSource source;

    @Column(nullable = false, updatable = false)
    private String path;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    protected CourseSourceFile() {}

    CourseSourceFile(CourseSource source, String path, byte[] content, String contentHash) {
        this.source = source;
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
}

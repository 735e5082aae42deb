package ma.maharat.authoring.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ma.maharat.content.entity.StoredFile;

/** One file of a draft ({@code lessons/cut.fr.md}); the draft hands out its {@link StoredFile}. */
@Entity
@Table(name = "course_draft_file")
public class DraftFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id", nullable = false, updatable = false)
    private CourseDraft draft;

    @Embedded
    private StoredFile file;

    protected DraftFile() {}

    DraftFile(CourseDraft draft, StoredFile file) {
        this.draft = draft;
        this.file = file;
    }

    /** Takes a new content for the same path. */
    void replace(StoredFile newFile) {
        this.file = newFile;
    }

    StoredFile getFile() {
        return file;
    }
}

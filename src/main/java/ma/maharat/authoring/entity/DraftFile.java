package ma.maharat.authoring.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import ma.maharat.content.entity.StoredFile;
import ma.maharat.content.entity.StoredFileRow;

/** One file of a draft ({@code lessons/cut.fr.md}); the draft hands out its {@link StoredFile}. */
@Entity
@Table(name = "course_draft_file")
public class DraftFile extends StoredFileRow implements Serializable {
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id", nullable = false, updatable = false)
    private CourseDraft draft;

    protected DraftFile() {}

    DraftFile(CourseDraft draft, StoredFile file) {
        super(file);
        this.draft = draft;
    }
}

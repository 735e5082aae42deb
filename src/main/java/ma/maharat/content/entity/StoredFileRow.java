package ma.maharat.content.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that holds one {@link StoredFile} of a folder kept in the database: a draft's file
 * ({@code course_draft_file}) or a published version's ({@code course_source_file}). The subclass adds
 * the folder the file belongs to.
 */
@MappedSuperclass
public abstract class StoredFileRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private StoredFile file;

    protected StoredFileRow() {}

    protected StoredFileRow(StoredFile file) {
        this.file = file;
    }

    /** Takes a new content for the same path. */
    public void replace(StoredFile newFile) {
        if (!newFile.getPath().equals(file.getPath())) {
            throw new IllegalArgumentException(newFile.getPath() + " cannot replace " + file.getPath());
        }
        this.file = newFile;
    }

    public StoredFile getFile() {
        return file;
    }
}

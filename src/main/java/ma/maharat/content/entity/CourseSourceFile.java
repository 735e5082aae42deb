package ma.maharat.content.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

    @Embedded
    private StoredFile file;

    protected CourseSourceFile() {}

    CourseSourceFile(CourseSource source, StoredFile file) {
        this.source = source;
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

package ma.maharat.content.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One file of the folder a course's current version was imported from. */
@Entity
@Table(name = "course_source_file")
public class CourseSourceFile extends StoredFileRow implements Serializable {
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private CourseSource source;

    protected CourseSourceFile() {}

    CourseSourceFile(CourseSource source, StoredFile file) {
        super(file);
        this.source = source;
    }
}

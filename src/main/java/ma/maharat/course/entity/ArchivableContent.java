package ma.maharat.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Content matched by its code at every import (a module, a lesson, a quiz, a question, a practical task
 * and the parts of its rubric): gone from the files, it is archived, never deleted, because progress,
 * attempts and sign-offs keep pointing at it; back in the files, it is current again. Each table keeps
 * its own {@code archived_at} column; queries select current rows with {@code archivedAt IS NULL}.
 */
@MappedSuperclass
public abstract class ArchivableContent {

    @Column(name = "archived_at")
    private Instant archivedAt;

    /** Archives it at that time; archived already, it keeps the first time. */
    public void archive(Instant at) {
        if (archivedAt == null) {
            archivedAt = at;
        }
    }

    /** The files name it again: current again. */
    protected void reinstate() {
        archivedAt = null;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    /** When it was archived; {@code null} while it is current. */
    public Instant getArchivedAt() {
        return archivedAt;
    }
}

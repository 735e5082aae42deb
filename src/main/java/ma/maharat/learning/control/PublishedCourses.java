package ma.maharat.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import ma.maharat.course.control.CourseContentChanged;

/**
 * The published courses, their lessons and the lessons' HTML, kept in memory so that opening a lesson
 * reads no database (docs/architecture.md, "Lesson page"). An immutable snapshot, replaced as a whole.
 *
 * <p>When it is renewed: an import on this server fires {@link CourseContentChanged} inside its
 * transaction; once that commits, the next page reads the courses again. An import on another server
 * (docker compose scales the app) is seen within {@link #RECHECK}: at most that often, one page asks
 * the database for the content revision (one small query) while the others keep using the snapshot.
 */
@ApplicationScoped
public class PublishedCourses {

    static final Duration RECHECK = Duration.ofSeconds(5);

    private record Snapshot(String revision, Map<String, PublishedCourse> courses, long checkedAtNanos) {}

    /** {@link #RECHECK}; shorter in tests. */
    long recheckNanos = RECHECK.toNanos();

    private final ReentrantLock renewal = new ReentrantLock();
    private volatile Snapshot snapshot;
    private volatile boolean stale = true;

    @Inject
    PublishedCoursesReader reader;

    /** The course with that code, as trainees read it now; empty when there is none. */
    public Optional<PublishedCourse> course(String code) {
        return Optional.ofNullable(code == null ? null : current().courses().get(code));
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known != null && !stale) {
            if (System.nanoTime() - known.checkedAtNanos() < recheckNanos || !renewal.tryLock()) {
                // Fresh enough, or another request is checking right now: no one waits for it.
                return known;
            }
        } else {
            renewal.lock();
        }
        try {
            return renew();
        } finally {
            renewal.unlock();
        }
    }

    private Snapshot renew() {
        Snapshot known = snapshot;
        long now = System.nanoTime();
        if (known != null && !stale && now - known.checkedAtNanos() < recheckNanos) {
            return known;
        }
        // Cleared before reading: a change committed while we read marks the snapshot stale again.
        boolean mustRead = stale || known == null;
        stale = false;
        try {
            if (!mustRead && reader.revision().equals(known.revision())) {
                snapshot = new Snapshot(known.revision(), known.courses(), now);
            } else {
                PublishedCoursesReader.Reading reading = reader.read();
                snapshot = new Snapshot(reading.revision(), reading.courses(), now);
            }
            return snapshot;
        } catch (RuntimeException e) {
            stale = stale || mustRead;
            throw e;
        }
    }

    void contentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseContentChanged change) {
        stale = true;
    }
}

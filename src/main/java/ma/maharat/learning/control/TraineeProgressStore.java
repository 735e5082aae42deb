package ma.maharat.learning.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import ma.maharat.course.entity.Lesson;
import ma.maharat.learning.entity.Enrollment;

/**
 * Reads a trainee's progress for {@link ProgressMemory} (two queries of plain values, straight from
 * the database: no entity, so nothing from EclipseLink's shared cache) and writes where she stopped.
 */
@Stateless
public class TraineeProgressStore {

    @PersistenceContext
    EntityManager em;

    public TraineeProgress progressOf(long traineeId) {
        Map<Long, TraineeProgress.Enrolment> enrolments = new HashMap<>();
        em.createQuery("SELECT e.id, c.id, e.completedAt, l.id FROM Enrollment e JOIN e.course c LEFT JOIN e.lastLesson l"
                + " WHERE e.trainee.id = :trainee", Object[].class).setParameter("trainee", traineeId).getResultStream()
                .forEach(row -> enrolments.put((Long) row[1], new TraineeProgress.Enrolment((Long) row[0], (Long) row[1],
                        row[2] != null, (Long) row[3])));
        Set<Long> done = new HashSet<>(em.createQuery("SELECT l.id FROM LessonCompletion lc JOIN lc.lesson l WHERE lc.trainee.id = :trainee",
                Long.class).setParameter("trainee", traineeId).getResultList());
        return new TraineeProgress(enrolments, done);
    }

    /**
     * Where she stopped reading. A plain update, not a versioned one: the same trainee in two tabs
     * (or two terminals) must never get an error for it; the last one wins.
     */
    public void recordWhereSheStopped(long enrolmentId, long lessonId) {
        em.createNamedQuery(Enrollment.SET_LAST_LESSON).setParameter("lesson", em.getReference(Lesson.class, lessonId))
                .setParameter("id", enrolmentId).executeUpdate();
    }
}

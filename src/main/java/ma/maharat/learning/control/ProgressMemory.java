package ma.maharat.learning.control;

import fish.payara.micro.cdi.Inbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import ma.maharat.platform.cluster.Forget;
import ma.maharat.platform.cluster.OtherNodes;

/**
 * Each trainee's progress as lesson pages need it, remembered so that a page view costs no
 * transaction (docs/architecture.md, "Lesson page").
 *
 * <p>How stale it may be: every change made through Maharat ({@link Learning}, {@link Enrollments})
 * fires {@link ProgressChanged}, and the trainee's entry is dropped once it commits — so a lesson she
 * has just marked done shows done on the very next page — and the other nodes of a cluster are told to
 * drop theirs ({@link OtherNodes}, within milliseconds: a trainee whose node dies sees her progress on the
 * next one). A change made in SQL is seen within {@link #TIME_TO_LIVE}. A read that started before
 * a change committed and finished after it is never kept: each trainee has a generation, moved by
 * every change, and an entry read under an older generation is read again.
 */
@ApplicationScoped
public class ProgressMemory {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

    private record Remembered(TraineeProgress progress, long generation, long expiresAtNanos) {}

    /** {@link #TIME_TO_LIVE}; shorter in tests. */
    long timeToLiveNanos = TIME_TO_LIVE.toNanos();

    private final Map<Long, Remembered> remembered = new ConcurrentHashMap<>();
    private final Map<Long, Long> generations = new ConcurrentHashMap<>();
    private final AtomicLong nextSweepNanos = new AtomicLong(System.nanoTime());

    @Inject
    TraineeProgressStore store;

    @Inject
    OtherNodes otherNodes;

    public TraineeProgress of(long traineeId) {
        long now = System.nanoTime();
        long generation = generations.getOrDefault(traineeId, 0L);
        Remembered known = remembered.get(traineeId);
        if (known != null && known.generation() == generation && now - known.expiresAtNanos() < 0) {
            return known.progress();
        }
        sweep(now);
        TraineeProgress progress = store.progressOf(traineeId);
        remembered.put(traineeId, new Remembered(progress, generation, now + timeToLiveNanos));
        return progress;
    }

    /**
     * Where she stopped was written (and committed) by the page itself: the remembered progress is
     * updated in place rather than read again. Only if nothing changed in between.
     */
    public void lastLessonRecorded(long traineeId, TraineeProgress before, long courseId, long lessonId) {
        remembered.computeIfPresent(traineeId, (id, known) -> known.progress() == before
                ? new Remembered(before.withLastLesson(courseId, lessonId), known.generation(), known.expiresAtNanos())
                : known);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgressChanged change) {
        forget(change.traineeId());
        otherNodes.forget(Forget.PROGRESS, change.traineeId());
    }

    /** Another node changed her progress. */
    void changedElsewhere(@Observes @Inbound Forget forget) {
        if (forget.concerns(Forget.PROGRESS)) {
            forget(forget.key());
        }
    }

    void forget(long traineeId) {
        generations.merge(traineeId, 1L, Long::sum);
        remembered.remove(traineeId);
    }

    /** Expired entries go, at most once a time-to-live: memory follows the trainees active lately. */
    private void sweep(long now) {
        long due = nextSweepNanos.get();
        if (now - due >= 0 && nextSweepNanos.compareAndSet(due, now + timeToLiveNanos)) {
            remembered.values().removeIf(entry -> now - entry.expiresAtNanos() >= 0);
        }
    }
}

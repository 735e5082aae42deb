package ma.maharat.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.maharat.platform.cluster.Forget;
import ma.maharat.platform.cluster.OtherNodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgressMemoryTest {

    /** The database: lessons done per trainee, and a hook run while a read is in progress. */
    static class FakeStore extends TraineeProgressStore {
        final Set<Long> done = new HashSet<>();
        int reads;
        Runnable duringRead = () -> {};

        @Override
        public TraineeProgress progressOf(long traineeId) {
            reads++;
            TraineeProgress progress = new TraineeProgress(Map.of(1L, new TraineeProgress.Enrolment(7, 1, false, null)), Set.copyOf(done));
            duringRead.run();
            return progress;
        }
    }

    FakeStore store = new FakeStore();
    TellingNodes otherNodes = new TellingNodes();

    /** The cluster: what this node tells the others to forget. */
    static class TellingNodes extends OtherNodes {
        final List<Forget> told = new ArrayList<>();

        @Override
        public void forget(String memory, long key) {
            told.add(new Forget(memory, key));
        }
    }
    ProgressMemory memory = new ProgressMemory();

    @BeforeEach
    void wire() {
        memory.store = store;
        memory.otherNodes = otherNodes;
    }

    @Test
    void pagesOfTheSameTraineeReadHerProgressOnce() {
        memory.of(42);
        memory.of(42);
        memory.of(42);
        assertEquals(1, store.reads);
        memory.of(43);
        assertEquals(2, store.reads, "each trainee her own");
    }

    @Test
    void aLessonSheJustMarkedDoneShowsDoneOnTheNextPage() {
        assertFalse(memory.of(42).isDone(100));
        store.done.add(100L);
        memory.changed(new ProgressChanged(42));
        assertTrue(memory.of(42).isDone(100));
    }

    @Test
    void aReadOverlappingACommittedChangeIsNotKept() {
        store.duringRead = () -> {
            // The change commits after the read saw the old rows, before the read is remembered.
            store.done.add(100L);
            memory.changed(new ProgressChanged(42));
        };
        assertFalse(memory.of(42).isDone(100));
        store.duringRead = () -> {};
        assertTrue(memory.of(42).isDone(100), "read again, not the stale copy");
        assertEquals(2, store.reads);
    }

    @Test
    void changesFromElsewhereAreSeenOnceTheTimeToLiveHasPassed() {
        memory.timeToLiveNanos = 0;
        assertFalse(memory.of(42).isDone(100));
        store.done.add(100L);
        assertTrue(memory.of(42).isDone(100));
    }

    @Test
    void whereSheStoppedIsUpdatedInPlaceWithoutReadingAgain() {
        TraineeProgress before = memory.of(42);
        memory.lastLessonRecorded(42, before, 1, 100);
        assertEquals(100L, memory.of(42).in(1).orElseThrow().lastLessonId());
        assertEquals(1, store.reads);
    }

    @Test
    void whereSheStoppedDoesNotOverwriteProgressReadAgainMeanwhile() {
        TraineeProgress before = memory.of(42);
        store.done.add(100L);
        memory.changed(new ProgressChanged(42));
        TraineeProgress fresh = memory.of(42);
        memory.lastLessonRecorded(42, before, 1, 100);
        assertTrue(memory.of(42).isDone(100));
        assertEquals(fresh, memory.of(42));
    }

    @Test
    void aChangeHereIsForgottenOnTheOtherNodesToo() {
        memory.changed(new ProgressChanged(42));
        assertEquals(List.of(new Forget(Forget.PROGRESS, 42)), otherNodes.told);
    }

    @Test
    void aChangeOnAnotherNodeIsForgottenHere() {
        assertFalse(memory.of(42).isDone(100));
        store.done.add(100L);
        memory.changedElsewhere(new Forget(Forget.ACCOUNT_STATUS, 42));
        assertFalse(memory.of(42).isDone(100), "another memory's word is not ours");
        memory.changedElsewhere(new Forget(Forget.PROGRESS, 42));
        assertTrue(memory.of(42).isDone(100), "read again at once, not after the time to live");
        assertEquals(List.of(), otherNodes.told, "a word from another node is not sent on");
    }
}

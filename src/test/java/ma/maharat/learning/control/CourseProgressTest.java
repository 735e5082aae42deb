package ma.maharat.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseProgressTest {

    private static final List<CourseProgress.LessonStep> LESSONS = List.of(
            new CourseProgress.LessonStep(1, 30), new CourseProgress.LessonStep(2, 45),
            new CourseProgress.LessonStep(3, 60), new CourseProgress.LessonStep(4, 15));

    @Test
    void nothingDoneStartsAtTheFirstLessonWithAllTheTimeLeft() {
        CourseProgress progress = CourseProgress.of(LESSONS, Set.of(), Optional.empty());
        assertEquals(0, progress.percent());
        assertEquals(150, progress.minutesLeft());
        assertEquals(Optional.of(1L), progress.lessonToContinue());
        assertFalse(progress.isComplete());
    }

    @Test
    void continuesWhereTheTraineeLeftOffWhenThatLessonIsNotDone() {
        CourseProgress progress = CourseProgress.of(LESSONS, Set.of(1L), Optional.of(3L));
        assertEquals(Optional.of(3L), progress.lessonToContinue());
        assertEquals(25, progress.percent());
        assertEquals(120, progress.minutesLeft());
    }

    @Test
    void lastOpenedLessonAlreadyDoneContinuesWithTheFirstNotDone() {
        CourseProgress progress = CourseProgress.of(LESSONS, Set.of(1L, 2L), Optional.of(2L));
        assertEquals(Optional.of(3L), progress.lessonToContinue());
    }

    @Test
    void lastOpenedLessonNoLongerInTheCourseIsIgnored() {
        assertEquals(Optional.of(2L), CourseProgress.of(LESSONS, Set.of(1L), Optional.of(99L)).lessonToContinue());
    }

    @Test
    void everyLessonDoneIsCompleteAtOneHundredPercent() {
        CourseProgress progress = CourseProgress.of(LESSONS, Set.of(1L, 2L, 3L, 4L), Optional.of(4L));
        assertTrue(progress.isComplete());
        assertEquals(100, progress.percent());
        assertEquals(0, progress.minutesLeft());
        assertEquals(Optional.of(1L), progress.lessonToContinue(), "a finished course reopens at its start");
    }

    @Test
    void doneArchivedLessonsDoNotCount() {
        CourseProgress progress = CourseProgress.of(LESSONS, Set.of(1L, 42L), Optional.empty());
        assertEquals(1, progress.lessonsDone());
        assertEquals(4, progress.lessonCount());
    }

    @Test
    void percentRoundsDownSoOnlyAllDoneShowsOneHundred() {
        List<CourseProgress.LessonStep> three = LESSONS.subList(0, 3);
        assertEquals(66, CourseProgress.of(three, Set.of(1L, 2L), Optional.empty()).percent());
    }

    @Test
    void emptyCourseIsNeverComplete() {
        CourseProgress progress = CourseProgress.of(List.of(), Set.of(), Optional.empty());
        assertFalse(progress.isComplete());
        assertEquals(0, progress.percent());
        assertTrue(progress.lessonToContinue().isEmpty());
    }
}

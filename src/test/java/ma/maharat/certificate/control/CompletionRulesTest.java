package ma.maharat.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import ma.maharat.certificate.control.CompletionRules.Achievements;
import ma.maharat.certificate.control.CompletionRules.Eligibility;
import ma.maharat.certificate.control.CompletionRules.Requirements;
import ma.maharat.learning.control.CourseProgress.LessonStep;
import org.junit.jupiter.api.Test;

class CompletionRulesTest {

    private static final List<LessonStep> LESSONS = List.of(new LessonStep(1, 10), new LessonStep(2, 15), new LessonStep(3, 5));
    private static final Requirements COURSE = new Requirements(LESSONS, Set.of("course", "l2"), Set.of());

    @Test
    void everyLessonDoneAndEveryQuizPassedIsEligible() {
        Eligibility verdict = CompletionRules.check(COURSE, new Achievements(true, Set.of(1L, 2L, 3L), Set.of("course", "l2"), Set.of()));
        assertTrue(verdict.isEligible());
        assertEquals(100, verdict.progress().percent());
    }

    @Test
    void missingLessonsAreListedInReadingOrder() {
        Eligibility verdict = CompletionRules.check(COURSE, new Achievements(true, Set.of(2L), Set.of("course", "l2"), Set.of()));
        assertFalse(verdict.isEligible());
        assertEquals(List.of(1L, 3L), verdict.lessonsMissing());
        assertEquals(1, verdict.progress().lessonsDone());
    }

    @Test
    void aFinalQuizNotPassedKeepsEveryLessonDoneFromCounting() {
        Eligibility verdict = CompletionRules.check(COURSE, new Achievements(true, Set.of(1L, 2L, 3L), Set.of("l2"), Set.of()));
        assertFalse(verdict.isEligible());
        assertEquals(Set.of("course"), verdict.quizzesMissing());
        assertTrue(verdict.lessonsMissing().isEmpty());
    }

    @Test
    void quizzesOfOtherCoursesOrArchivedOnesDoNotCount() {
        Eligibility verdict = CompletionRules.check(COURSE,
                new Achievements(true, Set.of(1L, 2L, 3L, 99L), Set.of("course", "l2", "old-lesson"), Set.of()));
        assertTrue(verdict.isEligible());
    }

    @Test
    void practicalTasksMustBeSignedOff() {
        Requirements withTasks = new Requirements(LESSONS, Set.of(), Set.of(7L, 8L));
        Achievements trainee = new Achievements(true, Set.of(1L, 2L, 3L), Set.of(), Set.of(8L));
        Eligibility verdict = CompletionRules.check(withTasks, trainee);
        assertFalse(verdict.isEligible());
        assertEquals(Set.of(7L), verdict.tasksMissing());
        assertTrue(CompletionRules.check(withTasks, new Achievements(true, Set.of(1L, 2L, 3L), Set.of(), Set.of(7L, 8L))).isEligible());
    }

    @Test
    void aTraineeNotEnrolledIsNotEligibleEvenWithEverythingDone() {
        assertFalse(CompletionRules.check(COURSE, new Achievements(false, Set.of(1L, 2L, 3L), Set.of("course", "l2"), Set.of()))
                .isEligible());
    }

    @Test
    void aCourseWithoutLessonsGivesNoCertificate() {
        Eligibility verdict = CompletionRules.check(new Requirements(List.of(), Set.of(), Set.of()),
                new Achievements(true, Set.of(), Set.of(), Set.of()));
        assertFalse(verdict.isEligible());
        assertTrue(verdict.isCourseEmpty());
    }

    @Test
    void aProgrammeIsCompleteOnlyWhenEachOfItsCoursesIs() {
        Eligibility done = CompletionRules.check(COURSE, new Achievements(true, Set.of(1L, 2L, 3L), Set.of("course", "l2"), Set.of()));
        Eligibility notEnrolled = CompletionRules.check(COURSE, new Achievements(false, Set.of(), Set.of(), Set.of()));
        Eligibility halfway = CompletionRules.check(COURSE, new Achievements(true, Set.of(1L), Set.of("l2"), Set.of()));
        assertTrue(CompletionRules.isProgrammeComplete(List.of(done, done)));
        assertFalse(CompletionRules.isProgrammeComplete(List.of(done, notEnrolled)), "a course she is not enrolled in");
        assertFalse(CompletionRules.isProgrammeComplete(List.of(halfway, done)), "a course half done");
    }

    @Test
    void aProgrammeWithoutCoursesIsNeverComplete() {
        assertFalse(CompletionRules.isProgrammeComplete(List.of()));
    }
}

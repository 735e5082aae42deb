package ma.maharat.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.maharat.learning.control.CourseProgress.LessonStep;
import ma.maharat.training.control.ProgrammeProgress.CourseStanding;
import ma.maharat.training.control.ProgrammeProgress.PassedQuiz;
import ma.maharat.training.control.ProgrammeProgress.ProgrammeCourse;
import ma.maharat.training.entity.CourseTreatment;
import org.junit.jupiter.api.Test;

class ProgrammeProgressTest {

    /** Sourcing (lessons 1–3) then Modeling (lessons 4–5), in that order. */
    private static final List<ProgrammeCourse> PROGRAMME = List.of(
            new ProgrammeCourse(10, "sourcing", List.of(new LessonStep(1, 20), new LessonStep(2, 20), new LessonStep(3, 20))),
            new ProgrammeCourse(20, "modeling", List.of(new LessonStep(4, 30), new LessonStep(5, 30))));

    @Test
    void aTraineeWithNothingDoneHasEveryCourseAtZeroInProgrammeOrder() {
        ProgrammeProgress progress = ProgrammeProgress.of(PROGRAMME, Set.of(), Map.of(), Set.of());
        assertEquals(List.of(new CourseStanding("sourcing", 0, 3, null, false), new CourseStanding("modeling", 0, 2, null, false)),
                progress.courses());
        assertEquals(0, progress.lessonsDone());
        assertEquals(0, progress.quizzesPassed());
    }

    @Test
    void lessonsAreCountedPerCourseAndAddedUpOverTheProgramme() {
        ProgrammeProgress progress = ProgrammeProgress.of(PROGRAMME, Set.of(1L, 2L, 4L), Map.of(), Set.of());
        assertEquals(2, progress.courses().get(0).lessonsDone());
        assertEquals(1, progress.courses().get(1).lessonsDone());
        assertEquals(3, progress.lessonsDone());
    }

    @Test
    void archivedLessonsAndLessonsOfOtherCoursesDoNotCount() {
        ProgrammeProgress progress = ProgrammeProgress.of(PROGRAMME, Set.of(1L, 99L), Map.of(), Set.of());
        assertEquals(1, progress.lessonsDone());
    }

    @Test
    void aCompletedCourseCarriesItsCompletionTimeAndFinalQuiz() {
        Instant completed = Instant.parse("2026-01-20T10:15:00Z");
        ProgrammeProgress progress = ProgrammeProgress.of(PROGRAMME, Set.of(4L, 5L), Map.of(20L, completed),
                Set.of(new PassedQuiz(7, 20, "course")));
        CourseStanding modeling = progress.courses().get(1);
        assertEquals(new CourseStanding("modeling", 2, 2, completed, true), modeling);
        assertNull(progress.courses().get(0).completedAt());
        assertFalse(progress.courses().get(0).finalQuizPassed());
    }

    @Test
    void aLessonQuizIsNotTheCoursesFinalQuiz() {
        ProgrammeProgress progress = ProgrammeProgress.of(PROGRAMME, Set.of(), Map.of(), Set.of(new PassedQuiz(8, 10, "s1-fibres")));
        assertFalse(progress.courses().get(0).finalQuizPassed());
        assertEquals(1, progress.quizzesPassed());
    }

    @Test
    void quizzesPassedCountsDistinctQuizzesOfTheProgrammesCoursesOnly() {
        Set<PassedQuiz> passed = Set.of(new PassedQuiz(7, 20, "course"), new PassedQuiz(8, 10, "s1-fibres"),
                new PassedQuiz(9, 30, "course"));
        ProgrammeProgress progress = ProgrammeProgress.of(PROGRAMME, Set.of(), Map.of(), passed);
        assertEquals(2, progress.quizzesPassed());
        assertTrue(progress.courses().get(1).finalQuizPassed());
    }

    @Test
    void withoutAPersonalisedProgrammeEveryCourseIsFullAndCountsForCompletion() {
        Instant at = Instant.parse("2026-02-14T10:00:00Z");
        ProgrammeProgress sourcingOnly = ProgrammeProgress.of(PROGRAMME, Set.of(), Map.of(10L, at), Set.of());
        assertTrue(sourcingOnly.courses().stream().allMatch(c -> c.treatment() == CourseTreatment.FULL));
        assertEquals(2, sourcingOnly.requiredCourses());
        assertFalse(sourcingOnly.isComplete(), "Modeling is still to complete");
        assertTrue(ProgrammeProgress.of(PROGRAMME, Set.of(), Map.of(10L, at, 20L, at), Set.of()).isComplete());
    }

    @Test
    void anOptionalCourseDoesNotBlockTheProgrammesCompletion() {
        Instant at = Instant.parse("2026-02-14T10:00:00Z");
        ProgrammeProgress progress = ProgrammeProgress.of(PROGRAMME, Set.of(), Map.of(10L, at), Set.of(),
                Map.of(20L, CourseTreatment.OPTIONAL));
        assertEquals(CourseTreatment.OPTIONAL, progress.courses().get(1).treatment());
        assertFalse(progress.courses().get(1).isRequired());
        assertEquals(1, progress.requiredCourses());
        assertEquals(1, progress.requiredCompleted());
        assertTrue(progress.isComplete());
    }

    @Test
    void aShortenedCourseStillCountsForTheProgramme() {
        ProgrammeProgress progress = ProgrammeProgress.of(PROGRAMME, Set.of(), Map.of(), Set.of(),
                Map.of(10L, CourseTreatment.SHORTENED));
        assertEquals(CourseTreatment.SHORTENED, progress.courses().get(0).treatment());
        assertEquals(2, progress.requiredCourses());
        assertFalse(progress.isComplete());
    }

    @Test
    void aProgrammeWithEveryCourseOptionalIsNeverComplete() {
        Instant at = Instant.parse("2026-02-14T10:00:00Z");
        ProgrammeProgress progress = ProgrammeProgress.of(PROGRAMME, Set.of(), Map.of(10L, at, 20L, at), Set.of(),
                Map.of(10L, CourseTreatment.OPTIONAL, 20L, CourseTreatment.OPTIONAL));
        assertEquals(0, progress.requiredCourses());
        assertFalse(progress.isComplete(), "nothing required: nothing to certify for the programme");
    }
}

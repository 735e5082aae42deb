package ma.maharat.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import ma.maharat.learning.control.CourseQuizzes;
import ma.maharat.quiz.entity.Quiz;
import org.junit.jupiter.api.Test;

class QuizzesForLearningTest {

    @Test
    void theCoursesOwnQuizIsTheFinalOneAndEveryOtherScopeIsALesson() {
        CourseQuizzes.Scopes scopes = QuizzesForLearning.scopes(List.of("cutting", Quiz.COURSE_SCOPE, "sewing"));
        assertEquals(Set.of("cutting", "sewing"), scopes.lessons());
        assertTrue(scopes.finalQuiz());
    }

    @Test
    void aCourseWithLessonQuizzesOnlyHasNoFinalQuiz() {
        CourseQuizzes.Scopes scopes = QuizzesForLearning.scopes(List.of("cutting"));
        assertFalse(scopes.finalQuiz());
        assertEquals(CourseQuizzes.Scopes.NONE, QuizzesForLearning.scopes(List.of()));
    }

    @Test
    void theDiagnosticIsNeitherALessonQuizNorTheFinalOneSoItIsNeverRequired() {
        CourseQuizzes.Scopes scopes = QuizzesForLearning.scopes(List.of("cutting", Quiz.DIAGNOSTIC_SCOPE));
        assertEquals(Set.of("cutting"), scopes.lessons());
        assertFalse(scopes.finalQuiz());
    }
}

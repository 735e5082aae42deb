package ma.maharat.learning.control;

import java.util.Map;
import java.util.Set;

/**
 * The quizzes of a course, as far as learning needs them: which lessons have one, whether the course has
 * its own final quiz, and which of them a trainee has passed. A lesson with a quiz is done when its quiz
 * is passed; a course with a final quiz is completed only once it is passed.
 *
 * <p>Quizzes are a feature above learning (a passed quiz marks a lesson done by calling down into
 * {@link Learning#quizPassed}), so learning states what it needs here and the quiz feature answers it,
 * as practical work answers {@link CompletionRequirement}: the arrows keep pointing down.
 */
public interface CourseQuizzes {

    /** Some of a course's quizzes: those of lessons (by lesson code) and, or not, the course's own final quiz. */
    record Scopes(Set<String> lessons, boolean finalQuiz) {

        public static final Scopes NONE = new Scopes(Set.of(), false);

        public Scopes {
            lessons = Set.copyOf(lessons);
        }
    }

    /** The course's quizzes in use (archived ones left out). */
    Scopes current(long courseId);

    /** The course's quizzes the trainee has passed at least once. */
    Scopes passedBy(long traineeId, long courseId);

    /** For the snapshot of published courses: course id to the codes of its lessons that have a quiz in use. */
    Map<Long, Set<String>> lessonsWithQuizInEveryCourse();
}

package ma.maharat.certificate.control;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import ma.maharat.learning.control.CourseProgress;

/**
 * Who has earned a course's certificate, and for the others exactly what is missing. Pure, so the
 * eligibility page, bulk issuing and the tests share one rule: every current lesson done (counted as
 * the trainee's own pages count them, {@link CourseProgress}), every current quiz of the course (its
 * lessons' quizzes and its final one) passed at its pass mark, and every required practical task
 * signed off by a trainer. Practical tasks plug in as two lists of ids, empty until courses have them.
 * A cohort's programme is complete when each of its courses is, by the same rule.
 */
public final class CompletionRules {

    private CompletionRules() {}

    /**
     * What a course asks for.
     *
     * @param lessons        its current lessons in reading order
     * @param quizzes        the scopes of its current quizzes ({@code course} for the final one, else a lesson's code)
     * @param practicalTasks ids of the practical tasks a trainer must sign off
     */
    public record Requirements(List<CourseProgress.LessonStep> lessons, Set<String> quizzes, Set<Long> practicalTasks) {
        public Requirements {
            lessons = List.copyOf(lessons);
            quizzes = Set.copyOf(quizzes);
            practicalTasks = Set.copyOf(practicalTasks);
        }
    }

    /**
     * What one trainee has done.
     *
     * @param enrolled        whether she is enrolled in the course
     * @param lessonsDone     ids of the lessons she has done (archived ones may be among them)
     * @param quizzesPassed   the scopes of the course's quizzes she passed at least once (at their pass mark)
     * @param tasksSignedOff  ids of the practical tasks a trainer signed off for her
     */
    public record Achievements(boolean enrolled, Set<Long> lessonsDone, Set<String> quizzesPassed, Set<Long> tasksSignedOff) {
        public Achievements {
            lessonsDone = Set.copyOf(lessonsDone);
            quizzesPassed = Set.copyOf(quizzesPassed);
            tasksSignedOff = Set.copyOf(tasksSignedOff);
        }
    }

    /**
     * The verdict: eligible when nothing is missing.
     *
     * @param progress       lessons done out of the course's current lessons
     * @param lessonsMissing ids of the current lessons not yet done, in reading order
     * @param quizzesMissing scopes of the quizzes not yet passed, sorted ({@code course} = the final quiz)
     * @param tasksMissing   ids of the practical tasks not yet signed off, sorted
     */
    public record Eligibility(boolean enrolled, CourseProgress progress, List<Long> lessonsMissing, SortedSet<String> quizzesMissing,
            SortedSet<Long> tasksMissing) implements Serializable {

        public boolean isEligible() {
            return enrolled && progress.lessonCount() > 0 && lessonsMissing.isEmpty() && quizzesMissing.isEmpty()
                    && tasksMissing.isEmpty();
        }

        /** Whether the course has no lesson at all: nothing to complete, so no certificate. */
        public boolean isCourseEmpty() {
            return progress.lessonCount() == 0;
        }
    }

    public static Eligibility check(Requirements course, Achievements trainee) {
        CourseProgress progress = CourseProgress.of(course.lessons(), trainee.lessonsDone(), Optional.empty());
        List<Long> lessonsMissing = course.lessons().stream().map(CourseProgress.LessonStep::lessonId)
                .filter(id -> !trainee.lessonsDone().contains(id)).toList();
        SortedSet<String> quizzesMissing = new TreeSet<>(course.quizzes());
        quizzesMissing.removeAll(trainee.quizzesPassed());
        SortedSet<Long> tasksMissing = new TreeSet<>(course.practicalTasks());
        tasksMissing.removeAll(trainee.tasksSignedOff());
        return new Eligibility(trainee.enrolled(), progress, lessonsMissing, quizzesMissing, tasksMissing);
    }

    /**
     * Whether a programme is complete: it has at least one course and every course's verdict is
     * eligible (one verdict per course of the programme, from {@link #check}).
     */
    public static boolean isProgrammeComplete(List<Eligibility> courses) {
        return !courses.isEmpty() && courses.stream().allMatch(Eligibility::isEligible);
    }
}

package ma.maharat.training.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ma.maharat.learning.control.CourseProgress;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.training.entity.CourseTreatment;

/**
 * How far one trainee is through a cohort's programme, course by course, as the programme's partners
 * read it. Pure: lessons are counted the way the trainee's own pages count them ({@link CourseProgress},
 * current lessons only), and only quizzes of the programme's courses count. Each course carries how her
 * cooperative's personalised programme treats it (ADR 23); an OPTIONAL course does not count against
 * the programme's completion.
 *
 * @param courses one standing per course, in programme order
 * @param lessonsDone the lessons done over the whole programme
 * @param quizzesPassed distinct quizzes (a lesson's or a course's final one) passed in the programme's courses
 */
public record ProgrammeProgress(List<CourseStanding> courses, int lessonsDone, int quizzesPassed) {

    /** Where a trainee stands in one course; {@code completedAt} is null until she completes it. */
    public record CourseStanding(String code, int lessonsDone, int lessonCount, Instant completedAt, boolean finalQuizPassed,
            CourseTreatment treatment) {

        /** A course of a programme nobody personalised. */
        public CourseStanding(String code, int lessonsDone, int lessonCount, Instant completedAt, boolean finalQuizPassed) {
            this(code, lessonsDone, lessonCount, completedAt, finalQuizPassed, CourseTreatment.FULL);
        }

        public boolean isRequired() {
            return treatment.countsForProgramme();
        }
    }

    /** A course of the programme with its current lessons in reading order. */
    public record ProgrammeCourse(long id, String code, List<CourseProgress.LessonStep> lessons) {}

    /** A quiz the trainee passed at least once. */
    public record PassedQuiz(long quizId, long courseId, String scope) {}

    /**
     * @param programme the cohort's courses in order
     * @param lessonsDone ids of the lessons the trainee did (of any course, archived ones included)
     * @param completedAt when she completed a course, by course id
     * @param passed the quizzes she passed (of any course)
     */
    public static ProgrammeProgress of(List<ProgrammeCourse> programme, Set<Long> lessonsDone, Map<Long, Instant> completedAt,
            Set<PassedQuiz> passed) {
        return of(programme, lessonsDone, completedAt, passed, Map.of());
    }

    /** @param treatments how her cooperative's personalised programme treats each course, by course id (absent: FULL) */
    public static ProgrammeProgress of(List<ProgrammeCourse> programme, Set<Long> lessonsDone, Map<Long, Instant> completedAt,
            Set<PassedQuiz> passed, Map<Long, CourseTreatment> treatments) {
        List<CourseStanding> courses = new ArrayList<>();
        int totalDone = 0;
        for (ProgrammeCourse course : programme) {
            CourseProgress progress = CourseProgress.of(course.lessons(), lessonsDone, Optional.empty());
            boolean finalQuizPassed = passed.stream()
                    .anyMatch(q -> q.courseId() == course.id() && Quiz.COURSE_SCOPE.equals(q.scope()));
            courses.add(new CourseStanding(course.code(), progress.lessonsDone(), progress.lessonCount(),
                    completedAt.get(course.id()), finalQuizPassed, treatments.getOrDefault(course.id(), CourseTreatment.FULL)));
            totalDone += progress.lessonsDone();
        }
        Set<Long> programmeCourses = programme.stream().map(ProgrammeCourse::id).collect(Collectors.toSet());
        int quizzesPassed = (int) passed.stream().filter(q -> programmeCourses.contains(q.courseId()))
                .map(PassedQuiz::quizId).distinct().count();
        return new ProgrammeProgress(List.copyOf(courses), totalDone, quizzesPassed);
    }

    /** The courses that count toward the programme (every course but the OPTIONAL ones). */
    public long requiredCourses() {
        return courses.stream().filter(CourseStanding::isRequired).count();
    }

    /** The required courses she completed. */
    public long requiredCompleted() {
        return courses.stream().filter(c -> c.isRequired() && c.completedAt() != null).count();
    }

    /** Whether she completed the programme: at least one required course, and every required course completed. */
    public boolean isComplete() {
        return requiredCourses() > 0 && requiredCompleted() == requiredCourses();
    }
}

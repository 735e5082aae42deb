package ma.maharat.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.course.entity.LocalizedText;
import ma.maharat.learning.control.CourseProgress;
import ma.maharat.quiz.entity.Quiz;
import org.junit.jupiter.api.Test;

/** The words next to a trainee who cannot receive her certificate yet: what she still misses, named. */
class WhatSheMissesTest {

    /** Words that show the key and its arguments, so that each test sees exactly what was asked for. */
    private static final WhatSheMisses.Words WORDS = (key, arguments) -> arguments.length == 0 ? key
            : key + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining("|", "(", ")"));

    private final Course modeling = course(10, "Modélisme", "النمذجة");
    private final Lesson patterns = lesson(modeling, 101, "patterns", "Patrons", "الباترونات");
    private final Lesson sizes = lesson(modeling, 102, "sizes", "Tailles", "المقاسات");
    private final Course sourcing = course(20, "Approvisionnement", "التوريد");
    private final Lesson suppliers = lesson(sourcing, 201, "patterns", "Fournisseurs", "الموردون");
    private final Map<Long, Lesson> lessons = Map.of(101L, patterns, 102L, sizes, 201L, suppliers);

    @Test
    void namesTheLessonsNotDoneTheQuizzesNotPassedAndCountsTheTasks() {
        Candidate leila = candidate(new CourseStanding(modeling, verdict(true, 2, List.of(101L, 102L), List.of("patterns", Quiz.COURSE_SCOPE),
                List.of(7L, 8L, 9L))));
        assertEquals("certificates.missing.lessons(2|Patrons, Tailles) · certificates.missing.quizzes(certificates.finalQuiz, "
                + "certificates.lessonQuiz(Patrons)) · certificates.missing.tasks(3)", french().of(leila));
    }

    @Test
    void sayWhenSheIsNotEnrolledOrTheCourseHasNoLesson() {
        Candidate amina = candidate(new CourseStanding(modeling, verdict(false, 0, List.of(), List.of(), List.of())));
        assertEquals("certificates.missing.notEnrolled · certificates.missing.noLessons", french().of(amina));
    }

    @Test
    void inArabicTheTitlesAreArabicAndSeparatedByTheArabicComma() {
        Candidate leila = candidate(new CourseStanding(modeling, verdict(true, 2, List.of(101L, 102L), List.of(), List.of())));
        assertEquals("certificates.missing.lessons(2|الباترونات، المقاسات)",
                new WhatSheMisses(WORDS, "ar", true, lessons).of(leila));
    }

    @Test
    void forAProgrammeEachIncompleteCourseIsNamedFirstAndCompletedCoursesAreLeftOut() {
        Candidate hayat = candidate(
                new CourseStanding(modeling, verdict(true, 2, List.of(), List.of(), List.of())),
                new CourseStanding(sourcing, verdict(true, 1, List.of(201L), List.of("patterns"), List.of())));
        assertTrue(hayat.standings().get(0).eligibility().isEligible(), "the first course is complete");
        // The lesson quiz "patterns" of sourcing is named after sourcing's lesson, not modeling's lesson of the same code.
        assertEquals("certificates.missing.inCourse(Approvisionnement|certificates.missing.lessons(1|Fournisseurs) · "
                + "certificates.missing.quizzes(certificates.lessonQuiz(Fournisseurs)))", french().of(hayat));
    }

    @Test
    void lessonsAndQuizzesOutsideTheReportAreNamedByNumberAndScope() {
        Candidate leila = candidate(new CourseStanding(modeling, verdict(true, 3, List.of(999L), List.of("dyeing"), List.of())));
        assertEquals("certificates.missing.lessons(1|#999) · certificates.missing.quizzes(dyeing)",
                new WhatSheMisses(WORDS, "fr", false, null).of(leila));
    }

    @Test
    void missesNothingWhenEligible() {
        Candidate done = candidate(new CourseStanding(modeling, verdict(true, 2, List.of(), List.of(), List.of())));
        assertTrue(done.isEligible());
        assertEquals("", french().of(done));
    }

    @Test
    void aCandidateHoldingACertificateWillNotReceiveAnotherAndTheReportLeavesHerOut() {
        CourseStanding complete = new CourseStanding(modeling, verdict(true, 2, List.of(), List.of(), List.of()));
        Candidate holding = new Candidate(1, "Fatima", null, null, null, List.of(complete), 5L, "MAH-2026-0001");
        Candidate eligible = new Candidate(2, "Khadija", null, null, null, List.of(complete), null, null);
        Candidate missing = candidate(new CourseStanding(modeling, verdict(true, 2, List.of(101L), List.of(), List.of())));
        assertFalse(holding.willReceive());
        assertTrue(eligible.willReceive());
        assertFalse(missing.willReceive());
        EligibilityReport report = new EligibilityReport(modeling, null, List.of(holding, eligible, missing), lessons);
        assertEquals(List.of(2L), report.toIssue());
        assertEquals(1, report.count(Candidate::hasCertificate));
        assertEquals(3, missing.lessonCount());
        assertEquals(2, missing.lessonsDone());
    }

    @Test
    void anOptionalCourseLeftUndoneDoesNotStopTheProgrammeCertificate() {
        Course sourcing = course(2, "Sourcing", "التوريد");
        CourseStanding modelingDone = new CourseStanding(modeling, verdict(true, 2, List.of(), List.of(), List.of()));
        CourseStanding sourcingUndone = new CourseStanding(sourcing, verdict(true, 0, List.of(201L), List.of("course"), List.of()), false);
        Candidate leila = candidate(modelingDone, sourcingUndone);
        assertTrue(leila.isEligible());
        assertEquals(List.of(), leila.incomplete(), "an optional course is not something she misses");
        Candidate required = candidate(modelingDone, new CourseStanding(sourcing, sourcingUndone.eligibility()));
        assertFalse(required.isEligible(), "the same course, required, stops her");
        assertEquals(1, required.incomplete().size());
    }

    @Test
    void aProgrammeWhoseEveryCourseIsOptionalGivesNoProgrammeCertificate() {
        Candidate leila = candidate(new CourseStanding(modeling, verdict(true, 2, List.of(), List.of(), List.of()), false));
        assertFalse(leila.isEligible());
    }

    private WhatSheMisses french() {
        return new WhatSheMisses(WORDS, "fr", false, lessons);
    }

    private static Candidate candidate(CourseStanding... standings) {
        return new Candidate(3, "Leila", "ليلى", "Tifawin", "تيفاوين", List.of(standings), null, null);
    }

    /** Her verdict in a course of {@code lessonsDone} + the missing lessons. */
    private static CompletionRules.Eligibility verdict(boolean enrolled, int lessonsDone, List<Long> lessonsMissing, List<String> quizzesMissing,
            List<Long> tasksMissing) {
        return new CompletionRules.Eligibility(enrolled,
                new CourseProgress(lessonsDone, lessonsDone + lessonsMissing.size(), 0, null), lessonsMissing,
                new TreeSet<>(quizzesMissing), new TreeSet<>(tasksMissing));
    }

    private static Course course(long id, String fr, String ar) {
        Course course = new Course("c" + id);
        course.describe(new LocalizedText(ar, fr, null), new LocalizedText("", "", null), 10, 1, "hash");
        setId(course, id);
        return course;
    }

    private static Lesson lesson(Course course, long id, String code, String fr, String ar) {
        Lesson lesson = new Lesson(course, code);
        lesson.describe(null, new LocalizedText(ar, fr, null), 20, (int) id);
        setId(lesson, id);
        return lesson;
    }

    /** Ids are the database's; the words name a lesson quiz by the lesson of its own course, compared by id. */
    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

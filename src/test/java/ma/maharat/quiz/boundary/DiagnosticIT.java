package ma.maharat.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import ma.maharat.CourseFolder;
import ma.maharat.TestAccounts;
import ma.maharat.content.control.ContentImport;
import ma.maharat.content.entity.ImportReport;
import ma.maharat.identity.entity.Account;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.learning.control.Learning;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.control.AnswerKey;
import ma.maharat.quiz.control.AnswerSaves;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.control.DiagnosticScores;
import ma.maharat.quiz.control.DiagnosticStep;
import ma.maharat.quiz.control.Diagnostics;
import ma.maharat.quiz.control.LearningGains;
import ma.maharat.quiz.control.QuizRuleViolation;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.QuizAttempt;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A course's diagnostic quiz on Payara and MariaDB: imported from the manifest, taken before the first
 * lesson and after the last (the same questions, or others for a parallel form), never required for the
 * course, refused at any other time, and the learning gain computed from the two attempts.
 */
@ExtendWith(ArquillianExtension.class)
class DiagnosticIT {

    private static final String PASSWORD = "diagnostic-1";

    @Inject
    ContentImport contentImport;

    @Inject
    TestAccounts testAccounts;

    @Inject
    Enrollments enrollments;

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    @Inject
    AnswerSaves saves;

    @Inject
    Diagnostics diagnostics;

    @Inject
    DiagnosticScores diagnosticScores;

    @Resource(lookup = "java:app/jdbc/maharat")
    DataSource dataSource;

    private static final List<CourseFolder.Question> FOUR_QUESTIONS = List.of(CourseFolder.Question.STRAIGHT_GRAIN,
            new CourseFolder.Question("Le jersey est une maille.", "الجيرسي نسيج محبوك.", true),
            new CourseFolder.Question("Le coton est une fibre naturelle.", "القطن ليف طبيعي.", true),
            new CourseFolder.Question("Le lin est une fibre naturelle.", "الكتان ليف طبيعي.", true));

    private String importCourse(String diagnostic) throws Exception {
        String course = "it-diag-" + TestAccounts.unique();
        CourseFolder folder = CourseFolder.create();
        folder.writeCourse(course, List.of(), List.of("cut", "sew"), "  passMark: 50\n" + diagnostic, FOUR_QUESTIONS);
        ImportReport report = contentImport.importFolder(folder.path(), (done, total) -> { });
        assertTrue(report.courses().stream().allMatch(c -> c.problems().isEmpty()), report.toString());
        return course;
    }

    private Account enrolledTrainee(String course) {
        Account trainee = testAccounts.newTrainee("it-diag-", PASSWORD);
        long courseId = enrollments.courses().stream().filter(c -> c.getCode().equals(course)).findFirst().orElseThrow().getId();
        enrollments.enroll(courseId, List.of(trainee.getId()));
        return trainee;
    }

    private DiagnosticStep step(Account trainee, String course) {
        var progress = learning.outline(trainee.getId(), course).progress();
        return diagnostics.of(trainee.getId(), course, progress.lessonsDone(), progress.lessonCount()).orElseThrow().step();
    }

    /** Takes the diagnostic, answering the first {@code right} questions right, and hands it in. */
    private QuizAttempt take(Account trainee, String course, int right) {
        QuizAttempt attempt = attempts.startOrResume(trainee.getId(), course, "diagnostic", Language.FR);
        for (AttemptAnswer answer : attempt.getAnswers().subList(0, right)) {
            assertInstanceOf(AnswerSaves.Saved.class, saves.save(trainee.getId(), attempt.getId(), answer.getSlot(), answer.getRevision(),
                    AnswerKey.rightResponseJson(answer.getQuestionGift())));
        }
        return attempts.submit(trainee.getId(), attempt.getId());
    }

    private static Set<String> names(QuizAttempt attempt) {
        return attempt.getAnswers().stream().map(AttemptAnswer::getQuestionName).collect(Collectors.toSet());
    }

    private String refusal(Account trainee, String course) {
        return assertThrows(QuizRuleViolation.class,
                () -> attempts.startOrResume(trainee.getId(), course, "diagnostic", Language.FR)).messageKey();
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void takenBeforeAndAfterWithTheSameQuestionsNeverRequiredAndItsGainComputed() throws Exception {
        String course = importCourse("diagnostic:\n  questions: 3\n");
        assertEquals(1, count("SELECT COUNT(*) FROM quiz q JOIN course c ON c.id = q.course_id WHERE c.code = ? AND q.scope = 'diagnostic'"
                + " AND q.question_count = 3 AND q.max_attempts = 2 AND q.pass_mark = 0 AND q.time_limit_minutes IS NULL"
                + " AND q.show_score AND NOT q.show_answers AND NOT q.show_feedback AND NOT q.parallel_form AND q.lesson_id IS NULL", course));

        Account trainee = enrolledTrainee(course);
        var outline = learning.outline(trainee.getId(), course);
        assertFalse(outline.hasQuiz("diagnostic"), "the diagnostic is no lesson's quiz");
        assertEquals(DiagnosticStep.BEFORE, step(trainee, course));

        QuizAttempt before = take(trainee, course, 1);
        assertEquals(3, before.getAnswers().size());
        assertNotNull(before.getScore());
        assertFalse(before.isPassed(), "a diagnostic is neither passed nor failed");
        assertEquals(0, count("SELECT COUNT(*) FROM quiz_attempt WHERE id = ? AND passed IS NOT NULL", before.getId()));
        assertEquals(DiagnosticStep.WAITING, step(trainee, course));
        assertEquals("quiz.diagnostic.waiting", refusal(trainee, course), "the 'after' waits for the last lesson");

        learning.markDone(trainee.getId(), course, "cut");
        learning.markDone(trainee.getId(), course, "sew");
        assertEquals(DiagnosticStep.AFTER, step(trainee, course));
        QuizAttempt after = take(trainee, course, 3);
        assertEquals(2, after.getNumber());
        assertEquals(names(before), names(after), "the same questions before and after");
        assertEquals(DiagnosticStep.DONE, step(trainee, course));
        assertEquals("quiz.diagnostic.done", refusal(trainee, course));

        // The course completes with its lessons and final quiz: the diagnostic is never required.
        QuizAttempt finalQuiz = attempts.startOrResume(trainee.getId(), course, "course", Language.FR);
        for (AttemptAnswer answer : finalQuiz.getAnswers()) {
            saves.save(trainee.getId(), finalQuiz.getId(), answer.getSlot(), answer.getRevision(), AnswerKey.rightResponseJson(answer.getQuestionGift()));
        }
        attempts.submit(trainee.getId(), finalQuiz.getId());
        assertNotNull(learning.outline(trainee.getId(), course).completedAt(), "the course is complete without anything more");

        long courseId = learning.outline(trainee.getId(), course).course().getId();
        List<LearningGains.Scores> scores = diagnosticScores.ofTrainees(Set.of(trainee.getId()));
        assertEquals(1, scores.size());
        assertEquals(course, scores.get(0).topic());
        LearningGains.Gain gain = LearningGains.perCourse(scores).get(courseId);
        assertEquals(1, gain.n());
        assertEquals(100.0 / 3, gain.meanBefore(), 1e-3);
        assertEquals(100.0, gain.meanAfter(), 1e-3);
        assertEquals(200.0 / 3, gain.meanGain(), 1e-3);
        assertEquals(1.0, gain.improved(), 1e-9);
        assertTrue(gain.isSmall());
    }

    @Test
    void theBeforeIsMissedOnceALessonIsDoneAndLessonsAreNeverBlocked() throws Exception {
        String course = importCourse("diagnostic:\n  questions: 2\n");
        Account trainee = enrolledTrainee(course);
        learning.markDone(trainee.getId(), course, "cut");
        assertEquals(DiagnosticStep.MISSED, step(trainee, course));
        assertEquals("quiz.diagnostic.missed", refusal(trainee, course));
        learning.markDone(trainee.getId(), course, "sew");
        assertEquals(DiagnosticStep.MISSED, step(trainee, course), "without a 'before' there is no 'after' to measure against");
        assertTrue(diagnosticScores.ofTrainees(Set.of(trainee.getId())).isEmpty());
    }

    @Test
    void aParallelFormAsksOtherQuestionsAfter() throws Exception {
        String course = importCourse("diagnostic:\n  questions: 2\n  form: parallel\n");
        assertEquals(1, count("SELECT COUNT(*) FROM quiz q JOIN course c ON c.id = q.course_id WHERE c.code = ?"
                + " AND q.scope = 'diagnostic' AND q.parallel_form", course));
        Account trainee = enrolledTrainee(course);
        QuizAttempt before = take(trainee, course, 2);
        learning.markDone(trainee.getId(), course, "cut");
        learning.markDone(trainee.getId(), course, "sew");
        QuizAttempt after = take(trainee, course, 1);
        assertEquals(2, names(after).size());
        assertTrue(names(before).stream().noneMatch(names(after)::contains), before + " then " + after);
        LearningGains.Scores scores = diagnosticScores.ofTrainees(Set.of(trainee.getId())).get(0);
        assertEquals(-50.0, scores.after() - scores.before(), 1e-9);
    }

    @Test
    void aCourseWithoutDiagnosticOffersNone() throws Exception {
        String course = importCourse("");
        Account trainee = enrolledTrainee(course);
        assertTrue(diagnostics.of(trainee.getId(), course, 0, 2).isEmpty());
        assertNull(learning.outline(trainee.getId(), course).completedAt());
        assertEquals("quiz.notFound", refusal(trainee, course));
    }
}

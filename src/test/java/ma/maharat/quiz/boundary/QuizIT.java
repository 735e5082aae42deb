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
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import ma.maharat.WebClient;
import ma.maharat.content.control.ContentImport;
import ma.maharat.content.entity.ImportReport;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.learning.control.Learning;
import ma.maharat.learning.control.LearningRuleViolation;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.control.AnswerKey;
import ma.maharat.quiz.control.AnswerSaves;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.control.QuestionBank;
import ma.maharat.quiz.control.QuizResults;
import ma.maharat.quiz.control.ResultsAudience;
import ma.maharat.quiz.analysis.ItemStatistics;
import ma.maharat.quiz.control.QuizRuleViolation;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.QuizAttempt;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quizzes on Payara and MariaDB: questions and quizzes imported with a course, attempts that resume
 * identically, answers saved at once (idempotent, conflicts between tabs detected), the deadline
 * enforced by the server and by its scheduled job, nothing accepted after hand-in, and what passing
 * does to lessons and courses. Each test imports a course of its own.
 */
@ExtendWith(ArquillianExtension.class)
class QuizIT {

    @Inject
    ContentImport contentImport;

    @Inject
    Accounts accounts;

    @Inject
    Enrollments enrollments;

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    @Inject
    AnswerSaves saves;

    @Inject
    QuestionBank questionBank;

    @Inject
    QuizResults quizResults;

    @Inject
    ResultsAudience audience;

    @Resource(lookup = "java:app/jdbc/maharat")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private static final String FR_BANK = """
            $CATEGORY: %1$s/main

            ::%1$s-q1:: Le coton est une fibre naturelle. {T}

            ::%1$s-q2:: Quel point pour un ourlet de jersey ? {=Point de recouvrement ~Point droit ~Point zigzag}

            ::%1$s-q3:: Grammage d'un carré de 0,01 m² qui pèse 1,56 g ? {#156:1}

            $CATEGORY: %1$s/finish

            ::%1$s-q4:: Quelles fibres sont naturelles ? {~%%50%%Coton ~%%50%%Lin ~%%-100%%Polyester}

            ::%1$s-q5:: Associez l'outil à l'étape. {=Coupe -> Ciseaux =Couture -> Machine =Repassage -> Fer}
            """;

    private static final String AR_BANK = """
            $CATEGORY: %1$s/main

            ::%1$s-q1:: القطن ليف طبيعي. {T}

            ::%1$s-q2:: أي غرزة لحاشية الجيرسي؟ {=غرزة التغطية ~غرزة مستقيمة ~غرزة متعرجة}

            ::%1$s-q3:: ما هو وزن المتر المربع لمربع مساحته 0,01 م² يزن 1,56 غ؟ {#156:1}

            $CATEGORY: %1$s/finish

            ::%1$s-q4:: ما هي الألياف الطبيعية؟ {~%%50%%القطن ~%%50%%الكتان ~%%-100%%البوليستر}

            ::%1$s-q5:: اربطي الأداة بالمرحلة. {=القص -> المقص =الخياطة -> الآلة =الكي -> المكواة}
            """;

    /** A course with two modules, a lesson quiz on "cut" (2 questions of module main), a final quiz. */
    private static final class QuizCourse {
        final Path folder;
        final String id;

        QuizCourse(String finalQuiz) throws IOException {
            folder = Files.createTempDirectory("modules-content");
            id = "it-quiz-" + Long.toString(System.nanoTime(), 36);
            Path course = Files.createDirectories(folder.resolve(id));
            String manifest = "id: " + id + "\n"
                    + "title:\n  ar: دورة\n  fr: Cours quiz\n"
                    + "description:\n  ar: وصف\n  fr: Description\n"
                    + "estimatedHours: 2\n"
                    + "modules:\n"
                    + "  - id: main\n    title:\n      ar: الوحدة\n      fr: Module\n    lessons:\n"
                    + "      - id: cut\n        title:\n          ar: القص\n          fr: Coupe\n        minutes: 20\n"
                    + "        quiz:\n          questions: 2\n          passMark: 50\n"
                    + "  - id: finish\n    title:\n      ar: التشطيب\n      fr: Finition\n    lessons:\n"
                    + "      - id: press\n        title:\n          ar: الكي\n          fr: Repassage\n        minutes: 20\n"
                    + "quiz:\n  bank: quiz/bank\n" + finalQuiz;
            Files.writeString(course.resolve("course.yaml"), manifest, StandardCharsets.UTF_8);
            for (String lesson : List.of("cut", "press")) {
                Path lessons = Files.createDirectories(course.resolve("lessons"));
                Files.writeString(lessons.resolve(lesson + ".fr.md"), "## " + lesson + "\n\nTexte.\n", StandardCharsets.UTF_8);
                Files.writeString(lessons.resolve(lesson + ".ar.md"), "## " + lesson + "\n\nنص.\n", StandardCharsets.UTF_8);
            }
            Files.createDirectories(course.resolve("quiz"));
            Files.writeString(course.resolve("quiz/bank.fr.gift"), FR_BANK.formatted(id), StandardCharsets.UTF_8);
            Files.writeString(course.resolve("quiz/bank.ar.gift"), AR_BANK.formatted(id), StandardCharsets.UTF_8);
        }
    }

    private QuizCourse importCourse(String finalQuiz) throws IOException {
        QuizCourse course = new QuizCourse(finalQuiz);
        ImportReport report = contentImport.importFolder(course.folder, (done, total) -> { });
        assertTrue(report.courses().stream().allMatch(c -> c.problems().isEmpty()), report.toString());
        return course;
    }

    private Account enrolledTrainee(QuizCourse course) {
        String username = "it-" + Long.toString(System.nanoTime(), 36);
        Account trainee = accounts.create(new NewAccount(username, "Stagiaire Quiz", "متدربة", Role.TRAINEE,
                "apprendre-1", "fr", null, true));
        long courseId = enrollments.courses().stream().filter(c -> c.getCode().equals(course.id)).findFirst().orElseThrow().getId();
        enrollments.enroll(courseId, List.of(trainee.getId()));
        return trainee;
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

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private void answerAllRight(long traineeId, QuizAttempt attempt) {
        for (AttemptAnswer answer : attempt.getAnswers()) {
            assertInstanceOf(AnswerSaves.Saved.class, saves.save(traineeId, attempt.getId(), answer.getSlot(), answer.getRevision(),
                    AnswerKey.rightResponseJson(answer.getQuestionGift())));
        }
    }

    @Test
    void importStoresEachQuestionInEachLanguageAndTheQuizzesOfTheManifest() throws Exception {
        QuizCourse course = importCourse("  questions: 4\n  minutes: 15\n  attempts: 2\n  passMark: 70\n  review: [score]\n");
        assertEquals(5, count("SELECT COUNT(*) FROM question q JOIN course c ON c.id = q.course_id WHERE c.code = ?", course.id));
        assertEquals(1, count("SELECT COUNT(*) FROM question q JOIN course c ON c.id = q.course_id WHERE c.code = ?"
                + " AND q.name = ? AND q.type = 'matching' AND q.gift_ar LIKE '%المقص%' AND q.gift_fr LIKE '%Ciseaux%'", course.id, course.id + "-q5"));
        assertEquals(1, count("SELECT COUNT(*) FROM quiz q JOIN course c ON c.id = q.course_id WHERE c.code = ? AND q.scope = 'course'"
                + " AND q.question_count = 4 AND q.time_limit_minutes = 15 AND q.max_attempts = 2 AND q.pass_mark = 70"
                + " AND q.show_score AND NOT q.show_answers AND NOT q.show_feedback AND q.category IS NULL", course.id));
        assertEquals(1, count("SELECT COUNT(*) FROM quiz q JOIN course c ON c.id = q.course_id WHERE c.code = ? AND q.scope = 'cut'"
                + " AND q.category = ? AND q.question_count = 2 AND q.pass_mark = 50", course.id, course.id + "/main"));

        // A question removed from the files is archived, never deleted (attempts keep their copy).
        Path fr = course.folder.resolve(course.id).resolve("quiz/bank.fr.gift");
        Path ar = course.folder.resolve(course.id).resolve("quiz/bank.ar.gift");
        Files.writeString(fr, Files.readString(fr).replaceAll("(?s)::" + course.id + "-q5::.*", ""));
        Files.writeString(ar, Files.readString(ar).replaceAll("(?s)::" + course.id + "-q5::.*", ""));
        contentImport.importFolder(course.folder, (done, total) -> { });
        assertEquals(1, count("SELECT COUNT(*) FROM question q JOIN course c ON c.id = q.course_id WHERE c.code = ?"
                + " AND q.name = ? AND q.archived_at IS NOT NULL", course.id, course.id + "-q5"));
    }

    @Test
    void questionsAddedFromTheBrowserJoinTheBankAllOrNoneAndAnImportKeepsThem() throws Exception {
        QuizCourse course = importCourse("");
        Account trainer = accounts.create(new NewAccount("it-t-" + Long.toString(System.nanoTime(), 36), "Formatrice", null,
                Role.TRAINER, "enseigner-1", "fr", null, true));
        String pasted = "$CATEGORY: " + course.id + "/main\n\n::" + course.id + "-web1:: Le jersey est une maille. {T}\n\n"
                + "::" + course.id + "-web2:: Combien de coutures sur un T-shirt simple ? {#4}\n";
        String clash = pasted + "\n::" + course.id + "-q1:: Doublon {F}\n";
        assertEquals("gift.nameTaken", assertThrows(QuizRuleViolation.class,
                () -> questionBank.addFromBrowser(course.id, Language.FR, clash, trainer.getId())).messageKey());
        assertEquals("gift.badCategory", assertThrows(QuizRuleViolation.class, () -> questionBank.addFromBrowser(course.id,
                Language.FR, "$CATEGORY: " + course.id + "/nowhere\n\n::" + course.id + "-web3:: x {T}", trainer.getId())).messageKey());
        assertEquals(5, count("SELECT COUNT(*) FROM question q JOIN course c ON c.id = q.course_id WHERE c.code = ?", course.id),
                "nothing of a refused paste is kept");

        assertEquals(2, questionBank.addFromBrowser(course.id, Language.FR, pasted, trainer.getId()));
        assertEquals(2, count("SELECT COUNT(*) FROM question q JOIN course c ON c.id = q.course_id WHERE c.code = ?"
                + " AND q.source = 'BROWSER' AND q.category = ? AND q.gift_ar IS NULL AND q.added_by = ?", course.id, course.id + "/main", trainer.getId()));

        // The files are imported again (changed, so the import runs): the trainer's questions stay.
        Path fr = course.folder.resolve(course.id).resolve("quiz/bank.fr.gift");
        Files.writeString(fr, Files.readString(fr).replace("Le coton est", "Le coton est bien"));
        contentImport.importFolder(course.folder, (done, total) -> { });
        assertEquals(0, count("SELECT COUNT(*) FROM question q JOIN course c ON c.id = q.course_id WHERE c.code = ?"
                + " AND q.source = 'BROWSER' AND q.archived_at IS NOT NULL", course.id));

        // An Arabic reader's attempt shows them in French; the lesson quiz of module main can draw them.
        Account trainee = enrolledTrainee(course);
        QuizAttempt attempt = attempts.startOrResume(trainee.getId(), course.id, "course", Language.AR);
        AttemptAnswer web = attempt.getAnswers().stream().filter(a -> a.getQuestionName().endsWith("-web1")).findFirst().orElseThrow();
        assertTrue(web.getQuestionGift().contains("Le jersey est une maille"), web.getQuestionGift());
        assertEquals(7, attempt.getAnswers().size(), "the final quiz draws from the whole bank, files and browser");
    }

    @Test
    void trainersSeeEachTraineesAttemptsAndAnItemAnalysisOfTheQuestions() throws Exception {
        QuizCourse course = importCourse("");
        // Three trainees: one answers everything right, one only the true/false, one nothing.
        Set<Long> three = new HashSet<>();
        for (int right = 0; right < 3; right++) {
            Account trainee = enrolledTrainee(course);
            three.add(trainee.getId());
            QuizAttempt attempt = attempts.startOrResume(trainee.getId(), course.id, "course", Language.FR);
            for (AttemptAnswer answer : attempt.getAnswers()) {
                boolean trueFalse = answer.getQuestionName().endsWith("-q1");
                if (right == 2 || right == 1 && trueFalse) {
                    saves.save(trainee.getId(), attempt.getId(), answer.getSlot(), 0, AnswerKey.rightResponseJson(answer.getQuestionGift()));
                }
            }
            attempts.submit(trainee.getId(), attempt.getId());
        }
        long quizId = attempts.quiz(course.id, "course").getId();
        QuizResults.QuizSummary summary = quizResults.quizzes(three).stream().filter(q -> q.quiz().getId() == quizId).findFirst().orElseThrow();
        assertEquals(3, summary.finishedAttempts());
        assertEquals(1, summary.passedTrainees(), "only the trainee who answered everything passed (60 %)");
        assertEquals((100 + 20 + 0) / 3.0, summary.averagePercent().getAsDouble(), 0.01);

        QuizResults.QuizReport report = quizResults.report(quizId, Language.FR, three);
        assertEquals(3, report.attempts().size());
        assertEquals(5, report.items().size());
        ItemStatistics trueFalse = report.items().stream().map(QuizResults.QuestionItem::statistics)
                .filter(item -> item.question().endsWith("-q1")).findFirst().orElseThrow();
        assertEquals(3, trueFalse.attempts());
        assertEquals(200 / 3.0, trueFalse.facilityIndex().getAsDouble(), 0.01, "two of three got it");
        ItemStatistics numerical = report.items().stream().map(QuizResults.QuestionItem::statistics)
                .filter(item -> item.question().endsWith("-q3")).findFirst().orElseThrow();
        assertEquals(100 / 3.0, numerical.facilityIndex().getAsDouble(), 0.01);
        assertTrue(numerical.discriminationIndex().getAsDouble() > 0, "the trainee who knew the rest got it");
    }

    @Test
    void aTrainerSeesOnlyTheResultsOfTheTraineesOfHerCohorts() throws Exception {
        QuizCourse course = importCourse("");
        Account seen = enrolledTrainee(course);
        Account hidden = enrolledTrainee(course);
        for (Account trainee : List.of(seen, hidden)) {
            QuizAttempt attempt = attempts.startOrResume(trainee.getId(), course.id, "course", Language.FR);
            attempts.submit(trainee.getId(), attempt.getId());
        }
        long quizId = attempts.quiz(course.id, "course").getId();
        Set<Long> audienceOfOne = Set.of(seen.getId());
        QuizResults.QuizReport report = quizResults.report(quizId, Language.FR, audienceOfOne);
        assertEquals(List.of(seen.getId()), report.attempts().stream().map(a -> a.getTrainee().getId()).toList());
        assertTrue(report.items().stream().allMatch(item -> item.statistics().attempts() == 1), "statistics over her trainees only");
        QuizResults.QuizSummary summary = quizResults.quizzes(audienceOfOne).stream().filter(q -> q.quiz().getId() == quizId)
                .findFirst().orElseThrow();
        assertEquals(1, summary.finishedAttempts());
        assertEquals(0, quizResults.quizzes(Set.of()).stream().filter(q -> q.quiz().getId() == quizId).findFirst().orElseThrow()
                .finishedAttempts(), "a trainer with no cohort sees no attempt");
        assertEquals(List.of(), quizResults.report(quizId, Language.FR, Set.of()).attempts());

        // Who that audience is, on the demo data: Omar teaches Cycles 1 and 2, not Cycle 3.
        long omar = accounts.byUsername("omar.alaoui").orElseThrow().getId();
        Set<Long> omarsTrainees = audience.traineesVisibleTo(omar);
        assertTrue(omarsTrainees.contains(accounts.byUsername("fatima.zahra").orElseThrow().getId()), "Cycle 1");
        assertTrue(omarsTrainees.contains(accounts.byUsername("nadia.elhaddad").orElseThrow().getId()), "Cycle 2");
        assertFalse(omarsTrainees.contains(accounts.byUsername("hafsa.kabbaj").orElseThrow().getId()), "Cycle 3 is not his");
        assertFalse(omarsTrainees.contains(seen.getId()), "a trainee in no cohort of his");
    }

    @Test
    void anAttemptIsDrawnOnceAndResumesWithTheSameQuestionsOrderAndAnswers() throws Exception {
        QuizCourse course = importCourse("  questions: 4\n");
        Account trainee = enrolledTrainee(course);
        QuizAttempt first = attempts.startOrResume(trainee.getId(), course.id, "course", Language.AR);
        assertEquals(4, first.getAnswers().size());
        assertTrue(first.getAnswers().get(0).getQuestionGift().matches("(?s).*[\\u0600-\\u06FF].*"), "questions in Arabic");
        AttemptAnswer answer = first.getAnswers().get(1);
        assertInstanceOf(AnswerSaves.Saved.class, saves.save(trainee.getId(), first.getId(), answer.getSlot(), 0,
                AnswerKey.rightResponseJson(answer.getQuestionGift())));

        // Later, elsewhere, in French: the same attempt, questions, order, choice order and answer.
        QuizAttempt resumed = attempts.startOrResume(trainee.getId(), course.id, "course", Language.FR);
        assertEquals(first.getId(), resumed.getId());
        QuizAttempt reloaded = attempts.attempt(trainee.getId(), first.getId());
        assertEquals(first.getAnswers().stream().map(AttemptAnswer::getQuestionName).toList(),
                reloaded.getAnswers().stream().map(AttemptAnswer::getQuestionName).toList());
        assertEquals(first.getAnswers().stream().map(AttemptAnswer::getChoiceOrder).toList(),
                reloaded.getAnswers().stream().map(AttemptAnswer::getChoiceOrder).toList());
        assertEquals(AnswerKey.rightResponseJson(answer.getQuestionGift()), reloaded.getAnswers().get(1).getResponse());
        assertEquals(1, reloaded.getAnswers().get(1).getRevision());
        assertEquals(Language.AR, reloaded.getLanguage());
    }

    @Test
    void aRepeatedSaveIsIdempotentAndAStaleTabCannotOverwriteANewerAnswer() throws Exception {
        QuizCourse course = importCourse("");
        Account trainee = enrolledTrainee(course);
        QuizAttempt attempt = attempts.startOrResume(trainee.getId(), course.id, "course", Language.FR);
        int slot = attempt.getAnswers().stream().filter(a -> a.getQuestionName().endsWith("-q1")).findFirst().orElseThrow().getSlot();

        assertEquals(1, ((AnswerSaves.Saved) saves.save(trainee.getId(), attempt.getId(), slot, 0, "{\"value\": true}")).revision());
        // The acknowledgement was lost and the page sends the same answer again: saved, nothing changes.
        assertEquals(1, ((AnswerSaves.Saved) saves.save(trainee.getId(), attempt.getId(), slot, 0, "{\"value\":true}")).revision());
        // A second tab, still at revision 0, answers differently: refused, with the newer answer.
        AnswerSaves.Conflict conflict = (AnswerSaves.Conflict) saves.save(trainee.getId(), attempt.getId(), slot, 0, "{\"value\": false}");
        assertEquals(1, conflict.revision());
        assertEquals("{\"value\":true}", conflict.storedResponse());
        // The trainee chooses to keep the second tab's answer: it now names revision 1.
        assertEquals(2, ((AnswerSaves.Saved) saves.save(trainee.getId(), attempt.getId(), slot, 1, "{\"value\": false}")).revision());
        assertEquals(1, count("SELECT COUNT(*) FROM attempt_answer WHERE attempt_id = ? AND slot = ? AND response = ? AND revision = 2",
                attempt.getId(), slot, "{\"value\":false}"));
    }

    @Test
    void nobodySavesIntoSomeoneElsesAttemptOrANonsenseAnswer() throws Exception {
        QuizCourse course = importCourse("");
        Account trainee = enrolledTrainee(course);
        Account other = enrolledTrainee(course);
        QuizAttempt attempt = attempts.startOrResume(trainee.getId(), course.id, "course", Language.FR);
        assertInstanceOf(AnswerSaves.NotFound.class, saves.save(other.getId(), attempt.getId(), 0, 0, "{\"value\": true}"));
        assertInstanceOf(AnswerSaves.NotFound.class, saves.save(trainee.getId(), attempt.getId(), 99, 0, "{\"value\": true}"));
        assertEquals("quiz.attemptNotFound",
                assertThrows(QuizRuleViolation.class, () -> attempts.attempt(other.getId(), attempt.getId())).messageKey());
        int matching = attempt.getAnswers().stream().filter(a -> a.getQuestionName().endsWith("-q5")).findFirst().orElseThrow().getSlot();
        assertThrows(RuntimeException.class, () -> saves.save(trainee.getId(), attempt.getId(), matching, 0, "{\"pairs\": {\"0\": \"Marteau\"}}"));
        assertEquals(0, count("SELECT COUNT(*) FROM attempt_answer WHERE attempt_id = ? AND response IS NOT NULL", attempt.getId()));
    }

    @Test
    void afterTheDeadlineAnswersAreRefusedAndTheScheduledJobClosesTheAttemptWithWhatWasSaved() throws Exception {
        QuizCourse course = importCourse("  minutes: 20\n");
        Account trainee = enrolledTrainee(course);
        QuizAttempt attempt = attempts.startOrResume(trainee.getId(), course.id, "course", Language.FR);
        AttemptAnswer right = attempt.getAnswers().get(0);
        saves.save(trainee.getId(), attempt.getId(), right.getSlot(), 0, AnswerKey.rightResponseJson(right.getQuestionGift()));

        // The trainee walked away: her deadline passes (moved into the past rather than waiting 20 minutes).
        execute("UPDATE quiz_attempt SET deadline = ? WHERE id = ?",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(2)), attempt.getId());
        AnswerSaves.Outcome late = saves.save(trainee.getId(), attempt.getId(), attempt.getAnswers().get(1).getSlot(), 0,
                AnswerKey.rightResponseJson(attempt.getAnswers().get(1).getQuestionGift()));
        assertEquals(new AnswerSaves.Closed(true), late);

        // Nobody opens it again: the job (every 15 s) closes it, finish time = deadline, graded with the one saved answer.
        Instant waitUntil = Instant.now().plus(Duration.ofSeconds(45));
        while (count("SELECT COUNT(*) FROM quiz_attempt WHERE id = ? AND state = 'FINISHED'", attempt.getId()) == 0) {
            assertTrue(Instant.now().isBefore(waitUntil), "the scheduled job did not close the expired attempt within 45 s");
            Thread.sleep(500);
        }
        assertEquals(1, count("SELECT COUNT(*) FROM quiz_attempt WHERE id = ? AND finished_by = 'DEADLINE' AND finished_at = deadline"
                + " AND ABS(score - 0.2) < 0.000001 AND passed = FALSE", attempt.getId()));
        assertEquals(1, count("SELECT COUNT(*) FROM attempt_answer WHERE attempt_id = ? AND fraction = 1", attempt.getId()));
    }

    @Test
    void afterHandInNoAnswerIsAcceptedAndTheAttemptsAllowedAreEnforced() throws Exception {
        QuizCourse course = importCourse("  attempts: 1\n");
        Account trainee = enrolledTrainee(course);
        QuizAttempt attempt = attempts.startOrResume(trainee.getId(), course.id, "course", Language.FR);
        answerAllRight(trainee.getId(), attempt);
        QuizAttempt done = attempts.submit(trainee.getId(), attempt.getId());
        assertFalse(done.isInProgress());
        assertTrue(done.isPassed());
        assertEquals(QuizAttempt.FinishedBy.TRAINEE, done.getFinishedBy());
        assertEquals(new AnswerSaves.Closed(false), saves.save(trainee.getId(), attempt.getId(), 0, 1, "{\"value\": false}"));
        assertEquals("quiz.noAttemptsLeft", assertThrows(QuizRuleViolation.class,
                () -> attempts.startOrResume(trainee.getId(), course.id, "course", Language.FR)).messageKey());
    }

    @Test
    void passingTheLessonQuizMarksTheLessonDoneAndTheFinalQuizCompletesTheCourse() throws Exception {
        QuizCourse course = importCourse("");
        Account trainee = enrolledTrainee(course);
        assertEquals("learning.quizRequired", assertThrows(LearningRuleViolation.class,
                () -> learning.markDone(trainee.getId(), course.id, "cut")).messageKey());

        QuizAttempt lessonQuiz = attempts.startOrResume(trainee.getId(), course.id, "cut", Language.FR);
        assertEquals(2, lessonQuiz.getAnswers().size());
        assertTrue(lessonQuiz.getAnswers().stream().allMatch(a -> List.of("-q1", "-q2", "-q3").stream()
                .anyMatch(a.getQuestionName()::endsWith)), "drawn from the lesson's module only");
        answerAllRight(trainee.getId(), lessonQuiz);
        attempts.submit(trainee.getId(), lessonQuiz.getId());
        learning.markDone(trainee.getId(), course.id, "press");
        Learning.CourseOutline outline = learning.outline(trainee.getId(), course.id);
        assertEquals(2, outline.progress().lessonsDone(), "the quiz marked 'cut' done");
        assertNull(outline.completedAt(), "every lesson is done but the final quiz is not passed yet");

        QuizAttempt finalQuiz = attempts.startOrResume(trainee.getId(), course.id, "course", Language.FR);
        answerAllRight(trainee.getId(), finalQuiz);
        assertTrue(attempts.submit(trainee.getId(), finalQuiz.getId()).isPassed());
        assertNotNull(learning.outline(trainee.getId(), course.id).completedAt(), "the final quiz completed the course");
        assertTrue(learning.outline(trainee.getId(), course.id).passedFinalQuiz());
    }

    @Test
    void aNewSessionFindsTheAnswersSavedThroughThePageAndForeignRequestsAreRefused() throws Exception {
        QuizCourse course = importCourse("");
        Account trainee = enrolledTrainee(course);
        WebClient firstTerminal = new WebClient(base.toURI());
        assertEquals(302, firstTerminal.signIn(trainee.getUsername(), "apprendre-1").statusCode());
        HttpResponse<String> quizPage = firstTerminal.get("learn/quiz.xhtml?course=" + course.id + "&quiz=course");
        HttpResponse<String> started = firstTerminal.postForm("learn/quiz.xhtml", Map.of("quiz-start", "quiz-start",
                "course", course.id, "quiz", "course", "quiz-start:start", "x", "jakarta.faces.ViewState", WebClient.viewState(quizPage.body())));
        assertEquals(302, started.statusCode());
        String attemptPath = started.headers().firstValue("Location").orElseThrow().replaceFirst("^.*/learn/", "learn/");
        long attemptId = Long.parseLong(attemptPath.substring(attemptPath.indexOf("id=") + 3));
        String page = firstTerminal.get(attemptPath).body();
        Matcher trueFalse = Pattern.compile("data-slot=\"(\\d+)\" data-type=\"true_false\" data-revision=\"0\"").matcher(page);
        assertTrue(trueFalse.find(), page);
        String slot = trueFalse.group(1);

        String answer = "{\"attempt\":" + attemptId + ",\"slot\":" + slot + ",\"revision\":0,\"response\":{\"value\":false}}";
        assertEquals(403, firstTerminal.postJson("learn/quiz-answer", answer).statusCode(), "no custom header: refused");
        assertEquals(403, firstTerminal.postJson("learn/quiz-answer", answer, "X-Maharat-Quiz", "answer",
                "Sec-Fetch-Site", "cross-site").statusCode(), "a cross-site request: refused");
        HttpResponse<String> saved = firstTerminal.postJson("learn/quiz-answer", answer, "X-Maharat-Quiz", "answer");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("{\"status\":\"saved\",\"revision\":1}", saved.body());

        // The terminal froze; the trainee signs in on another one and reopens her attempt.
        WebClient secondTerminal = new WebClient(base.toURI());
        assertEquals(302, secondTerminal.signIn(trainee.getUsername(), "apprendre-1").statusCode());
        String resumed = secondTerminal.get(attemptPath).body();
        Matcher fieldset = Pattern.compile("(?s)data-slot=\"" + slot + "\" data-type=\"true_false\" data-revision=\"1\".*?</fieldset>").matcher(resumed);
        assertTrue(fieldset.find(), resumed);
        assertTrue(fieldset.group().matches("(?s).*value=\"false\"\\s+checked=\"checked\".*"), fieldset.group());
        // Someone else signed in cannot read it.
        Account other = enrolledTrainee(course);
        WebClient stranger = new WebClient(base.toURI());
        stranger.signIn(other.getUsername(), "apprendre-1");
        assertFalse(stranger.get(attemptPath).body().contains("data-slot"), "another trainee sees no question of this attempt");
        assertEquals(404, stranger.postJson("learn/quiz-answer", answer.replace("\"revision\":0", "\"revision\":1"),
                "X-Maharat-Quiz", "answer").statusCode());
    }
}

package ma.maharat.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ma.maharat.content.control.ContentImport;
import ma.maharat.content.entity.ImportReport;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.control.AnswerSaves;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.control.SlotView;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.QuizAttempt;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calculated questions on Payara and MariaDB (issue 18, ADR 0024): each trainee's attempt draws its own
 * values, kept in the database with her answer as she gave it; each is graded against her own numbers; a
 * retake draws again; the worked solution is computed from what the database holds.
 */
@ExtendWith(ArquillianExtension.class)
class CalculatedQuestionIT {

    @Inject
    ContentImport contentImport;

    @Inject
    Accounts accounts;

    @Inject
    Enrollments enrollments;

    @Inject
    Attempts attempts;

    @Inject
    AnswerSaves saves;

    @Resource(lookup = "java:app/jdbc/maharat")
    DataSource dataSource;

    /** 60 × 60 draws: two trainees, or two attempts, share their numbers once in 3,600. */
    private static final String CALCULATED = """
            - name: %1$s-c1
              category: %1$s/main
              variables:
                pieces: {from: 100, to: 159, step: 1, ar: عدد القطع, fr: pièces}
                price: {from: 20, to: 79, step: 1, ar: الثمن, fr: prix}
              steps:
                - {name: net, formula: pieces * price, ar: الثمن دون ضريبة, fr: prix hors taxes}
              answer: {formula: pieces * price, tolerance: 0.5, range: [1000, 20000], unit: {ar: درهم, fr: MAD}}
              text:
                ar: "{pieces} قطعة بثمن {price} درهم. ما المجموع؟"
                fr: "{pieces} pièces à {price} MAD. Quel total ?"
            """;

    private String importCourse() throws IOException {
        Path folder = Files.createTempDirectory("modules-content");
        String id = "it-calc-" + Long.toString(System.nanoTime(), 36);
        Path course = Files.createDirectories(folder.resolve(id));
        String manifest = "id: " + id + "\n"
                + "title:\n  ar: دورة\n  fr: Cours calculé\n"
                + "description:\n  ar: وصف\n  fr: Description\n"
                + "estimatedHours: 2\n"
                + "modules:\n"
                + "  - id: main\n    title:\n      ar: الوحدة\n      fr: Module\n    lessons:\n"
                + "      - id: cost\n        title:\n          ar: الكلفة\n          fr: Coût\n        minutes: 20\n"
                + "quiz:\n  bank: quiz/bank\n  attempts: 5\n  passMark: 50\n  review: [score, answers, feedback]\n";
        Files.writeString(course.resolve("course.yaml"), manifest, StandardCharsets.UTF_8);
        Path lessons = Files.createDirectories(course.resolve("lessons"));
        Files.writeString(lessons.resolve("cost.fr.md"), "## Coût\n\nTexte.\n", StandardCharsets.UTF_8);
        Files.writeString(lessons.resolve("cost.ar.md"), "## الكلفة\n\nنص.\n", StandardCharsets.UTF_8);
        Files.createDirectories(course.resolve("quiz"));
        Files.writeString(course.resolve("quiz/bank.fr.gift"), "$CATEGORY: " + id + "/main\n\n::" + id + "-q1:: Le coton est une fibre. {T}\n",
                StandardCharsets.UTF_8);
        Files.writeString(course.resolve("quiz/bank.ar.gift"), "$CATEGORY: " + id + "/main\n\n::" + id + "-q1:: القطن ليف. {T}\n",
                StandardCharsets.UTF_8);
        Files.writeString(course.resolve("quiz/bank.calculated.yaml"), CALCULATED.formatted(id), StandardCharsets.UTF_8);
        ImportReport report = contentImport.importFolder(folder, (done, total) -> { });
        assertTrue(report.courses().stream().allMatch(c -> c.problems().isEmpty()), report.toString());
        return id;
    }

    private Account enrolledTrainee(String courseCode) {
        Account trainee = accounts.create(new NewAccount("it-" + Long.toString(System.nanoTime(), 36), "Stagiaire Calcul", "متدربة",
                Role.TRAINEE, "apprendre-1", "fr", null, true));
        long courseId = enrollments.courses().stream().filter(c -> c.getCode().equals(courseCode)).findFirst().orElseThrow().getId();
        enrollments.enroll(courseId, List.of(trainee.getId()));
        return trainee;
    }

    /** What the database holds for the calculated question of an attempt: values, response, fraction. */
    private record Stored(String values, String response, BigDecimal fraction, String gift) {
        BigDecimal value(String name) {
            for (String pair : values.split(";")) {
                if (pair.startsWith(name + "=")) {
                    return new BigDecimal(pair.substring(name.length() + 1));
                }
            }
            throw new AssertionError(name + " not in " + values);
        }
    }

    private Stored stored(long attemptId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT drawn_values, response, fraction, question_gift FROM attempt_answer WHERE attempt_id = ? AND calculation IS NOT NULL")) {
            statement.setLong(1, attemptId);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "the attempt has its calculated question");
                return new Stored(rows.getString(1), rows.getString(2), rows.getBigDecimal(3), rows.getString(4));
            }
        }
    }

    private static AttemptAnswer calculatedAnswer(QuizAttempt attempt) {
        return attempt.getAnswers().stream().filter(a -> a.getCalculation().isPresent()).findFirst().orElseThrow();
    }

    private void answer(Account trainee, QuizAttempt attempt, String number, String typed) {
        AttemptAnswer answer = calculatedAnswer(attempt);
        assertInstanceOf(AnswerSaves.Saved.class, saves.save(trainee.getId(), attempt.getId(), answer.getSlot(), answer.getRevision(),
                "{\"number\": \"" + number + "\", \"typed\": \"" + typed + "\"}"));
    }

    @Test
    void twoTraineesGetTheirOwnValuesEachGradedAgainstHerOwnNumbers() throws Exception {
        String course = importCourse();
        List<Stored> draws = new ArrayList<>();
        List<Account> trainees = new ArrayList<>();
        List<QuizAttempt> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Account trainee = enrolledTrainee(course);
            QuizAttempt attempt = attempts.startOrResume(trainee.getId(), course, "course", i == 0 ? Language.AR : Language.FR);
            trainees.add(trainee);
            started.add(attempt);
            Stored stored = stored(attempt.getId());
            // Her numbers are written into the question she is asked, in her language's decimal style.
            assertTrue(stored.gift().contains(stored.value("pieces").toPlainString()) && stored.gift().contains(stored.value("price").toPlainString()),
                    stored.gift());
            draws.add(stored);
        }
        assertTrue(draws.stream().map(Stored::values).distinct().count() >= 2, "three trainees, three draws: " + draws);

        // Resuming the attempt shows the same numbers: they are kept, not drawn again.
        assertEquals(draws.get(0).values(), stored(attempts.startOrResume(trainees.get(0).getId(), course, "course", Language.AR).getId()).values());

        // The first answers right with her own numbers, as she typed them (a comma); the second answers
        // with the first one's numbers, which are not hers.
        BigDecimal first = draws.get(0).value("pieces").multiply(draws.get(0).value("price"));
        answer(trainees.get(0), started.get(0), first.toPlainString(), first.toPlainString() + ",0");
        BigDecimal second = draws.get(1).value("pieces").multiply(draws.get(1).value("price"));
        String wrong = first.equals(second) ? second.add(BigDecimal.TEN).toPlainString() : first.toPlainString();
        answer(trainees.get(1), started.get(1), wrong, wrong);
        attempts.submit(trainees.get(0).getId(), started.get(0).getId());
        attempts.submit(trainees.get(1).getId(), started.get(1).getId());

        Stored right = stored(started.get(0).getId());
        Stored off = stored(started.get(1).getId());
        assertEquals(0, right.fraction().compareTo(BigDecimal.ONE), right.toString());
        assertEquals(0, off.fraction().signum(), off.toString());
        assertTrue(right.response().contains(first.toPlainString() + ",0"), "the answer is kept as she typed it: " + right.response());
        assertEquals(draws.get(0).values(), right.values(), "the values survive, read back from the database");

        // The worked solution, from what the database holds: her values, the steps, where she departed.
        SlotView rightView = SlotView.of(calculatedAnswer(attempts.attempt(trainees.get(0).getId(), started.get(0).getId())), "/m/", true);
        assertEquals("right", rightView.worked().departure());
        assertEquals(CalculatedValues.comma(draws.get(0).value("pieces")), rightView.worked().values().get(0).value());
        SlotView offView = SlotView.of(calculatedAnswer(attempts.attempt(trainees.get(1).getId(), started.get(1).getId())), "/m/", true);
        assertNotEquals("right", offView.worked().departure());
        assertEquals(CalculatedValues.comma(second), offView.worked().answer());
    }

    @Test
    void aRetakeDrawsNewValuesAndTheWorkedSolutionWaitsForTheEnd() throws Exception {
        String course = importCourse();
        Account trainee = enrolledTrainee(course);
        QuizAttempt attempt = attempts.startOrResume(trainee.getId(), course, "course", Language.FR);
        String firstValues = stored(attempt.getId()).values();
        SlotView during = SlotView.of(calculatedAnswer(attempts.attempt(trainee.getId(), attempt.getId())), "/m/", true);
        assertEquals(null, during.worked(), "no worked solution while the attempt runs");
        attempts.submit(trainee.getId(), attempt.getId());
        List<String> retakes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            QuizAttempt retake = attempts.startOrResume(trainee.getId(), course, "course", Language.FR);
            assertNotEquals(attempt.getId(), retake.getId());
            retakes.add(stored(retake.getId()).values());
            attempts.submit(trainee.getId(), retake.getId());
        }
        assertFalse(retakes.stream().allMatch(firstValues::equals), "a retake draws again: " + firstValues + " then " + retakes);
        assertEquals(firstValues, stored(attempt.getId()).values(), "the first attempt keeps its own values");
    }

    /** Numbers as the French and Arabic pages write them. */
    private static final class CalculatedValues {
        static String comma(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString().replace('.', ',');
        }
    }
}

package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.maharat.TestAccounts;
import ma.maharat.WebClient;
import ma.maharat.content.control.ContentImport;
import ma.maharat.content.entity.ImportReport;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.calculated.DrawnValues;
import ma.maharat.quiz.control.AnswerRow;
import ma.maharat.quiz.control.AnswerSaves;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.control.QuizResults;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.training.control.AssignedCohortsAudience;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.TrainerAssignments;
import ma.maharat.training.entity.AssignmentDetails;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a trainer reads of a calculated question's answers (issue 18): two trainees of her cohort each drew
 * their own values; the item analysis lists each one's values, the right answer for them and her answer; the
 * per-response export has a row for each with the same; a trainer of another cohort (another course) is
 * refused the export and sees none of their values.
 */
@ExtendWith(ArquillianExtension.class)
class CalculatedResponsesIT {

    private static final String PASSWORD = "calcul-it-Passw0rd";

    /** 60 × 60 draws: two trainees share their numbers once in 3,600. */
    private static final String CALCULATED = """
            - name: %1$s-c1
              category: %1$s/main
              variables:
                pieces: {from: 100, to: 159, step: 1, ar: عدد القطع, fr: pièces}
                price: {from: 20, to: 79, step: 1, ar: الثمن, fr: prix}
              answer: {formula: pieces * price, tolerance: 0.5, range: [1000, 20000], unit: {ar: درهم, fr: MAD}}
              text:
                ar: "{pieces} قطعة بثمن {price} درهم. ما المجموع؟"
                fr: "{pieces} pièces à {price} MAD. Quel total ?"
            """;

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

    @Inject
    QuizResults quizResults;

    @Inject
    AssignedCohortsAudience audience;

    @Inject
    Cooperatives cooperatives;

    @Inject
    Cohorts cohorts;

    @Inject
    TrainerAssignments assignments;

    @ArquillianResource
    URL base;

    /** The course, two trainees of one cooperative with their trainer, and a trainer of another cohort and course. */
    private record Setting(String course, Cohort cohort, List<Account> trainees, Account trainer, Account otherTrainer) {}

    private Setting setting() throws IOException {
        String course = importCourse();
        String id = TestAccounts.unique();
        Cooperative cooperative = cooperatives.create(new CooperativeDetails("Coopérative Calcul " + id, "تعاونية الحساب " + id, null,
                "Laâyoune", LegalForm.COOPERATIVE, null, null, true, null, null, null, null));
        List<Account> trainees = new ArrayList<>();
        for (String name : List.of("Amina Calcul", "Basma Calcul")) {
            trainees.add(accounts.create(new NewAccount("calc." + trainees.size() + "." + id, name, null, Role.TRAINEE, PASSWORD, "fr",
                    cooperative.getId(), true)));
        }
        Account trainer = accounts.create(new NewAccount("calc.trainer." + id, "Formatrice Calcul", null, Role.TRAINER, PASSWORD, "fr", null, true));
        Account otherTrainer = accounts.create(new NewAccount("calc.other." + id, "Formatrice Ailleurs", null, Role.TRAINER, PASSWORD, "fr",
                null, true));
        Course calculated = course(course);
        enrollments.enroll(calculated.getId(), trainees.stream().map(Account::getId).toList());
        LocalDate start = LocalDate.of(2033, 3, 1);
        Cohort cohort = cohorts.create(new CohortDetails("Calcul IT " + id, start, start.plusDays(59), List.of(cooperative.getId()),
                List.of(calculated.getId())));
        assignments.create(new AssignmentDetails(cohort.getId(), calculated.getId(), trainer.getId(), start, start.plusDays(59)));
        Cooperative elsewhere = cooperatives.create(new CooperativeDetails("Coopérative Ailleurs " + id, "تعاونية أخرى " + id, null,
                "Tarfaya", LegalForm.COOPERATIVE, null, null, true, null, null, null, null));
        Course modeling = course("modeling");
        Cohort other = cohorts.create(new CohortDetails("Calcul IT autre " + id, start, start.plusDays(59), List.of(elsewhere.getId()),
                List.of(modeling.getId())));
        assignments.create(new AssignmentDetails(other.getId(), modeling.getId(), otherTrainer.getId(), start, start.plusDays(59)));
        return new Setting(course, cohort, trainees, trainer, otherTrainer);
    }

    private Course course(String code) {
        return enrollments.courses().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    private String importCourse() throws IOException {
        Path folder = Files.createTempDirectory("modules-content");
        String id = "it-calcr-" + Long.toString(System.nanoTime(), 36);
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

    private static AttemptAnswer calculatedAnswer(QuizAttempt attempt) {
        return attempt.getAnswers().stream().filter(a -> a.getCalculation().isPresent()).findFirst().orElseThrow();
    }

    /** Each trainee answers: the first right with her own numbers (typed with a comma), the second 1 short of hers. */
    private List<Map<String, BigDecimal>> bothAnswer(Setting s) {
        List<Map<String, BigDecimal>> drawn = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Account trainee = s.trainees().get(i);
            QuizAttempt attempt = attempts.startOrResume(trainee.getId(), s.course(), "course", i == 0 ? Language.FR : Language.AR);
            AttemptAnswer answer = calculatedAnswer(attempt);
            Map<String, BigDecimal> values = DrawnValues.read(answer.getDrawnValues());
            drawn.add(values);
            BigDecimal total = values.get("pieces").multiply(values.get("price")).subtract(i == 0 ? BigDecimal.ZERO : BigDecimal.ONE);
            String typed = i == 0 ? total.toPlainString() + ",0" : total.toPlainString();
            assertInstanceOf(AnswerSaves.Saved.class, saves.save(trainee.getId(), attempt.getId(), answer.getSlot(), answer.getRevision(),
                    "{\"number\": \"" + total.toPlainString() + "\", \"typed\": \"" + typed + "\"}"));
            attempts.submit(trainee.getId(), attempt.getId());
        }
        return drawn;
    }

    private long quizId(Setting s) {
        return attempts.status(s.trainees().get(0).getId(), s.course(), "course").quiz().getId();
    }

    private static String values(Map<String, BigDecimal> drawn) {
        return "pieces=" + drawn.get("pieces").toPlainString() + "; price=" + drawn.get("price").toPlainString();
    }

    private static String product(Map<String, BigDecimal> drawn) {
        return drawn.get("pieces").multiply(drawn.get("price")).toPlainString();
    }

    @Test
    void theItemAnalysisListsEachTraineesValuesTheRightAnswerForThemAndHerAnswer() throws Exception {
        Setting s = setting();
        List<Map<String, BigDecimal>> drawn = bothAnswer(s);
        long quiz = quizId(s);
        QuizResults.QuizReport report = quizResults.report(quiz, Language.FR, audience.traineesVisibleTo(s.trainer().getId()));
        QuizResults.QuestionItem item = report.items().stream().filter(i -> i.statistics().question().equals(s.course() + "-c1"))
                .findFirst().orElseThrow();
        assertEquals(2, item.responses().size(), item.responses()::toString);
        for (int i = 0; i < 2; i++) {
            long trainee = s.trainees().get(i).getId();
            AnswerRow row = item.responses().stream().filter(r -> r.attempt().getTrainee().getId().equals(trainee)).findFirst().orElseThrow();
            assertEquals(values(drawn.get(i)), row.values());
            assertEquals("pièces = " + drawn.get(i).get("pieces").toPlainString() + " ; prix = " + drawn.get(i).get("price").toPlainString(),
                    row.labelled());
            assertEquals(product(drawn.get(i)) + " MAD", row.rightAnswer(), "the right answer for her own values, in the reader's language");
            assertEquals(i == 0, row.isRight());
        }
        assertEquals(product(drawn.get(0)) + ",0", item.responses().stream()
                .filter(r -> r.attempt().getTrainee().getId().equals(s.trainees().get(0).getId())).findFirst().orElseThrow().given(),
                "her answer as she typed it");
        assertTrue(report.items().stream().filter(i -> !i.statistics().question().endsWith("-c1")).allMatch(i -> i.responses().isEmpty()),
                "only the calculated question lists values");

        // The page: the template row, then each trainee's values.
        HttpResponse<String> page = WebClient.signedIn(base.toURI(), s.trainer().getUsername(), PASSWORD)
                .get("trainer/quiz-results.xhtml?quiz=" + quiz);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"values-" + s.course() + "-c1\""), page.body());
        for (Map<String, BigDecimal> values : drawn) {
            assertTrue(page.body().contains("pièces = " + values.get("pieces").toPlainString()), page.body());
            assertTrue(page.body().contains(product(values) + " MAD"), page.body());
        }
        assertTrue(page.body().contains("Amina Calcul") && page.body().contains("Basma Calcul"));

        // A trainer of another cohort sees none of them.
        QuizResults.QuizReport other = quizResults.report(quiz, Language.FR, audience.traineesVisibleTo(s.otherTrainer().getId()));
        assertTrue(other.items().stream().allMatch(i -> i.responses().isEmpty()), other.items()::toString);
        HttpResponse<String> otherPage = WebClient.signedIn(base.toURI(), s.otherTrainer().getUsername(), PASSWORD)
                .get("trainer/quiz-results.xhtml?quiz=" + quiz);
        assertEquals(200, otherPage.statusCode());
        assertFalse(otherPage.body().contains("id=\"values-"), "no trainee's values");
        assertFalse(otherPage.body().contains("Amina Calcul"));
    }

    @Test
    void theExportHasARowPerTraineeAndQuestionWithHerValuesAndIsRefusedToATrainerOfAnotherCohort() throws Exception {
        Setting s = setting();
        List<Map<String, BigDecimal>> drawn = bothAnswer(s);
        long quiz = quizId(s);
        HttpResponse<byte[]> csv = WebClient.signedIn(base.toURI(), s.trainer().getUsername(), PASSWORD)
                .getBytes("trainer/quiz-responses.csv?quiz=" + quiz);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers()::toString);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFStagiaire;Cohorte;Tentative;Question;Ses valeurs;Bonne réponse;Sa réponse;Points (sur 1)\r\n"), text);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals(1 + 2 * 2, lines.size(), "a row per trainee and question: " + text);
        String cohort = s.cohort().getName();
        assertTrue(lines.contains("Amina Calcul;" + cohort + ";1;" + s.course() + "-c1;\"" + values(drawn.get(0)) + "\";" + product(drawn.get(0))
                + " MAD;" + product(drawn.get(0)) + ",0;1"), text);
        BigDecimal basma = new BigDecimal(product(drawn.get(1))).subtract(BigDecimal.ONE);
        assertTrue(lines.contains("Basma Calcul;" + cohort + ";1;" + s.course() + "-c1;\"" + values(drawn.get(1)) + "\";" + product(drawn.get(1))
                + " MAD;" + basma.toPlainString() + ";0"), text);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Amina Calcul;" + cohort + ";1;" + s.course() + "-q1;;Vrai;;")), text);

        HttpResponse<byte[]> refused = WebClient.signedIn(base.toURI(), s.otherTrainer().getUsername(), PASSWORD)
                .getBytes("trainer/quiz-responses.csv?quiz=" + quiz);
        assertEquals(403, refused.statusCode());
        HttpResponse<byte[]> trainee = WebClient.signedIn(base.toURI(), s.trainees().get(0).getUsername(), PASSWORD)
                .getBytes("trainer/quiz-responses.csv?quiz=" + quiz);
        assertEquals(403, trainee.statusCode());
        WebClient trainer = WebClient.signedIn(base.toURI(), s.trainer().getUsername(), PASSWORD);
        assertEquals(404, trainer.getBytes("trainer/quiz-responses.csv?quiz=abc").statusCode());
        assertEquals(404, trainer.getBytes("trainer/quiz-responses.csv").statusCode());
        assertEquals(404, trainer.getBytes("trainer/quiz-responses.csv?quiz=999999999").statusCode());
    }
}

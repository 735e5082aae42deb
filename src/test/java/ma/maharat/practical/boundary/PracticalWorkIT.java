package ma.maharat.practical.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import ma.maharat.WebClient;
import ma.maharat.audit.control.AuditFilter;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditEntry;
import ma.maharat.content.control.ContentImport;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.learning.control.Learning;
import ma.maharat.platform.i18n.Language;
import ma.maharat.practical.control.PracticalRuleViolation;
import ma.maharat.practical.control.PracticalWork;
import ma.maharat.practical.control.Rubric;
import ma.maharat.practical.control.SignOffRequest;
import ma.maharat.practical.control.WorkPhotos;
import ma.maharat.practical.entity.PracticalTask;
import ma.maharat.practical.entity.RubricCriterion;
import ma.maharat.practical.entity.SignOff;
import ma.maharat.quiz.control.AnswerKey;
import ma.maharat.quiz.control.AnswerSaves;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.training.control.Cohorts;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Practical work on the demo data set, in the container: the Prototyping course's summer-camp T-shirt
 * task as imported, sign-offs stored with their levels, comment and cleaned photos, signing again
 * replacing them (audited with what was there), refusals that store nothing, each trainee seeing only
 * her own results and photos, the partners' API counting signed tasks, and a required task holding back
 * the completion of a course until it is signed off at a passing level.
 */
@ExtendWith(ArquillianExtension.class)
class PracticalWorkIT {

    private static final String PASSWORD = "maharat-demo";
    private static final String ADMIN_PASSWORD = "admin-it-Passw0rd";
    private static final String TASK = "summer-camp-tshirt";

    @Inject
    PracticalWork practicalWork;

    @Inject
    Accounts accounts;

    @Inject
    Enrollments enrollments;

    @Inject
    Learning learning;

    @Inject
    Attempts attempts;

    @Inject
    AnswerSaves answerSaves;

    @Inject
    AuditTrail audit;

    @Inject
    Cohorts cohorts;

    @Inject
    ContentImport contentImport;

    @ArquillianResource
    URL base;

    private long id(String username) {
        return accounts.byUsername(username).map(Account::getId).orElseThrow();
    }

    private PracticalTask task() {
        return practicalWork.currentTasks().stream().filter(t -> t.getCode().equals(TASK)).findFirst().orElseThrow();
    }

    /** The level of this code for every criterion, but {@code lowered} criterion at {@code loweredLevel}. */
    private Map<Long, Long> levels(PracticalTask task, String code, String lowered, String loweredLevel) {
        Map<Long, Long> levels = new HashMap<>();
        for (RubricCriterion criterion : task.currentCriteria()) {
            String wanted = criterion.getCode().equals(lowered) ? loweredLevel : code;
            levels.put(criterion.getId(), criterion.currentLevels().stream().filter(l -> l.getCode().equals(wanted))
                    .findFirst().orElseThrow().getId());
        }
        return levels;
    }

    private static WorkPhotos.CleanPhoto photo(Color color) throws IOException {
        BufferedImage image = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 120, 90);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", bytes);
        return new WorkPhotos().clean("work.jpg", bytes.toByteArray());
    }

    private WebClient signedIn(String username, String password) throws URISyntaxException {
        return WebClient.signedIn(base.toURI(), username, password);
    }

    @Test
    void thePrototypingCourseHasTheTShirtTaskWithFourCriteriaOfFourLevels() {
        PracticalTask task = task();
        assertEquals("prototyping", task.getCourse().getCode());
        assertTrue(task.isRequired());
        assertEquals(List.of("pattern-accuracy", "seam-quality", "finishing", "measurements"),
                task.currentCriteria().stream().map(RubricCriterion::getCode).toList());
        task.currentCriteria().forEach(c -> assertEquals(4, c.currentLevels().size(), c.getCode()));
        assertEquals(2, task.getPassPoints(), "acceptable passes");
        assertEquals(List.of(task.getId()), practicalWork.requiredTasks(task.getCourse().getId()).stream().map(PracticalTask::getId).toList());
    }

    @Test
    void aSignOffIsStoredWithItsLevelsCommentAndPhotosAndSigningAgainReplacesThem() throws Exception {
        PracticalTask task = task();
        long aicha = id("aicha.benali");
        long samira = id("samira.bennani");
        SignOff first = practicalWork.signOff(samira, new SignOffRequest(aicha, task.getId(),
                levels(task, "acceptable", "seam-quality", "excellent"), "  Belles coutures.  ", List.of(),
                List.of(photo(Color.RED), photo(Color.BLUE))));
        assertTrue(first.isPassed());

        SignOff stored = practicalWork.signOffOf(aicha, task.getId()).orElseThrow();
        assertEquals("Belles coutures.", stored.getComment());
        assertEquals(Map.of("pattern-accuracy", "acceptable", "seam-quality", "excellent", "finishing", "acceptable",
                        "measurements", "acceptable"),
                stored.getLevels().stream().collect(Collectors.toMap(l -> l.getCriterion().getCode(), l -> l.getLevel().getCode())));
        assertEquals(2, stored.getPhotos().size());
        assertEquals("image/jpeg", stored.getPhotos().get(0).getMediaType());
        assertTrue(practicalWork.tasksSignedOff(aicha, task.getCourse().getId()).contains(task.getId()));
        assertTrue(audit.page(new AuditFilter(null, "signoff", "aicha.benali", null, null), 0, 10).stream()
                .anyMatch(e -> e.getAction().equals("signoff.recorded") && e.getSummary().contains("seam-quality=excellent")));

        long keptPhoto = stored.getPhotos().get(1).getId();
        SignOff again = practicalWork.signOff(samira, new SignOffRequest(aicha, task.getId(),
                levels(task, "acceptable", "measurements", "developing"), null, List.of(keptPhoto), List.of(photo(Color.GREEN))));
        assertFalse(again.isPassed(), "one criterion below the pass level");
        assertEquals(first.getId(), again.getId(), "one sign-off per trainee and task, replaced");

        SignOff replaced = practicalWork.signOffOf(aicha, task.getId()).orElseThrow();
        assertNull(replaced.getComment());
        assertEquals("developing", replaced.getLevels().stream().filter(l -> l.getCriterion().getCode().equals("measurements"))
                .findFirst().orElseThrow().getLevel().getCode());
        assertEquals(4, replaced.getLevels().size());
        assertEquals(2, replaced.getPhotos().size());
        assertEquals(keptPhoto, replaced.getPhotos().get(0).getId(), "the kept photo first, then the new one");
        assertFalse(practicalWork.tasksSignedOff(aicha, task.getCourse().getId()).contains(task.getId()));
        List<AuditEntry> updates = audit.page(new AuditFilter(null, "signoff", "aicha.benali", null, null), 0, 10).stream()
                .filter(e -> e.getAction().equals("signoff.updated")).toList();
        assertEquals(1, updates.size());
        assertTrue(updates.get(0).getSummary().contains("measurements=developing ; pas encore réussie"), updates.get(0).getSummary());
        assertTrue(updates.get(0).getSummary().contains("(avant : pattern-accuracy=acceptable, seam-quality=excellent"), updates.get(0).getSummary());
    }

    @Test
    void aSignOffWithACriterionLeftOutIsRefusedAndNothingIsStored() {
        PracticalTask task = task();
        long khadija = id("khadija.elidrissi");
        Map<Long, Long> levels = levels(task, "excellent", "finishing", "excellent");
        long finishing = task.currentCriteria().stream().filter(c -> c.getCode().equals("finishing")).findFirst().orElseThrow().getId();
        levels.remove(finishing);
        Rubric.RubricViolation refused = assertThrows(Rubric.RubricViolation.class, () -> practicalWork.signOff(id("samira.bennani"),
                new SignOffRequest(khadija, task.getId(), levels, "x", List.of(), List.of())));
        assertEquals("practical.levelMissing", refused.messageKey());
        assertEquals(List.of(finishing), refused.criteria());
        assertTrue(practicalWork.signOffOf(khadija, task.getId()).isEmpty());
    }

    @Test
    void aTraineeSeesHerOwnResultOnHerCoursePageAndOnlyHerOwnPhotos() throws Exception {
        PracticalTask task = task();
        long hind = id("hind.amrani");
        SignOffRequest request = new SignOffRequest(hind, task.getId(),
                levels(task, "excellent", "finishing", "acceptable"), "عمل متقن", List.of(), List.of(photo(Color.ORANGE)));
        PracticalRuleViolation notAssigned = assertThrows(PracticalRuleViolation.class,
                () -> practicalWork.signOff(id("omar.alaoui"), request),
                "Omar teaches Sourcing, not Prototyping, to Hind's cohort");
        assertEquals("practical.notAllowed", notAssigned.messageKey());
        SignOff signOff = practicalWork.signOff(id("samira.bennani"), new SignOffRequest(hind, task.getId(),
                levels(task, "excellent", "finishing", "acceptable"), "عمل متقن", List.of(), List.of(photo(Color.ORANGE))));
        long photo = signOff.getPhotos().get(0).getId();

        // Hind has not finished Modeling: her Prototyping page is locked, but her results are hers through the control.
        assertEquals(1, practicalWork.resultsOf(hind, "prototyping").stream().filter(PracticalWork.TaskResult::isSigned).count());
        assertEquals(0, practicalWork.resultsOf(id("naima.belkadi"), "prototyping").stream().filter(PracticalWork.TaskResult::isSigned).count());

        WebClient hindsBrowser = signedIn("hind.amrani", PASSWORD);
        HttpResponse<byte[]> own = hindsBrowser.getBytes("practical-photo/" + photo);
        assertEquals(200, own.statusCode());
        assertEquals("image/jpeg", own.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("nosniff", own.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", own.headers().firstValue("Cache-Control").orElse(""),
                "a photo of her work stays out of a shared terminal's cache: " + own.headers());
        assertEquals((byte) 0xD8, own.body()[1]);
        assertEquals(200, hindsBrowser.getBytes("practical-photo/" + photo + "/thumbnail").statusCode());

        assertEquals(404, signedIn("naima.belkadi", PASSWORD).getBytes("practical-photo/" + photo).statusCode(),
                "another trainee is told nothing exists");
        assertEquals(200, signedIn("samira.bennani", PASSWORD).getBytes("practical-photo/" + photo).statusCode());
        assertEquals(404, signedIn("omar.alaoui", PASSWORD).getBytes("practical-photo/" + photo).statusCode(),
                "a trainer not assigned to Prototyping in Hind's cohort is told nothing exists");
        assertEquals(200, signedIn("admin", ADMIN_PASSWORD).getBytes("practical-photo/" + photo).statusCode());
        assertTrue(new WebClient(base.toURI()).getBytes("practical-photo/" + photo).statusCode() / 100 != 2, "nobody signed in");
        assertEquals(404, hindsBrowser.getBytes("practical-photo/999999999").statusCode());
    }

    @Test
    void fatimaZahraSeesTheDemoSignOffOnHerCoursePageWithItsPhoto() throws Exception {
        HttpResponse<String> page = signedIn("fatima.zahra", PASSWORD).get("learn/course.xhtml?code=prototyping");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"task-" + TASK + "\""), page::body);
        assertTrue(page.body().contains("data-status=\"passed\""), page::body);
        assertTrue(page.body().contains("id=\"result-" + TASK + "-seam-quality\""), page::body);
        assertTrue(page.body().contains("/practical-photo/"), page::body);
        HttpResponse<String> other = signedIn("khadija.elidrissi", PASSWORD).get("learn/course.xhtml?code=prototyping");
        assertFalse(other.body().contains("data-status=\"passed\""), "Khadija's own page shows nothing of Fatima Zahra's");
    }

    @Test
    void thePartnersApiCountsThePracticalTasksSigned() throws Exception {
        long cohort = cohorts.all().stream().filter(c -> c.getName().equals("Cycle 1 — 2026")).findFirst().orElseThrow().getId();
        HttpResponse<String> response = new WebClient(base.toURI()).get("api/cohorts/" + cohort + "/progress",
                WebClient.basic("admin", ADMIN_PASSWORD));
        assertEquals(200, response.statusCode(), response::body);
        Map<String, Integer> signed = Json.createReader(new StringReader(response.body())).readObject().getJsonArray("trainees")
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(t -> t.getString("username"), t -> t.getInt("practicalTasksSigned")));
        assertEquals(1, signed.get("fatima.zahra"), "the demo sign-off");
        assertEquals(0, signed.get("zineb.tazi"));
    }

    @Test
    void aRequiredTaskHoldsBackTheCourseUntilItIsSignedOffAtAPassingLevel() {
        Account trainee = accounts.create(new NewAccount("nadia-" + Long.toString(System.nanoTime(), 36), "Nadia Practical", "نادية", Role.TRAINEE, PASSWORD, "fr",
                accounts.byUsername("fatima.zahra").orElseThrow().getCooperative().getId(), true));
        Map<String, Course> courses = enrollments.courses().stream().collect(Collectors.toMap(Course::getCode, c -> c));
        enrollments.enroll(courses.get("modeling").getId(), List.of(trainee.getId()));
        enrollments.enroll(courses.get("prototyping").getId(), List.of(trainee.getId()));
        finish(trainee.getId(), courses.get("modeling"));
        assertTrue(completed(trainee.getId(), "modeling"), "Modeling has no practical task");
        finish(trainee.getId(), courses.get("prototyping"));
        assertFalse(completed(trainee.getId(), "prototyping"), "lessons and quiz done, the T-shirt not signed off");

        PracticalTask task = task();
        long samira = id("samira.bennani");
        practicalWork.signOff(samira, new SignOffRequest(trainee.getId(), task.getId(),
                levels(task, "excellent", "measurements", "not-yet"), null, List.of(), List.of()));
        assertFalse(completed(trainee.getId(), "prototyping"), "signed off below the pass level");

        practicalWork.signOff(samira, new SignOffRequest(trainee.getId(), task.getId(),
                levels(task, "acceptable", "measurements", "acceptable"), null, List.of(), List.of()));
        assertTrue(completed(trainee.getId(), "prototyping"));
    }

    @Test
    void importingTheUnchangedContentAgainKeepsTheSignOffs() {
        long fatima = id("fatima.zahra");
        SignOff before = practicalWork.signOffOf(fatima, task().getId()).orElseThrow();
        String folder = ConfigProvider.getConfig().getOptionalValue("maharat.content.dir", String.class).orElse("modules-content");
        contentImport.importFolder(Path.of(folder).toAbsolutePath(), (done, total) -> { });
        SignOff after = practicalWork.signOffOf(fatima, task().getId()).orElseThrow();
        assertEquals(before.getId(), after.getId());
        assertEquals(before.getLevels().size(), after.getLevels().size());
        assertTrue(after.isPassed());
    }

    private boolean completed(long traineeId, String courseCode) {
        return learning.enrollmentsOf(traineeId).stream().filter(e -> e.getCourse().getCode().equals(courseCode))
                .findFirst().orElseThrow().isCompleted();
    }

    /** Every lesson done (through its quiz when it has one) and the final quiz passed, as the pages would. */
    private void finish(long traineeId, Course course) {
        var outline = learning.outline(traineeId, course.getCode());
        for (var lesson : course.currentLessons()) {
            if (outline.hasQuiz(lesson.getCode())) {
                pass(traineeId, course, lesson.getCode());
            } else {
                learning.markDone(traineeId, course.getCode(), lesson.getCode());
            }
        }
        pass(traineeId, course, Quiz.COURSE_SCOPE);
    }

    private void pass(long traineeId, Course course, String scope) {
        QuizAttempt attempt = attempts.startOrResume(traineeId, course.getCode(), scope, Language.FR);
        for (AttemptAnswer answer : attempt.getAnswers()) {
            answerSaves.save(traineeId, attempt.getId(), answer.getSlot(), 0, AnswerKey.rightResponseJson(answer.getQuestionGift()));
        }
        attempts.submit(traineeId, attempt.getId());
    }
}

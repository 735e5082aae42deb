package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.TestAccounts;
import ma.maharat.WebClient;
import ma.maharat.audit.control.AuditFilter;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditEntry;
import ma.maharat.certificate.control.Candidate;
import ma.maharat.certificate.control.CertificateEligibility;
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
import ma.maharat.learning.control.Learning;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.control.AnswerKey;
import ma.maharat.quiz.control.AnswerSaves;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.training.control.CohortProgress;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.PersonalisedProgrammes;
import ma.maharat.training.control.ProgrammeProgress;
import ma.maharat.training.control.ProgrammeRuleViolation;
import ma.maharat.training.control.TrainerAssignments;
import ma.maharat.training.entity.AssignmentDetails;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import ma.maharat.training.entity.CourseTreatment;
import ma.maharat.training.entity.PersonalisedCourse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personalised programmes in the container (ADR 23): the proposal from the needs stored and audited, bad
 * scores refused with nothing written, a trainer of the cohort or an administrator adjusting it and a
 * trainer of another cohort refused (in the service and on the page), a SHORTENED course completing
 * without its practical work, an OPTIONAL course not holding back the programme, and certificate
 * eligibility following both. Each test makes its own cooperative, trainee, cohort and trainers.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalisedProgrammeIT {

    private static final String PASSWORD = "programme-it-Passw0rd";

    @Inject
    PersonalisedProgrammes programmes;

    @Inject
    Cohorts cohorts;

    @Inject
    Cooperatives cooperatives;

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
    TrainerAssignments assignments;

    @Inject
    CertificateEligibility eligibility;

    @Inject
    CohortProgress progress;

    @Inject
    AuditTrail audit;

    @ArquillianResource
    URL base;

    /** A cooperative with one trainee enrolled in Modeling and Prototyping (which Modeling unlocks), in a cohort taking both, with its own trainer. */
    private record Setting(Cohort cohort, Cooperative cooperative, Account trainee, Account trainer, Account otherTrainer,
            Course modeling, Course prototyping) {}

    private Setting setting() {
        String id = TestAccounts.unique();
        Cooperative cooperative = cooperatives.create(new CooperativeDetails("Coopérative Programme " + id, "تعاونية البرنامج " + id, null,
                "Laâyoune", LegalForm.COOPERATIVE, null, null, true, null, null, null, null));
        Account trainee = accounts.create(new NewAccount("prog." + id, "Hind Programme", "هند", Role.TRAINEE, PASSWORD, "fr",
                cooperative.getId(), true));
        Account trainer = accounts.create(new NewAccount("prog.trainer." + id, "Formatrice Programme", null, Role.TRAINER, PASSWORD, "fr",
                null, true));
        Account otherTrainer = accounts.create(new NewAccount("prog.other." + id, "Formatrice Ailleurs", null, Role.TRAINER, PASSWORD, "fr",
                null, true));
        Course modeling = course("modeling");
        Course prototyping = course("prototyping");
        enrollments.enroll(modeling.getId(), List.of(trainee.getId()));
        enrollments.enroll(prototyping.getId(), List.of(trainee.getId()));
        LocalDate start = LocalDate.of(2032, 3, 1);
        Cohort cohort = cohorts.create(new CohortDetails("Programme IT " + id, start, start.plusDays(59), List.of(cooperative.getId()),
                List.of(modeling.getId(), prototyping.getId())));
        assignments.create(new AssignmentDetails(cohort.getId(), modeling.getId(), trainer.getId(), start, start.plusDays(59)));
        Cooperative elsewhere = cooperatives.create(new CooperativeDetails("Coopérative Ailleurs " + id, "تعاونية أخرى " + id, null,
                "Tarfaya", LegalForm.COOPERATIVE, null, null, true, null, null, null, null));
        Cohort other = cohorts.create(new CohortDetails("Programme IT autre " + id, start, start.plusDays(59), List.of(elsewhere.getId()),
                List.of(modeling.getId())));
        assignments.create(new AssignmentDetails(other.getId(), modeling.getId(), otherTrainer.getId(), start, start.plusDays(59)));
        return new Setting(cohort, cooperative, trainee, trainer, otherTrainer, modeling, prototyping);
    }

    private Course course(String code) {
        return enrollments.courses().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static CourseTreatment treatmentOf(PersonalisedProgrammes.Programme programme, String code) {
        return programme.lines().stream().filter(l -> l.course().getCode().equals(code)).findFirst().orElseThrow().treatment();
    }

    @Test
    void theProposalFromTheNeedsIsStoredCourseByCourseAndAudited() {
        Setting s = setting();
        PersonalisedProgrammes.Programme before = programmes.of(s.cohort().getId(), s.cooperative().getId());
        assertFalse(before.isPersonalised());
        assertEquals(List.of(CourseTreatment.FULL, CourseTreatment.FULL), before.lines().stream().map(l -> l.treatment()).toList());

        programmes.proposeFromNeeds(s.cohort().getId(), s.cooperative().getId(), Map.of("modeling", 4, "prototyping", 3, "management", 0));

        PersonalisedProgrammes.Programme stored = programmes.of(s.cohort().getId(), s.cooperative().getId());
        assertTrue(stored.isPersonalised());
        assertEquals(List.of("modeling", "prototyping"), stored.lines().stream().map(l -> l.course().getCode()).toList(), "programme order");
        assertEquals(CourseTreatment.OPTIONAL, treatmentOf(stored, "modeling"));
        assertEquals(CourseTreatment.SHORTENED, treatmentOf(stored, "prototyping"));
        assertEquals(List.of(4, 3), stored.lines().stream().map(PersonalisedProgrammes.Line::needScore).toList());
        assertTrue(stored.lines().stream().allMatch(l -> l.origin() == PersonalisedCourse.Origin.PROPOSED));
        List<AuditEntry> entries = audit.page(new AuditFilter(null, "cohort", s.cooperative().getNameFr(), null, null), 0, 10);
        assertEquals(1, entries.stream().filter(e -> e.getAction().equals("programme.proposed")).count(), entries::toString);
        assertTrue(entries.get(0).getSummary().contains("modeling OPTIONAL, prototyping SHORTENED"), entries.get(0).getSummary());

        // A new assessment replaces the proposal; a topic it leaves out goes back to FULL.
        programmes.proposeFromNeeds(s.cohort().getId(), s.cooperative().getId(), Map.of("modeling", 1));
        PersonalisedProgrammes.Programme again = programmes.of(s.cohort().getId(), s.cooperative().getId());
        assertEquals(CourseTreatment.FULL, treatmentOf(again, "modeling"));
        assertEquals(CourseTreatment.FULL, treatmentOf(again, "prototyping"));
        assertNull(again.lines().get(1).needScore());
    }

    @Test
    void aScoreOutsideZeroToFourIsRefusedAndNothingIsStored() {
        Setting s = setting();
        Map<String, Integer> scores = new HashMap<>(Map.of("modeling", 4, "prototyping", 5));
        ProgrammeRuleViolation refused = assertThrows(ProgrammeRuleViolation.class,
                () -> programmes.proposeFromNeeds(s.cohort().getId(), s.cooperative().getId(), scores));
        assertEquals("personalised.scoreOutOfRange", refused.messageKey());
        scores.put("prototyping", -1);
        assertThrows(ProgrammeRuleViolation.class, () -> programmes.proposeFromNeeds(s.cohort().getId(), s.cooperative().getId(), scores));
        assertFalse(programmes.of(s.cohort().getId(), s.cooperative().getId()).isPersonalised(), "nothing half-written");
    }

    @Test
    void aCooperativeOutsideTheCohortOrAnUnknownCohortIsRefused() {
        Setting s = setting();
        Setting elsewhere = setting();
        ProgrammeRuleViolation refused = assertThrows(ProgrammeRuleViolation.class,
                () -> programmes.proposeFromNeeds(s.cohort().getId(), elsewhere.cooperative().getId(), Map.of("modeling", 4)));
        assertEquals("personalised.cooperativeNotInCohort", refused.messageKey());
        assertThrows(ma.maharat.training.control.CohortRuleViolation.class,
                () -> programmes.proposeFromNeeds(Long.MAX_VALUE, s.cooperative().getId(), Map.of()));
        assertEquals("personalised.courseNotInProgramme", assertThrows(ProgrammeRuleViolation.class,
                () -> programmes.adjust(s.cohort().getId(), s.cooperative().getId(), course("quality").getId(), CourseTreatment.OPTIONAL,
                        s.trainer().getId(), Role.TRAINER)).messageKey());
    }

    @Test
    void aTrainerOfTheCohortAndAnAdministratorAdjustItButATrainerOfAnotherCohortIsRefused() {
        Setting s = setting();
        long admin = accounts.byUsername("admin").orElseThrow().getId();
        ProgrammeRuleViolation refused = assertThrows(ProgrammeRuleViolation.class, () -> programmes.adjust(s.cohort().getId(),
                s.cooperative().getId(), s.prototyping().getId(), CourseTreatment.OPTIONAL, s.otherTrainer().getId(), Role.TRAINER));
        assertEquals("personalised.notAllowed", refused.messageKey());
        assertThrows(ProgrammeRuleViolation.class, () -> programmes.adjust(s.cohort().getId(), s.cooperative().getId(),
                s.prototyping().getId(), CourseTreatment.OPTIONAL, s.trainee().getId(), Role.TRAINEE), "a trainee");
        assertFalse(programmes.of(s.cohort().getId(), s.cooperative().getId()).isPersonalised());

        programmes.adjust(s.cohort().getId(), s.cooperative().getId(), s.prototyping().getId(), CourseTreatment.OPTIONAL,
                s.trainer().getId(), Role.TRAINER);
        PersonalisedProgrammes.Line line = programmes.of(s.cohort().getId(), s.cooperative().getId()).lines().get(1);
        assertEquals(CourseTreatment.OPTIONAL, line.treatment());
        assertEquals(PersonalisedCourse.Origin.ADJUSTED, line.origin());
        assertEquals("Formatrice Programme", line.changedBy());

        programmes.adjustAll(s.cohort().getId(), s.cooperative().getId(), Map.of(s.prototyping().getId(), CourseTreatment.SHORTENED,
                s.modeling().getId(), CourseTreatment.OPTIONAL), admin, Role.ADMIN);
        PersonalisedProgrammes.Programme adjusted = programmes.of(s.cohort().getId(), s.cooperative().getId());
        assertEquals(CourseTreatment.SHORTENED, treatmentOf(adjusted, "prototyping"));
        assertEquals(CourseTreatment.OPTIONAL, treatmentOf(adjusted, "modeling"));
        List<AuditEntry> entries = audit.page(new AuditFilter(null, "cohort", s.cooperative().getNameFr(), null, null), 0, 10).stream()
                .filter(e -> e.getAction().equals("programme.adjusted")).toList();
        assertEquals(3, entries.size(), entries::toString);
        assertTrue(entries.stream().anyMatch(e -> e.getSummary().contains("prototyping : Facultatif → Allégé")), entries::toString);
    }

    @Test
    void theAdjustPageShowsTheCohortToItsTrainerAndAnAdministratorAndRefusesATrainerOfAnotherCohort() throws Exception {
        Setting s = setting();
        String path = "trainer/programme.xhtml?cohort=" + s.cohort().getId();
        HttpResponse<String> own = WebClient.signedIn(base.toURI(), s.trainer().getUsername(), PASSWORD).get(path);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("id=\"cohort-name\"") && own.body().contains(s.cooperative().getNameFr()), own.body());
        assertTrue(own.body().contains("data-course=\"prototyping\" data-treatment=\"FULL\""), own.body());

        HttpResponse<String> other = WebClient.signedIn(base.toURI(), s.otherTrainer().getUsername(), PASSWORD).get(path);
        assertEquals(200, other.statusCode());
        assertTrue(other.body().contains("id=\"not-allowed\""));
        assertFalse(other.body().contains(s.cooperative().getNameFr()), "nothing of the cohort");
        assertFalse(other.body().contains("id=\"cohort-name\""));

        HttpResponse<String> trainee = WebClient.signedIn(base.toURI(), s.trainee().getUsername(), PASSWORD).get(path);
        assertEquals(403, trainee.statusCode());
        HttpResponse<String> unknown = WebClient.signedIn(base.toURI(), s.trainer().getUsername(), PASSWORD)
                .get("trainer/programme.xhtml?cohort=abc");
        assertEquals(404, unknown.statusCode());
    }

    @Test
    void aShortenedCourseCompletesWithoutItsPracticalWorkAndHerCertificateFollows() {
        Setting s = setting();
        finish(s.trainee().getId(), s.modeling());
        finish(s.trainee().getId(), s.prototyping());
        assertFalse(completed(s.trainee().getId(), "prototyping"), "lessons and quiz done, the T-shirt not signed off");
        assertFalse(eligibility.eligibilityOf(s.prototyping().getId(), s.trainee().getId()).isEligible());

        programmes.adjust(s.cohort().getId(), s.cooperative().getId(), s.prototyping().getId(), CourseTreatment.SHORTENED,
                s.trainer().getId(), Role.TRAINER);

        assertTrue(completed(s.trainee().getId(), "prototyping"), "the change rechecks her completion");
        Candidate candidate = eligibility.eligibilityOf(s.prototyping().getId(), s.trainee().getId());
        assertTrue(candidate.isEligible(), () -> candidate.incomplete().toString());
    }

    @Test
    void aCourseShortenedBeforehandCompletesAsSoonAsTheLessonsAndTheQuizAreDone() throws Exception {
        Setting s = setting();
        programmes.proposeFromNeeds(s.cohort().getId(), s.cooperative().getId(), Map.of("prototyping", 3));
        finish(s.trainee().getId(), s.modeling());
        finish(s.trainee().getId(), s.prototyping());
        assertTrue(completed(s.trainee().getId(), "prototyping"));
        WebClient trainee = WebClient.signedIn(base.toURI(), s.trainee().getUsername(), PASSWORD);
        assertTrue(trainee.get("learn/course.xhtml?code=prototyping").body().contains("id=\"practical-waived\""),
                "her course page says the practical work is not required of her");
        assertFalse(trainee.get("learn/course.xhtml?code=prototyping&lang=fr").body().contains("À valider pour terminer le cours"),
                "the T-shirt task is not marked required for her");
    }

    @Test
    void anOptionalCourseDoesNotHoldBackTheProgrammeNorItsCertificate() {
        Setting s = setting();
        finish(s.trainee().getId(), s.modeling());
        assertTrue(completed(s.trainee().getId(), "modeling"));
        Candidate before = programmeCandidate(s);
        assertFalse(before.isEligible(), "Prototyping still to do");
        assertFalse(progressOf(s).isComplete());

        programmes.adjust(s.cohort().getId(), s.cooperative().getId(), s.prototyping().getId(), CourseTreatment.OPTIONAL,
                s.trainer().getId(), Role.TRAINER);

        Candidate after = programmeCandidate(s);
        assertTrue(after.isEligible(), () -> after.incomplete().toString());
        assertFalse(after.standings().get(1).required());
        ProgrammeProgress programme = progressOf(s);
        assertEquals(CourseTreatment.OPTIONAL, programme.courses().get(1).treatment());
        assertTrue(programme.isComplete());
        assertFalse(completed(s.trainee().getId(), "prototyping"), "the optional course itself is not completed for her");

        // Both optional: nothing required, so no programme certificate (course certificates remain).
        programmes.adjust(s.cohort().getId(), s.cooperative().getId(), s.modeling().getId(), CourseTreatment.OPTIONAL,
                s.trainer().getId(), Role.TRAINER);
        assertFalse(programmeCandidate(s).isEligible());
        assertTrue(programmes.of(s.cohort().getId(), s.cooperative().getId()).isNothingRequired());
    }

    @Test
    void theTraineeSeesWhichCoursesAreOptionalForHerOnHerHomePage() throws Exception {
        Setting s = setting();
        programmes.proposeFromNeeds(s.cohort().getId(), s.cooperative().getId(), Map.of("prototyping", 4));
        assertEquals(java.util.Set.of(s.prototyping().getId()), programmes.optionalCoursesOf(s.trainee().getId()));
        HttpResponse<String> home = WebClient.signedIn(base.toURI(), s.trainee().getUsername(), PASSWORD).get("learn/");
        assertEquals(200, home.statusCode());
        String body = home.body();
        int prototyping = body.indexOf("id=\"course-prototyping\"");
        int modeling = body.indexOf("id=\"course-modeling\"");
        assertTrue(prototyping > 0 && modeling > 0, body);
        assertEquals(1, body.split("optional-badge", -1).length - 1, "one label, on one course");
        int label = body.indexOf("optional-badge");
        int next = body.indexOf("course-card", prototyping + 1);
        assertTrue(label > prototyping && (next < 0 || label < next), "the label sits on the Prototyping card");
    }

    private Candidate programmeCandidate(Setting s) {
        return eligibility.programmeEligibility(s.cohort().getId()).candidates().stream().filter(c -> c.accountId() == s.trainee().getId())
                .findFirst().orElseThrow();
    }

    private ProgrammeProgress progressOf(Setting s) {
        return progress.of(s.cohort().getId()).trainees().stream().filter(t -> t.accountId() == s.trainee().getId()).findFirst()
                .orElseThrow().progress();
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

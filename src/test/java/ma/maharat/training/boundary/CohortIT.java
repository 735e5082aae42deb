package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.TestAccounts;
import ma.maharat.WebClient;
import ma.maharat.audit.control.AuditFilter;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditEntry;
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
import ma.maharat.training.control.CohortEnrollment;
import ma.maharat.training.control.CohortRuleViolation;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cohorts on Payara and MariaDB: the V6 tables keep the programme's order, enrolling a cohort is
 * idempotent and picks up a trainee who joined a cooperative since, and the rules refuse bad cohorts
 * with message keys. Each test makes its own cooperatives and trainees, so tests do not see each
 * other's data; the courses are those the demo content imported.
 */
@ExtendWith(ArquillianExtension.class)
class CohortIT {

    private static final LocalDate START = LocalDate.of(2026, 9, 7);

    @Inject
    Cohorts cohorts;

    @Inject
    Cooperatives cooperatives;

    @Inject
    Accounts accounts;

    @Inject
    Enrollments enrollments;

    @Inject
    AuditTrail auditTrail;

    @ArquillianResource
    URL base;

    private Cooperative cooperative(String name) {
        return cooperatives.create(new CooperativeDetails(name, "تعاونية " + name, null, "Laâyoune", LegalForm.COOPERATIVE,
                null, null, true, null, null, null, null));
    }

    private Account trainee(String username, Cooperative cooperative) {
        return accounts.create(new NewAccount(username, "Stagiaire " + username, null, Role.TRAINEE, "cohort-it-Passw0rd", "fr",
                cooperative.getId(), true));
    }

    private List<Long> twoCourses() {
        List<Long> ids = enrollments.courses().stream().map(Course::getId).toList();
        assertTrue(ids.size() >= 2, "the demo content imports the courses");
        return List.of(ids.get(1), ids.get(0));
    }

    private static List<String> problems(CohortRuleViolation violation) {
        return violation.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aCohortKeepsItsPeriodCooperativesAndTheOrderOfItsProgramme() {
        String id = TestAccounts.unique();
        Cooperative atlas = cooperative("Coopérative Atlas " + id);
        Cooperative oasis = cooperative("Coopérative Oasis " + id);
        List<Long> programme = twoCourses();
        Cohort created = cohorts.create(new CohortDetails("  Cycle " + id, START, START.plusDays(59),
                List.of(oasis.getId(), atlas.getId()), programme));

        Cohort found = cohorts.find(created.getId());
        assertEquals("Cycle " + id, found.getName());
        assertEquals(60, found.lengthInDays());
        assertEquals(List.of(atlas.getId(), oasis.getId()), found.getCooperatives().stream().map(Cooperative::getId).toList());
        assertEquals(programme, found.getProgramme().stream().map(Course::getId).toList(), "the programme keeps its order");

        List<Long> reversed = List.of(programme.get(1), programme.get(0));
        cohorts.update(created.getId(), new CohortDetails("Cycle " + id, START, START.plusDays(29), List.of(atlas.getId()), reversed));
        Cohort updated = cohorts.find(created.getId());
        assertEquals(30, updated.lengthInDays());
        assertEquals(List.of(atlas.getId()), updated.getCooperatives().stream().map(Cooperative::getId).toList());
        assertEquals(reversed, updated.getProgramme().stream().map(Course::getId).toList());
        assertTrue(cohorts.all().stream().anyMatch(c -> c.getId().equals(created.getId())));
    }

    @Test
    void enrollingAgainAddsOnlyTheTraineeWhoJoinedACooperativeSince() {
        String id = TestAccounts.unique();
        Cooperative atlas = cooperative("Coopérative Atlas " + id);
        Cooperative oasis = cooperative("Coopérative Oasis " + id);
        Account amina = trainee("amina." + id, atlas);
        trainee("leila." + id, atlas);
        trainee("rkia." + id, oasis);
        List<Long> programme = twoCourses();
        enrollments.enroll(programme.get(0), List.of(amina.getId()));
        Cohort cohort = cohorts.create(new CohortDetails("Cycle " + id, START, START.plusDays(59),
                List.of(atlas.getId(), oasis.getId()), programme));

        assertEquals(new CohortEnrollment(3, 5, 1), cohorts.enrollCohort(cohort.getId()),
                "three trainees in two courses, one enrolment made beforehand");
        assertEquals(3L, cohorts.traineeCounts().get(cohort.getId()));
        assertEquals(new CohortEnrollment(3, 0, 6), cohorts.enrollCohort(cohort.getId()), "enrolling again changes nothing");

        Account zahra = trainee("zahra." + id, oasis);
        assertEquals(new CohortEnrollment(4, 2, 6), cohorts.enrollCohort(cohort.getId()), "only the newcomer is added");
        for (Long course : programme) {
            assertTrue(enrollments.ofCourse(course).stream().anyMatch(e -> e.getTrainee().getId().equals(zahra.getId())));
        }
    }

    @Test
    void badCohortsAreRefusedWithAMessageKeyForEachField() {
        String id = TestAccounts.unique();
        Cooperative atlas = cooperative("Coopérative Atlas " + id);
        List<Long> programme = twoCourses();

        CohortRuleViolation empty = assertThrows(CohortRuleViolation.class,
                () -> cohorts.create(new CohortDetails(" ", START, START.plusDays(59), List.of(), List.of())));
        assertEquals("cohort.notSaved", empty.messageKey());
        assertEquals(List.of("name:cohort.required", "cooperatives:cohort.noCooperative", "programme:cohort.noCourse"), problems(empty));

        CohortRuleViolation backwards = assertThrows(CohortRuleViolation.class,
                () -> cohorts.create(new CohortDetails("Cycle " + id, START, START, List.of(atlas.getId()), programme)));
        assertEquals(List.of("end-date:cohort.endNotAfterStart"), problems(backwards));

        CohortRuleViolation unknown = assertThrows(CohortRuleViolation.class,
                () -> cohorts.create(new CohortDetails("Cycle " + id, START, START.plusDays(1), List.of(-1L), List.of(-1L))));
        assertEquals(List.of("cooperatives:cohort.unknownCooperative", "programme:cohort.unknownCourse"), problems(unknown));

        Cohort first = cohorts.create(new CohortDetails("Cycle " + id, START, START.plusDays(59), List.of(atlas.getId()), programme));
        CohortRuleViolation taken = assertThrows(CohortRuleViolation.class,
                () -> cohorts.create(new CohortDetails("CYCLE " + id, START, START.plusDays(59), List.of(atlas.getId()), programme)));
        assertEquals(List.of("name:cohort.nameTaken"), problems(taken));
        cohorts.update(first.getId(), new CohortDetails("Cycle " + id, START, START.plusDays(10), List.of(atlas.getId()), programme));
        List<String> logged = auditTrail.page(new AuditFilter(null, "cohort", "Cycle " + id, null, null), 0, 10).stream()
                .map(e -> e.getAction() + " " + e.getSubjectId() + " by " + e.getActor()).toList();
        assertEquals(List.of("cohort.updated " + first.getId() + " by " + AuditEntry.SYSTEM,
                "cohort.created " + first.getId() + " by " + AuditEntry.SYSTEM), logged,
                "the audit log holds the saved cohort's changes, latest first, and nothing of the refused ones");

        assertEquals("cohort.notFound", assertThrows(CohortRuleViolation.class, () -> cohorts.enrollCohort(-1L)).messageKey());
    }

    @Test
    void theDemoCohortTakesTheFourCooperativesThroughTheSixCoursesAlreadyEnrolled() {
        Cohort demo = cohorts.all().stream().filter(c -> c.getName().equals("Cycle 1 — 2026")).findFirst().orElseThrow();
        assertEquals(60, demo.lengthInDays());
        assertEquals(4, demo.getCooperatives().size());
        assertEquals(List.of("sourcing", "modeling", "prototyping", "quality", "production", "marketing"),
                demo.getProgramme().stream().map(Course::getCode).toList());
        cohorts.enrollCohort(demo.getId());
        CohortEnrollment again = cohorts.enrollCohort(demo.getId());
        assertEquals(0, again.enrolled());
        assertEquals(again.trainees() * 6, again.alreadyEnrolled());
        assertTrue(again.trainees() >= 9);
    }

    @Test
    @RunAsClient
    void administratorSeesTheCohortsAndTheirForm() throws URISyntaxException {
        WebClient client = new WebClient(base.toURI());
        client.signIn("admin", "admin-it-Passw0rd");
        HttpResponse<String> page = client.get("admin/cohorts.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Cycle 1 — 2026"), page.body());
        assertTrue(page.body().contains("cohort:programme"));
        assertTrue(page.body().contains("menu-cohorts"));
    }

    @Test
    @RunAsClient
    void administratorCreatesACohortFromTheFormAndBadDatesStayOut() throws URISyntaxException {
        WebClient client = new WebClient(base.toURI());
        client.signIn("admin", "admin-it-Passw0rd");
        String id = TestAccounts.unique();
        String page = client.get("admin/cohorts.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("cohort", "cohort");
        form.put("cohort:name", "Cycle web " + id);
        form.put("cohort:start-date_input", "07/09/2026");
        form.put("cohort:end-date_input", "05/11/2026");
        form.put("cohort:cooperatives", WebClient.firstMatch(page, "name=\"cohort:cooperatives\" type=\"checkbox\" value=\"(\\d+)\""));
        form.put("cohort:programme_target", WebClient.firstMatch(page, "data-item-value=\"(\\d+)\""));
        form.put("cohort:save", "cohort:save");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        HttpResponse<String> saved = client.postForm("admin/cohorts.xhtml", form);
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("<bdi class=\"cohort-name\">Cycle web " + id + "</bdi>"), "the new cohort is listed: " + saved.body());
        assertTrue(saved.body().contains("ui-messages-info"), saved.body());

        String again = client.get("admin/cohorts.xhtml").body();
        form.put("cohort:name", "Cycle inversé " + id);
        form.put("cohort:end-date_input", "01/09/2026");
        form.put("jakarta.faces.ViewState", WebClient.viewState(again));
        HttpResponse<String> refused = client.postForm("admin/cohorts.xhtml", form);
        assertTrue(refused.body().contains("ui-message-error"), refused.body());
        assertFalse(refused.body().contains("<bdi class=\"cohort-name\">Cycle inversé " + id + "</bdi>"), "a refused cohort is not listed");

        String audit = client.get("admin/audit.xhtml").body();
        Matcher entry = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*Cycle web " + id + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL).matcher(audit);
        assertTrue(entry.find(), "the administrators' audit log shows the new cohort: " + audit);
        assertTrue(entry.group().contains(">admin<") && entry.group().contains("cohort.created"), entry.group());
        assertFalse(audit.contains("Cycle inversé " + id), "a refused change leaves no entry");
    }
}

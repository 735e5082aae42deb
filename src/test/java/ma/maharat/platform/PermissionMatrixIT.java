package ma.maharat.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import ma.maharat.WebClient;
import ma.maharat.certificate.entity.Certificate;
import ma.maharat.course.entity.Course;
import ma.maharat.demo.DemoCertificates;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.entity.Account;
import ma.maharat.training.control.TrainerAssignments;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open what: every page of the application (found in the deployed application, so a new page
 * cannot be forgotten), every endpoint, and the pages and downloads whose permission depends on the
 * object (a cohort, a session, a course, a photo), asked by five people — anonymous, a trainee, a
 * trainer not assigned to the object, a trainer assigned to it, an administrator — with the demo data
 * set. The test fails on any unexpected allow, and on any unexpected refusal. Public verification is
 * asked about 20 times, under the per-client limit of 30 lookups a minute.
 *
 * <p>A refusal is a 401, a 403, a redirect to the sign-in page, or a 404 (objects that are not yours
 * are answered as if they did not exist); for object pages that answer 200 with a refusal in the page,
 * the page's own markers decide.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionMatrixIT {

    private static final String DEMO_PASSWORD = "maharat-demo";
    private static final String ADMIN_PASSWORD = "admin-it-Passw0rd";

    enum Who {
        ANONYMOUS(null), TRAINEE("fatima.zahra"), TRAINER_NOT_ASSIGNED("omar.alaoui"), TRAINER_ASSIGNED("samira.bennani"),
        ADMIN("admin");

        final String username;

        Who(String username) {
            this.username = username;
        }

        String password() {
            return this == ADMIN ? ADMIN_PASSWORD : DEMO_PASSWORD;
        }
    }

    enum Outcome { ALLOWED, DENIED, ERROR }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> TRAINERS = EnumSet.of(Who.TRAINER_NOT_ASSIGNED, Who.TRAINER_ASSIGNED);

    @Inject
    ServletContext servletContext;

    @Inject
    Accounts accounts;

    @Inject
    TrainerAssignments assignments;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

    /** One thing to open, who may, and how to read the answer. */
    record Check(String what, Set<Who> allowed, Function<Session, Outcome> probe) {}

    /** A person's browser (session cookie) and, for the API, their Basic credentials. */
    record Session(Who who, WebClient browser, String authorization) {}

    @Test
    void nobodyOpensWhatIsNotTheirsAndEveryoneOpensWhatIs() throws URISyntaxException {
        Map<Who, Session> sessions = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            WebClient browser = new WebClient(base.toURI());
            if (who.username != null) {
                assertEquals(302, browser.signIn(who.username, who.password()).statusCode(), who + " signs in");
            }
            sessions.put(who, new Session(who, browser, who.username == null ? null : WebClient.basic(who.username, who.password())));
        }

        List<Check> checks = new ArrayList<>();
        List<String> pages = pages();
        assertTrue(pages.size() >= 25, "pages found in the application: " + pages);
        for (String page : pages) {
            checks.add(new Check(page, areaAllows(page), s -> page(s, page)));
        }
        checks.addAll(endpoints());
        checks.addAll(objectPages());

        List<String> unexpectedAllows = new ArrayList<>();
        List<String> unexpectedRefusals = new ArrayList<>();
        for (Check check : checks) {
            for (Who who : Who.values()) {
                Outcome outcome = check.probe().apply(sessions.get(who));
                boolean expected = check.allowed().contains(who);
                if (outcome == Outcome.ERROR) {
                    unexpectedRefusals.add(who + " " + check.what() + " -> error");
                } else if (outcome == Outcome.ALLOWED && !expected) {
                    unexpectedAllows.add(who + " " + check.what());
                } else if (outcome == Outcome.DENIED && expected) {
                    unexpectedRefusals.add(who + " " + check.what());
                }
            }
        }
        assertEquals(List.of(), unexpectedAllows, "unexpected allows over " + checks.size() + " checks");
        assertEquals(List.of(), unexpectedRefusals, "unexpected refusals over " + checks.size() + " checks");
    }

    /** Every Faces page of the deployed application, outside WEB-INF and resources. */
    private List<String> pages() {
        Set<String> found = new TreeSet<>();
        collect("/", found);
        return new ArrayList<>(found);
    }

    private void collect(String folder, Set<String> found) {
        Set<String> paths = servletContext.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/") || path.startsWith("/resources/")) {
                continue;
            }
            if (path.endsWith("/")) {
                collect(path, found);
            } else if (path.endsWith(".xhtml")) {
                found.add(path.substring(1));
            }
        }
    }

    /** Who the area of a page (its first folder) lets in. */
    private static Set<Who> areaAllows(String page) {
        String area = page.contains("/") ? page.substring(0, page.indexOf('/')) : "";
        return switch (area) {
            // The president's follow-up form: open to anyone, the link's token is the permission (an unknown one: a 404 page).
            case "", "verify", "follow-up", "apply" -> EVERYONE;
            case "learn" -> EnumSet.of(Who.TRAINEE);
            case "trainer" -> TRAINERS;
            case "admin" -> EnumSet.of(Who.ADMIN);
            case "author" -> EnumSet.of(Who.TRAINER_NOT_ASSIGNED, Who.TRAINER_ASSIGNED, Who.ADMIN);
            case "profile" -> SIGNED_IN;
            // Picture sign-in: only on the center's registered terminals, which none of these browsers is (404).
            case "pictures" -> EnumSet.noneOf(Who.class);
            default -> throw new AssertionError("A page in an area this test does not know: " + page
                    + " — say who may open it in PermissionMatrixIT.areaAllows");
        };
    }

    private List<Check> endpoints() {
        Course modeling = course("modeling");
        String firstLesson = modeling.currentLessons().get(0).getCode();
        long cohort = cohortOfAssignedTrainerOnly();
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("lesson page", EnumSet.of(Who.TRAINEE),
                s -> page(s, "learn/lesson.xhtml?course=modeling&lesson=" + firstLesson)));
        checks.add(new Check("still here (a trainee's shared terminal)", EnumSet.of(Who.TRAINEE), s -> page(s, "learn/still-here")));
        checks.add(new Check("course media", SIGNED_IN, s -> page(s, "course-media/quality/" + anyMediaOf("quality"))));
        // Every demo trainee is enrolled in sourcing; LessonAudioIT refuses a trainee who is not.
        checks.add(new Check("a lesson's audio reading", SIGNED_IN, s -> bytes(s, "lesson-audio/sourcing/fibres-and-fabrics.fr.mp3")));
        checks.add(new Check("GET api/me", SIGNED_IN, s -> api(s, "api/me")));
        checks.add(new Check("GET api/courses", SIGNED_IN, s -> api(s, "api/courses")));
        checks.add(new Check("GET api/me/progress", EnumSet.of(Who.TRAINEE), s -> api(s, "api/me/progress")));
        checks.add(new Check("GET api/cooperatives", EnumSet.of(Who.ADMIN), s -> api(s, "api/cooperatives")));
        checks.add(new Check("GET api/cohorts", EnumSet.of(Who.ADMIN), s -> api(s, "api/cohorts")));
        checks.add(new Check("GET api/calls", EVERYONE, s -> api(s, "api/calls")));
        checks.add(new Check("GET api/cohorts/{id}/progress", EnumSet.of(Who.ADMIN), s -> api(s, "api/cohorts/" + cohort + "/progress")));
        checks.add(new Check("POST api/gift/parse", EnumSet.of(Who.TRAINER_NOT_ASSIGNED, Who.TRAINER_ASSIGNED, Who.ADMIN),
                s -> classify(s.authorization() == null
                        ? s.browser().post("api/gift/parse", "text/plain", "::Q:: 2 + 2 = {=4 ~5}", "Basic")
                        : s.browser().post("api/gift/parse", "text/plain", "::Q:: 2 + 2 = {=4 ~5}", s.authorization()))));
        checks.add(new Check("cohort progress CSV", EnumSet.of(Who.TRAINER_ASSIGNED),
                s -> bytes(s, "trainer/cohort-progress.csv?cohort=" + cohort)));
        checks.add(new Check("cohort progress XLSX", EnumSet.of(Who.TRAINER_ASSIGNED),
                s -> bytes(s, "trainer/cohort-progress.xlsx?cohort=" + cohort)));
        // A quiz of a course Samira teaches and Omar does not: the per-response export is hers only.
        long quiz = em.createQuery("SELECT q.id FROM Quiz q WHERE q.archivedAt IS NULL"
                        + " AND EXISTS (SELECT t.id FROM TrainerAssignment t WHERE t.course.id = q.course.id AND t.trainer.id = :assigned)"
                        + " AND NOT EXISTS (SELECT u.id FROM TrainerAssignment u WHERE u.course.id = q.course.id AND u.trainer.id = :other) ORDER BY q.id",
                        Long.class)
                .setParameter("assigned", accountId(Who.TRAINER_ASSIGNED.username)).setParameter("other", accountId(Who.TRAINER_NOT_ASSIGNED.username))
                .setMaxResults(1).getSingleResult();
        checks.add(new Check("quiz responses CSV", EnumSet.of(Who.TRAINER_ASSIGNED), s -> bytes(s, "trainer/quiz-responses.csv?quiz=" + quiz)));
        checks.add(new Check("CSV import template", EnumSet.of(Who.ADMIN), s -> bytes(s, "admin/csv-template/members.csv")));
        checks.add(new Check("GET api/reports/impact", EnumSet.of(Who.ADMIN), s -> api(s, "api/reports/impact")));
        checks.add(new Check("impact CSV", EnumSet.of(Who.ADMIN), s -> bytes(s, "admin/impact.csv")));
        checks.add(new Check("impact XLSX", EnumSet.of(Who.ADMIN), s -> bytes(s, "admin/impact.xlsx")));
        checks.add(new Check("partners' report PDF", EnumSet.of(Who.ADMIN), s -> bytes(s, "admin/impact-report.pdf?language=ar")));
        return checks;
    }

    private List<Check> objectPages() {
        long cohort = cohortOfAssignedTrainerOnly();
        long samira = accountId(Who.TRAINER_ASSIGNED.username);
        Long session = em.createQuery("SELECT s.id FROM TrainingSession s WHERE s.trainer.id = :trainer ORDER BY s.id", Long.class)
                .setParameter("trainer", samira).setMaxResults(1).getSingleResult();
        Long photo = em.createQuery("SELECT p.id FROM SignOffPhoto p WHERE p.signOff.trainee.id = :trainee ORDER BY p.id", Long.class)
                .setParameter("trainee", accountId(Who.TRAINEE.username)).setMaxResults(1).getSingleResult();
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("cohort progress grid of an assigned cohort", EnumSet.of(Who.TRAINER_ASSIGNED),
                s -> marked(s, "trainer/cohort-progress.xhtml?cohort=" + cohort, "id=\"cohort-name\"", "id=\"not-assigned\"")));
        checks.add(new Check("personalised programmes of an assigned cohort", EnumSet.of(Who.TRAINER_ASSIGNED),
                s -> marked(s, "trainer/programme.xhtml?cohort=" + cohort, "id=\"cohort-name\"", "id=\"not-allowed\"")));
        checks.add(new Check("personalised programmes of a cohort, administrators' address", EnumSet.of(Who.ADMIN),
                s -> marked(s, "admin/programme.xhtml?cohort=" + cohort, "id=\"cohort-name\"", "id=\"not-allowed\"")));
        checks.add(new Check("picture cards of an assigned cohort", EnumSet.of(Who.TRAINER_ASSIGNED),
                s -> page(s, "trainer/picture-cards.xhtml?cohort=" + cohort)));
        checks.add(new Check("picture cards of a cohort, administrators' address", EnumSet.of(Who.ADMIN),
                s -> page(s, "admin/picture-cards.xhtml?cohort=" + cohort)));
        checks.add(new Check("attendance sheet of the trainer's session", EnumSet.of(Who.TRAINER_ASSIGNED),
                s -> marked(s, "trainer/attendance.xhtml?session=" + session, "id=\"session-title\"", "id=\"refusal\"")));
        long followed = traineeOfAssignedTrainerOnly();
        checks.add(new Check("the page of a trainee of an assigned cohort", EnumSet.of(Who.TRAINER_ASSIGNED),
                s -> page(s, "trainer/trainee.xhtml?id=" + followed)));
        checks.add(new Check("a trainee's page, administrators' address", EnumSet.of(Who.ADMIN),
                s -> page(s, "admin/trainee.xhtml?id=" + followed)));
        checks.add(new Check("attendance sheet PDF of the trainer's session", EnumSet.of(Who.TRAINER_ASSIGNED),
                s -> bytes(s, "trainer/attendance.pdf?session=" + session + "&language=ar")));
        checks.add(new Check("a certificate's preview before issuing", EnumSet.of(Who.ADMIN),
                s -> bytes(s, "admin/certificate-preview.pdf?course=" + course("modeling").getId() + "&holder="
                        + accountId(Who.TRAINEE.username))));
        checks.add(new Check("authoring an assigned course", EnumSet.of(Who.TRAINER_ASSIGNED, Who.ADMIN),
                s -> page(s, "author/course.xhtml?code=prototyping")));
        checks.add(new Check("GET api/courses/{code}/questions.xml of an assigned course", EnumSet.of(Who.TRAINER_ASSIGNED, Who.ADMIN),
                s -> api(s, "api/courses/prototyping/questions.xml?language=ar")));
        checks.add(new Check("GET api/courses/{code}/questions.gift of an assigned course", EnumSet.of(Who.TRAINER_ASSIGNED, Who.ADMIN),
                s -> api(s, "api/courses/prototyping/questions.gift")));
        String valid = DemoCertificates.VALID_CODE;
        long own = certificateId(valid);
        long someoneElses = certificateId(DemoCertificates.REVOKED_CODE);
        checks.add(new Check("her own certificate's PDF", EnumSet.of(Who.TRAINEE), s -> bytes(s, "learn/certificate/" + own + ".pdf")));
        checks.add(new Check("another trainee's certificate PDF", EnumSet.noneOf(Who.class),
                s -> bytes(s, "learn/certificate/" + someoneElses + ".pdf")));
        checks.add(new Check("a certificate's PDF, administrators' address", EnumSet.of(Who.ADMIN),
                s -> bytes(s, "admin/certificate/" + own + ".pdf")));
        checks.add(new Check("GET api/certificates", EnumSet.of(Who.ADMIN), s -> api(s, "api/certificates")));
        checks.add(new Check("GET api/verify/{code}", EVERYONE, s -> page(s, "api/verify/" + valid)));
        checks.add(new Check("verification page of a code", EVERYONE, s -> page(s, "verify/" + valid)));
        checks.add(new Check("public credential", EVERYONE, s -> bytes(s, "verify/" + valid + "/credential.json")));
        checks.add(new Check("published status list", EVERYONE, s -> bytes(s, "verify/status/1")));
        checks.add(new Check("the trainee's practical-work photo", EnumSet.of(Who.TRAINEE, Who.TRAINER_ASSIGNED, Who.ADMIN),
                s -> bytes(s, "practical-photo/" + photo)));
        return checks;
    }

    /** A cohort the assigned trainer teaches in and the other trainer does not. */
    private long cohortOfAssignedTrainerOnly() {
        Set<Long> cohorts = new TreeSet<>(assignments.cohortIdsOf(accountId(Who.TRAINER_ASSIGNED.username)));
        cohorts.removeAll(assignments.cohortIdsOf(accountId(Who.TRAINER_NOT_ASSIGNED.username)));
        assertFalse(cohorts.isEmpty(), "the demo data assigns Samira to a cohort Omar does not teach in");
        return cohorts.iterator().next();
    }

    /** A trainee the assigned trainer follows and the other trainer does not. */
    private long traineeOfAssignedTrainerOnly() {
        Set<Long> trainees = new TreeSet<>(assignments.traineeIdsOf(accountId(Who.TRAINER_ASSIGNED.username)));
        trainees.removeAll(assignments.traineeIdsOf(accountId(Who.TRAINER_NOT_ASSIGNED.username)));
        assertFalse(trainees.isEmpty(), "the demo data gives Samira trainees Omar does not teach");
        return trainees.iterator().next();
    }

    private long certificateId(String code) {
        return em.createNamedQuery(Certificate.BY_CODE, Certificate.class).setParameter("code", code).getSingleResult().getId();
    }

    private long accountId(String username) {
        return accounts.byUsername(username).map(Account::getId).orElseThrow();
    }

    private Course course(String code) {
        return em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", code).getSingleResult();
    }

    private String anyMediaOf(String courseCode) {
        return em.createQuery("SELECT m.path FROM CourseMedia m WHERE m.course.code = :code AND m.path LIKE 'media/%' ORDER BY m.path", String.class)
                .setParameter("code", courseCode).setMaxResults(1).getSingleResult();
    }

    private static Outcome page(Session session, String path) {
        return classify(session.browser().get(path));
    }

    private static Outcome bytes(Session session, String path) {
        return classify(session.browser().getBytes(path));
    }

    private static Outcome api(Session session, String path) {
        return classify(session.authorization() == null ? session.browser().get(path) : session.browser().get(path, session.authorization()));
    }

    /** A page that answers 200 either way: its markers say whether it showed the object or refused. */
    private static Outcome marked(Session session, String path, String shownMarker, String refusedMarker) {
        HttpResponse<String> response = session.browser().get(path);
        Outcome byStatus = classify(response);
        if (byStatus != Outcome.ALLOWED) {
            return byStatus;
        }
        boolean shown = response.body().contains(shownMarker);
        boolean refused = response.body().contains(refusedMarker);
        return shown && !refused ? Outcome.ALLOWED : refused && !shown ? Outcome.DENIED : Outcome.ERROR;
    }

    private static Outcome classify(HttpResponse<?> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status == 401 || status == 403 || status == 404 || (status / 100 == 3 && location.contains("login"))) {
            return Outcome.DENIED;
        }
        return status >= 400 ? Outcome.ERROR : Outcome.ALLOWED;
    }
}

package ma.maharat.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.maharat.WebClient;
import ma.maharat.course.entity.Course;
import ma.maharat.day.control.Cycle;
import ma.maharat.day.control.PlannedSession;
import ma.maharat.day.control.TraineeDay;
import ma.maharat.identity.control.Accounts;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.training.control.Attendances;
import ma.maharat.training.control.TrainingSessions;
import ma.maharat.training.entity.AttendanceStatus;
import ma.maharat.training.entity.TrainingSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The queries behind a trainee's day against the real database and the demo data set: her cycle and its
 * programme's positions (cohort_course.position), every session of her cycle with her own attendance and
 * nobody else's, and the quiz she left running. Uses demo trainees of the second cycle no other test uses
 * (Nadia El Haddad, Meriem Lamrani, Soukaina Ma El Ainine). Also My certificates' states for a trainee
 * who completed nothing, then a course the center has not issued a certificate for yet.
 */
@ExtendWith(ArquillianExtension.class)
class TraineeDayIT {

    private static final String SECOND_CYCLE = "Cycle 2 — Laâyoune et Boujdour";

    @Inject
    TraineeDay day;

    @Inject
    Accounts accounts;

    @Inject
    TrainingSessions sessions;

    @Inject
    Attendances attendances;

    @Inject
    Attempts attempts;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @ArquillianResource
    URL base;

    private long id(String username) {
        return accounts.byUsername(username).orElseThrow().getId();
    }

    @Test
    void herCycleComesWithItsProgrammeInOrder() {
        List<Cycle> cycles = day.cyclesOf(id("nadia.elhaddad"));
        assertEquals(List.of(SECOND_CYCLE), cycles.stream().map(Cycle::name).toList(), "her cooperative takes part in the second cycle only");
        Map<Long, String> codes = em.createQuery("SELECT c FROM Course c", Course.class).getResultList().stream()
                .collect(Collectors.toMap(Course::getId, Course::getCode));
        List<String> programme = cycles.get(0).programme().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> codes.get(e.getKey())).toList();
        assertEquals(List.of("sourcing", "modeling", "prototyping", "quality", "production", "marketing"), programme);
    }

    @Test
    void everySessionOfHerCycleComesWithHerOwnAttendanceOnly() {
        long nadia = id("nadia.elhaddad");
        long meriem = id("meriem.lamrani");
        Cycle cycle = day.cyclesOf(nadia).get(0);
        List<PlannedSession> hers = day.sessions(nadia, List.of(cycle.id()), cycle.firstDay(), cycle.lastDay().plusDays(1), 500);
        List<TrainingSession> planned = sessions.between(cycle.firstDay(), cycle.lastDay().plusDays(1), cycle.id(), null, null);
        assertEquals(planned.stream().map(TrainingSession::getId).toList(), hers.stream().map(PlannedSession::id).toList(),
                "all the cycle's sessions, by day and time");

        int compared = 0;
        boolean differs = false;
        List<PlannedSession> meriems = day.sessions(meriem, List.of(cycle.id()), cycle.firstDay(), cycle.lastDay().plusDays(1), 500);
        for (int i = 0; i < hers.size(); i++) {
            PlannedSession session = hers.get(i);
            var sheet = attendances.sheet(session.id(), planned.get(i).getTrainer().getId(), false);
            AttendanceStatus recorded = sheet.lines().stream().filter(l -> l.traineeId() == nadia).findFirst().orElseThrow().status();
            assertEquals(recorded, session.attendance(), "her attendance of session " + session.id());
            differs |= session.attendance() != meriems.get(i).attendance();
            compared += recorded == null ? 0 : 1;
        }
        assertTrue(compared >= 8, "three weeks of attendance are recorded in the demo: " + compared);
        assertTrue(differs, "Nadia was absent when Meriem came: each reads her own");
        assertTrue(hers.stream().anyMatch(s -> s.attendance() == AttendanceStatus.ABSENT));
    }

    @Test
    void aQuizLeftRunningIsFoundWithItsDeadlineAndNotOnceHandedIn() {
        long soukaina = id("soukaina.maelainine");
        assertTrue(day.runningQuiz(soukaina, Instant.now()).isEmpty());
        var attempt = attempts.startOrResume(soukaina, "modeling", "course", Language.AR);
        var running = day.runningQuiz(soukaina, Instant.now()).orElseThrow();
        assertEquals(attempt.getId(), running.attemptId());
        assertEquals("modeling", running.course().getCode());
        assertTrue(running.lesson().isEmpty(), "the course's final quiz");
        long left = running.secondsLeft(Instant.now());
        assertTrue(left > Duration.ofMinutes(19).toSeconds() && left <= Duration.ofMinutes(20).toSeconds(), "20 minutes: " + left);
        assertTrue(day.runningQuiz(soukaina, running.deadline().orElseThrow().plusSeconds(1)).isEmpty(), "not once time is up");
        assertTrue(day.runningQuiz(id("nadia.elhaddad"), Instant.now()).isEmpty(), "nobody else's");

        attempts.submit(soukaina, attempt.getId());
        assertFalse(day.runningQuiz(soukaina, Instant.now()).isPresent(), "handed in");
    }

    @Test
    void myCertificatesSaysACompletedCourseIsToComeAndEncouragesOnlyWhoCompletedNothing() throws Exception {
        long meriem = id("meriem.lamrani");
        WebClient browser = new WebClient(base.toURI());
        assertEquals(302, browser.signIn("meriem.lamrani", "maharat-demo").statusCode());
        assertEquals(302, browser.get("learn/certificates.xhtml?lang=fr").statusCode(), "French chosen, then the page without the parameter");
        HttpResponse<String> nothingYet = browser.get("learn/certificates.xhtml");
        assertEquals(200, nothingYet.statusCode());
        assertTrue(nothingYet.body().contains("id=\"no-certificates\""), "she completed nothing: finish a course");
        assertFalse(nothingYet.body().contains("id=\"awaited-certificates\""));

        // She completes Quality (as if its lessons, quiz and tasks were done): no certificate is issued yet.
        setCompleted(meriem, "quality", true);
        try {
            HttpResponse<String> completed = browser.get("learn/certificates.xhtml");
            assertTrue(completed.body().contains("id=\"awaited-quality\""), "the course to come is named");
            assertTrue(completed.body().contains("Le centre va vous délivrer votre attestation"), completed.body());
            assertFalse(completed.body().contains("id=\"no-certificates\""), "she is not told to finish a course she finished");
        } finally {
            setCompleted(meriem, "quality", false);
        }
    }

    private void setCompleted(long trainee, String course, boolean completed) throws Exception {
        transaction.begin();
        Long courseId = em.createQuery("SELECT c.id FROM Course c WHERE c.code = :code", Long.class).setParameter("code", course)
                .getSingleResult();
        var update = completed
                ? em.createQuery("UPDATE Enrollment e SET e.completedAt = :at WHERE e.trainee.id = :trainee AND e.course.id = :course")
                        .setParameter("at", Instant.now())
                : em.createQuery("UPDATE Enrollment e SET e.completedAt = NULL WHERE e.trainee.id = :trainee AND e.course.id = :course");
        assertEquals(1, update.setParameter("trainee", trainee).setParameter("course", courseId).executeUpdate());
        transaction.commit();
    }
}

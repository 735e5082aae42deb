package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import ma.maharat.WebClient;
import ma.maharat.audit.control.AuditFilter;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditEntry;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.training.control.Attendances;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.SessionConflicts.Kind;
import ma.maharat.training.control.SessionRuleViolation;
import ma.maharat.training.control.TrainerAssignments;
import ma.maharat.training.control.TrainingSessions;
import ma.maharat.training.entity.AssignmentDetails;
import ma.maharat.training.entity.AttendanceStatus;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import ma.maharat.training.entity.Room;
import ma.maharat.training.entity.SessionDetails;
import ma.maharat.training.entity.TrainerAssignment;
import ma.maharat.training.entity.TrainingSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Trainers' assignments, sessions and attendance against the real database: planning through the
 * rules with nothing half-written when refused, two bookings of the same trainer at the same time of
 * which exactly one wins, attendance read back, and trainers kept to their own cohorts and sessions.
 * Each test builds its own cohort years ahead, so the demo planning never gets in the way.
 */
@ExtendWith(ArquillianExtension.class)
class PlanningIT {

    private static final String PASSWORD = "maharat-demo";

    @Inject
    TrainerAssignments assignments;

    @Inject
    TrainingSessions sessions;

    @Inject
    Attendances attendances;

    @Inject
    Cohorts cohorts;

    @Inject
    Cooperatives cooperatives;

    @Inject
    Enrollments enrollments;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @ArquillianResource
    URL base;

    /** A cohort of the first demo cooperative (Tifawin, three trainees) taking Modeling and Sourcing in the given year's March to May. */
    private Cohort cohortIn(int year) {
        Cooperative tifawin = cooperatives.all().stream().filter(c -> c.getNameFr().equals("Coopérative Tifawin de couture"))
                .findFirst().orElseThrow();
        List<Long> programme = enrollments.courses().stream().filter(c -> List.of("modeling", "sourcing").contains(c.getCode()))
                .map(Course::getId).toList();
        return cohorts.create(new CohortDetails("Planning IT " + year + " " + System.nanoTime(), LocalDate.of(year, 3, 1),
                LocalDate.of(year, 5, 31), List.of(tifawin.getId()), programme));
    }

    private long course(Cohort cohort, String code) {
        return cohorts.find(cohort.getId()).getProgramme().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    private long account(String username) {
        return accounts.byUsername(username).orElseThrow().getId();
    }

    private List<Long> rooms() {
        return sessions.rooms().stream().map(Room::getId).toList();
    }

    private static SessionDetails session(Cohort cohort, long course, long trainer, long room, LocalDate day, String start, String end) {
        return new SessionDetails(cohort.getId(), course, trainer, room, day, LocalTime.parse(start), LocalTime.parse(end));
    }

    private List<TrainingSession> sessionsOf(Cohort cohort) {
        return sessions.between(cohort.getStartDate(), cohort.getEndDate().plusDays(1), cohort.getId(), null, null);
    }

    private List<Kind> refusal(Runnable change) {
        SessionRuleViolation refused = assertThrows(SessionRuleViolation.class, change::run);
        return refused.conflicts().stream().map(c -> c.kind()).toList();
    }

    private List<String> auditedActions(Instant since) {
        return audit.page(new AuditFilter(null, null, null, since, null), 0, 200).stream().map(AuditEntry::getAction).toList();
    }

    @Test
    void anAdministratorAssignsPlansAndMovesWhileConflictsAreRefusedWithNothingWritten() {
        Instant start = Instant.now();
        Cohort cohort = cohortIn(2031);
        long modeling = course(cohort, "modeling");
        long sourcing = course(cohort, "sourcing");
        long samira = account("samira.bennani");
        long omar = account("omar.alaoui");
        long roomA = rooms().get(0);
        long roomB = rooms().get(1);
        LocalDate monday = LocalDate.of(2031, 3, 3);

        TrainerAssignment samiraModeling = assignments.create(new AssignmentDetails(cohort.getId(), modeling, samira,
                LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31)));
        assignments.create(new AssignmentDetails(cohort.getId(), sourcing, omar, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 4, 30)));
        assertTrue(assignments.isAssignedToCourse(samira, modeling));
        assertTrue(assignments.isAssignedToCourseOn(samira, modeling, LocalDate.of(2031, 3, 31)));
        assertFalse(assignments.isAssignedToCourseOn(samira, modeling, LocalDate.of(2031, 4, 1)));
        assertTrue(assignments.mayAssess(samira, account("fatima.zahra"), modeling), "Fatima Zahra is of Tifawin, in the cohort");
        // Hafsa Kabbaj's cooperative takes part in the demo's third cycle only, where Samira teaches Prototyping.
        assertFalse(assignments.mayAssess(samira, account("hafsa.kabbaj"), modeling), "no cohort of Samira's Modeling has Hafsa");
        long prototyping = enrollments.courses().stream().filter(c -> c.getCode().equals("prototyping")).findFirst().orElseThrow().getId();
        assertTrue(assignments.mayAssess(samira, account("hafsa.kabbaj"), prototyping), "Samira teaches Prototyping to Hafsa's cycle");
        assertFalse(assignments.mayAssess(omar, account("fatima.zahra"), modeling), "Omar teaches Sourcing, not Modeling, here");

        TrainingSession planned = sessions.plan(session(cohort, modeling, samira, roomA, monday, "09:00", "12:00"));

        assertEquals(List.of(Kind.TRAINER_BUSY), refusal(() -> sessions.plan(session(cohort, modeling, samira, roomB, monday, "11:00", "13:00"))));
        assertEquals(List.of(Kind.ROOM_BUSY), refusal(() -> sessions.plan(session(cohort, sourcing, omar, roomA, monday, "11:30", "13:00"))));
        assertEquals(List.of(Kind.OUTSIDE_ASSIGNMENT),
                refusal(() -> sessions.plan(session(cohort, modeling, samira, roomA, LocalDate.of(2031, 4, 7), "09:00", "12:00"))));
        assertEquals(List.of(Kind.END_NOT_AFTER_START),
                refusal(() -> sessions.plan(session(cohort, modeling, samira, roomA, monday.plusDays(1), "12:00", "09:00"))));
        assertEquals(1, sessionsOf(cohort).size(), "no refused session was written");

        TrainingSession omars = sessions.plan(session(cohort, sourcing, omar, roomA, monday, "12:00", "15:00"));
        assertNotNull(omars.getId(), "a session starting when the other ends is fine");

        // Moves: an hour earlier is fine (it does not conflict with itself); onto Omar's room and time is not.
        sessions.move(planned.getId(), null, monday, LocalTime.of(8, 0), LocalTime.of(11, 0));
        assertEquals(List.of(Kind.ROOM_BUSY), refusal(() -> sessions.move(planned.getId(), null, monday, LocalTime.of(13, 0), LocalTime.of(14, 0))));
        TrainingSession reread = sessions.find(planned.getId());
        assertEquals(LocalTime.of(8, 0), reread.getStartTime(), "the refused move left the session where it was");
        assertEquals(LocalTime.of(11, 0), reread.getEndTime());

        // The assignment cannot shrink or go while its sessions would be left outside.
        assertThrows(SessionRuleViolation.class, () -> assignments.remove(samiraModeling.getId()));
        assertThrows(SessionRuleViolation.class, () -> assignments.update(samiraModeling.getId(), new AssignmentDetails(cohort.getId(),
                modeling, samira, LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 31))));
        assertEquals(LocalDate.of(2031, 3, 1), assignments.ofTrainer(samira).stream()
                .filter(a -> a.getId().equals(samiraModeling.getId())).findFirst().orElseThrow().getFromDate());

        sessions.cancel(omars.getId());
        assertEquals(1, sessionsOf(cohort).size());

        List<String> audited = auditedActions(start);
        assertTrue(audited.contains("assignment.created"), audited::toString);
        assertEquals(2, audited.stream().filter("session.planned"::equals).count(), audited::toString);
        assertEquals(1, audited.stream().filter("session.moved"::equals).count(), "one move worked, one was refused: " + audited);
        assertTrue(audited.contains("session.cancelled"), audited::toString);
        assertFalse(audited.contains("assignment.removed"), audited::toString);
    }

    @Test
    void twoConcurrentBookingsOfTheSameTrainerAtTheSameTimeLeaveExactlyOneSession() throws Exception {
        Cohort cohort = cohortIn(2032);
        long modeling = course(cohort, "modeling");
        long samira = account("samira.bennani");
        assignments.create(new AssignmentDetails(cohort.getId(), modeling, samira, cohort.getStartDate(), cohort.getEndDate()));
        ManagedExecutorService executor = (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        List<Long> rooms = rooms();
        // Several rounds, each with as many bookings of the same slot (in different rooms) released at once.
        for (int round = 0; round < 5; round++) {
            LocalDate day = LocalDate.of(2032, 3, 8).plusDays(round);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> bookings = new ArrayList<>();
            for (int b = 0; b < 3; b++) {
                long room = rooms.get(b);
                bookings.add(executor.submit(() -> {
                    go.await();
                    try {
                        sessions.plan(session(cohort, modeling, samira, room, day, "09:00", "12:00"));
                        return true;
                    } catch (SessionRuleViolation refused) {
                        assertEquals(List.of(Kind.TRAINER_BUSY), refused.conflicts().stream().map(c -> c.kind()).toList());
                        return false;
                    }
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> booking : bookings) {
                won += booking.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, won, "round " + round);
            LocalDate until = day.plusDays(1);
            assertEquals(1, sessions.between(day, until, cohort.getId(), samira, null).size(), "round " + round);
        }
    }

    @Test
    void theSessionsTrainerRecordsAttendanceAndReadsItBackWhileAnotherTrainerIsRefused() {
        Cohort cohort = cohortIn(2033);
        long modeling = course(cohort, "modeling");
        long samira = account("samira.bennani");
        long omar = account("omar.alaoui");
        assignments.create(new AssignmentDetails(cohort.getId(), modeling, samira, cohort.getStartDate(), cohort.getEndDate()));
        TrainingSession planned = sessions.plan(session(cohort, modeling, samira, rooms().get(0), LocalDate.of(2033, 3, 7), "09:00", "12:00"));

        Attendances.Sheet blank = attendances.sheet(planned.getId(), samira, false);
        assertTrue(blank.lines().stream().map(Attendances.Line::fullName).toList()
                .containsAll(List.of("Aïcha Benali", "Fatima Zahra Bouchra", "Khadija El Idrissi")), blank.lines()::toString);
        assertFalse(blank.lines().stream().anyMatch(l -> l.fullName().equals("Brahim Sbai")), "only the cohort's cooperatives");
        assertTrue(blank.lines().stream().allMatch(l -> l.status() == null), "nothing recorded yet");

        long fatima = account("fatima.zahra");
        long khadija = account("khadija.elidrissi");
        long aicha = account("aicha.benali");
        attendances.record(planned.getId(), Map.of(fatima, AttendanceStatus.PRESENT, khadija, AttendanceStatus.ABSENT,
                aicha, AttendanceStatus.EXCUSED), samira, false);
        Map<String, AttendanceStatus> read = new java.util.HashMap<>();
        attendances.sheet(planned.getId(), samira, false).lines().stream().filter(l -> l.status() != null)
                .forEach(l -> read.put(l.fullName(), l.status()));
        assertEquals(Map.of("Fatima Zahra Bouchra", AttendanceStatus.PRESENT, "Khadija El Idrissi", AttendanceStatus.ABSENT,
                "Aïcha Benali", AttendanceStatus.EXCUSED), read);

        // Corrected: Khadija came after all.
        attendances.record(planned.getId(), Map.of(khadija, AttendanceStatus.PRESENT), samira, false);
        assertEquals(AttendanceStatus.PRESENT, attendances.sheet(planned.getId(), samira, false).lines().stream()
                .filter(l -> l.traineeId() == khadija).findFirst().orElseThrow().status());

        assertEquals("attendance.notYours", assertThrows(SessionRuleViolation.class,
                () -> attendances.record(planned.getId(), Map.of(fatima, AttendanceStatus.ABSENT), omar, false)).messageKey());
        assertEquals("attendance.notYours", assertThrows(SessionRuleViolation.class,
                () -> attendances.sheet(planned.getId(), omar, false)).messageKey());
        assertEquals("attendance.notInCohort", assertThrows(SessionRuleViolation.class,
                () -> attendances.record(planned.getId(), Map.of(account("brahim.sbai"), AttendanceStatus.PRESENT), samira, false))
                .messageKey());
        assertEquals(AttendanceStatus.PRESENT, attendances.sheet(planned.getId(), 0, true).lines().stream()
                .filter(l -> l.traineeId() == fatima).findFirst().orElseThrow().status(), "an administrator reads it; the refusals changed nothing");
        assertEquals("session.hasAttendance", assertThrows(SessionRuleViolation.class, () -> sessions.cancel(planned.getId())).messageKey());
    }

    @Test
    void aTrainerWhoIsNotAssignedIsRefusedTheCohortsGridExportsAndAttendance() throws Exception {
        Cohort cohort = cohortIn(2034);
        long modeling = course(cohort, "modeling");
        long samira = account("samira.bennani");
        assignments.create(new AssignmentDetails(cohort.getId(), modeling, samira, cohort.getStartDate(), cohort.getEndDate()));
        TrainingSession planned = sessions.plan(session(cohort, modeling, samira, rooms().get(0), LocalDate.of(2034, 3, 6), "09:00", "12:00"));
        String username = "unassigned" + (System.nanoTime() % 1_000_000);
        Account outsider = accounts.create(new NewAccount(username, "Trainer Not Assigned", null, Role.TRAINER, PASSWORD, "en", null, true));
        assertFalse(assignments.isAssignedToCohort(outsider.getId(), cohort.getId()));

        WebClient client = new WebClient(base.toURI());
        assertEquals(302, client.signIn(username, PASSWORD).statusCode());
        HttpResponse<String> list = client.get("trainer/cohorts.xhtml");
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains("cohort-progress.xhtml?cohort="), "no cohort listed for a trainer assigned to none");
        assertTrue(list.body().contains("You are not assigned to any cohort yet"), list::body);

        HttpResponse<String> grid = client.get("trainer/cohort-progress.xhtml?cohort=" + cohort.getId());
        assertEquals(200, grid.statusCode());
        assertTrue(grid.body().contains("You are not assigned to this cohort"), grid::body);
        assertFalse(grid.body().contains("Fatima Zahra Bouchra"), "no trainee's name shown");
        assertFalse(grid.body().contains("export-csv"), grid::body);
        assertEquals(403, client.getBytes("trainer/cohort-progress.csv?cohort=" + cohort.getId()).statusCode());
        assertEquals(403, client.getBytes("trainer/cohort-progress.xlsx?cohort=" + cohort.getId()).statusCode());

        HttpResponse<String> sheet = client.get("trainer/attendance.xhtml?session=" + planned.getId());
        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.body().contains("This session is not one of yours"), sheet::body);
        assertFalse(sheet.body().contains("Fatima Zahra Bouchra"), "no trainee's name shown");

        // The assigned trainer gets all three.
        WebClient assigned = new WebClient(base.toURI());
        assertEquals(302, assigned.signIn("samira.bennani", PASSWORD).statusCode());
        assertTrue(assigned.get("trainer/cohort-progress.xhtml?cohort=" + cohort.getId()).body().contains("id=\"grid-modeling\""));
        assertEquals(200, assigned.getBytes("trainer/cohort-progress.csv?cohort=" + cohort.getId()).statusCode());
        HttpResponse<String> samirasSheet = assigned.get("trainer/attendance.xhtml?session=" + planned.getId());
        assertTrue(samirasSheet.body().contains("Fatima Zahra Bouchra"), samirasSheet::body);
        HttpResponse<String> home = assigned.get("trainer/");
        assertTrue(home.body().contains("id=\"my-assignments\""), home::body);
        assertTrue(home.body().contains(cohort.getName().replace("&", "&amp;")), "her assignment on her home page");
    }
}

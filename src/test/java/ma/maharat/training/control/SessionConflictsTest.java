package ma.maharat.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ma.maharat.course.entity.LocalizedText;
import ma.maharat.training.control.SessionConflicts.Conflict;
import ma.maharat.training.control.SessionConflicts.Kind;
import ma.maharat.training.control.SessionConflicts.Period;
import ma.maharat.training.control.SessionConflicts.Slot;
import org.junit.jupiter.api.Test;

class SessionConflictsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 12);
    private static final long COHORT = 1;
    private static final long OTHER_COHORT = 2;
    private static final long MODELING = 10;
    private static final long SOURCING = 11;
    private static final long SAMIRA = 100;
    private static final long OMAR = 101;
    private static final long ROOM_1 = 1000;
    private static final long ROOM_2 = 1001;
    private static final List<Period> OCTOBER = List.of(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));

    private static Slot slot(Long id, long cohort, long course, long trainer, long room, LocalDate day, String start, String end) {
        return new Slot(id, cohort, course, trainer, room, day, LocalTime.parse(start), LocalTime.parse(end),
                new SessionConflicts.Labels("T" + trainer, null, new LocalizedText("م", "Modélisme", null), "R" + room, "C" + cohort));
    }

    private static Slot samira(Long id, long room, String start, String end) {
        return slot(id, COHORT, MODELING, SAMIRA, room, DAY, start, end);
    }

    private static List<Kind> kinds(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::kind).toList();
    }

    @Test
    void aFreeSlotInsideTheAssignmentHasNoConflict() {
        assertEquals(List.of(), SessionConflicts.of(samira(null, ROOM_1, "09:00", "12:00"),
                List.of(slot(7L, COHORT, SOURCING, OMAR, ROOM_2, DAY, "09:00", "12:00")), OCTOBER));
    }

    @Test
    void aTrainerDoubleBookedInAnotherRoomIsRefusedNamingTheSessionInTheWay() {
        Slot existing = samira(7L, ROOM_2, "10:00", "11:00");
        List<Conflict> conflicts = SessionConflicts.of(samira(null, ROOM_1, "09:00", "12:00"), List.of(existing), OCTOBER);
        assertEquals(List.of(new Conflict(Kind.TRAINER_BUSY, existing)), conflicts);
    }

    @Test
    void aRoomDoubleBookedByAnotherTrainerIsRefused() {
        Slot omar = slot(8L, COHORT, SOURCING, OMAR, ROOM_1, DAY, "11:30", "13:00");
        assertEquals(List.of(new Conflict(Kind.ROOM_BUSY, omar)),
                SessionConflicts.of(samira(null, ROOM_1, "09:00", "12:00"), List.of(omar), OCTOBER));
    }

    @Test
    void theSameTrainerInTheSameRoomAtTheSameTimeBreaksBothRules() {
        Slot existing = samira(7L, ROOM_1, "09:00", "12:00");
        assertEquals(List.of(Kind.TRAINER_BUSY, Kind.ROOM_BUSY),
                kinds(SessionConflicts.of(samira(null, ROOM_1, "09:00", "12:00"), List.of(existing), OCTOBER)));
    }

    @Test
    void touchingSessionsDoNotOverlap() {
        List<Slot> existing = List.of(samira(7L, ROOM_1, "08:00", "09:00"), samira(8L, ROOM_1, "12:00", "14:00"));
        assertEquals(List.of(), SessionConflicts.of(samira(null, ROOM_1, "09:00", "12:00"), existing, OCTOBER));
    }

    @Test
    void aSessionOnAnotherDayDoesNotConflict() {
        Slot tomorrow = slot(7L, COHORT, MODELING, SAMIRA, ROOM_1, DAY.plusDays(1), "09:00", "12:00");
        assertEquals(List.of(), SessionConflicts.of(samira(null, ROOM_1, "09:00", "12:00"), List.of(tomorrow), OCTOBER));
    }

    @Test
    void aDayOutsideEveryAssignmentIsRefused() {
        Slot november = slot(null, COHORT, MODELING, SAMIRA, ROOM_1, LocalDate.of(2026, 11, 2), "09:00", "12:00");
        assertEquals(List.of(Kind.OUTSIDE_ASSIGNMENT), kinds(SessionConflicts.of(november, List.of(), OCTOBER)));
        assertEquals(List.of(Kind.OUTSIDE_ASSIGNMENT), kinds(SessionConflicts.of(samira(null, ROOM_1, "09:00", "12:00"), List.of(), List.of())),
                "no assignment at all");
    }

    @Test
    void theFirstAndLastDaysOfAnAssignmentAreInside() {
        List<Period> oneWeek = List.of(new Period(DAY, DAY.plusDays(6)));
        assertEquals(List.of(), SessionConflicts.of(samira(null, ROOM_1, "09:00", "12:00"), List.of(), oneWeek));
        assertEquals(List.of(), SessionConflicts.of(slot(null, COHORT, MODELING, SAMIRA, ROOM_1, DAY.plusDays(6), "09:00", "12:00"),
                List.of(), oneWeek));
        assertEquals(List.of(Kind.OUTSIDE_ASSIGNMENT), kinds(SessionConflicts.of(
                slot(null, COHORT, MODELING, SAMIRA, ROOM_1, DAY.plusDays(7), "09:00", "12:00"), List.of(), oneWeek)));
    }

    @Test
    void anEndBeforeOrAtTheStartIsRefusedWithoutLookingForOverlaps() {
        Slot existing = samira(7L, ROOM_1, "09:00", "12:00");
        assertEquals(List.of(Kind.END_NOT_AFTER_START), kinds(SessionConflicts.of(samira(null, ROOM_1, "11:00", "10:00"), List.of(existing), OCTOBER)));
        assertEquals(List.of(Kind.END_NOT_AFTER_START), kinds(SessionConflicts.of(samira(null, ROOM_1, "10:00", "10:00"), List.of(existing), OCTOBER)));
    }

    @Test
    void aMoveOntoAnotherSessionConflicts() {
        Slot planned = samira(7L, ROOM_1, "09:00", "12:00");
        Slot other = samira(8L, ROOM_1, "14:00", "16:00");
        Slot moved = planned.movedTo(ROOM_1, DAY, LocalTime.parse("15:00"), LocalTime.parse("18:00"), "R" + ROOM_1);
        assertEquals(List.of(new Conflict(Kind.TRAINER_BUSY, other), new Conflict(Kind.ROOM_BUSY, other)),
                SessionConflicts.of(moved, List.of(planned, other), OCTOBER));
    }

    @Test
    void aSessionMovedAnHourLaterDoesNotConflictWithItself() {
        Slot planned = samira(7L, ROOM_1, "09:00", "12:00");
        Slot moved = planned.movedTo(ROOM_1, DAY, LocalTime.parse("10:00"), LocalTime.parse("13:00"), "R" + ROOM_1);
        assertEquals(List.of(), SessionConflicts.of(moved, List.of(planned), OCTOBER));
    }

    @Test
    void aTrainerIsBusyWhateverTheCohortAndTheCourse() {
        Slot otherCohort = slot(9L, OTHER_COHORT, SOURCING, SAMIRA, ROOM_2, DAY, "08:00", "09:30");
        assertEquals(List.of(new Conflict(Kind.TRAINER_BUSY, otherCohort)),
                SessionConflicts.of(samira(null, ROOM_1, "09:00", "12:00"), List.of(otherCohort), OCTOBER));
    }

    @Test
    void aRoomIsBusyWhateverTheCohort() {
        Slot otherCohort = slot(9L, OTHER_COHORT, SOURCING, OMAR, ROOM_1, DAY, "11:59", "13:00");
        assertEquals(List.of(new Conflict(Kind.ROOM_BUSY, otherCohort)),
                SessionConflicts.of(samira(null, ROOM_1, "09:00", "12:00"), List.of(otherCohort), OCTOBER));
    }

    @Test
    void everyConflictIsReportedInTheOrderOfTheDay() {
        Slot late = samira(8L, ROOM_2, "11:00", "12:30");
        Slot early = samira(7L, ROOM_2, "08:30", "09:30");
        List<Conflict> conflicts = SessionConflicts.of(
                slot(null, COHORT, MODELING, SAMIRA, ROOM_1, LocalDate.of(2026, 11, 2), "09:00", "12:00"),
                List.of(late.movedTo(ROOM_2, LocalDate.of(2026, 11, 2), late.start(), late.end(), "R"),
                        early.movedTo(ROOM_2, LocalDate.of(2026, 11, 2), early.start(), early.end(), "R")), OCTOBER);
        assertEquals(List.of(Kind.OUTSIDE_ASSIGNMENT, Kind.TRAINER_BUSY, Kind.TRAINER_BUSY), kinds(conflicts));
        assertEquals(7L, conflicts.get(1).with().id());
        assertEquals(8L, conflicts.get(2).with().id());
    }
}

package ma.maharat.training.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import ma.maharat.course.entity.LocalizedText;

/**
 * The planning rules of a session, as a pure function of the candidate, the sessions already planned
 * for the same trainer or the same room, and the trainer's assignments to that course and cohort:
 * <ul>
 * <li>it ends after it starts;</li>
 * <li>its day is inside one of those assignments;</li>
 * <li>the trainer teaches nowhere else at an overlapping time, whatever the cohort;</li>
 * <li>nobody else uses the room at an overlapping time.</li>
 * </ul>
 * Times are half-open: a session ending at 12:00 and another starting at 12:00 do not overlap. A
 * session moved does not conflict with itself (same id). Every conflict is returned, each with the
 * session it conflicts with, so that the message can say who teaches what, where and when.
 */
public final class SessionConflicts {

    private SessionConflicts() {}

    /** What a message needs to name a session: its trainer (and her Arabic name), course, room and cohort. */
    public record Labels(String trainer, String trainerAr, LocalizedText course, String room, String cohort) {}

    /** A session, planned ({@code id} set) or wished for ({@code id} null for a new one). */
    public record Slot(Long id, long cohortId, long courseId, long trainerId, long roomId, LocalDate date, LocalTime start,
            LocalTime end, Labels labels) {

        public Slot {
            Objects.requireNonNull(date);
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
        }

        boolean overlaps(Slot other) {
            return date.equals(other.date) && start.isBefore(other.end) && other.start.isBefore(end);
        }

        boolean sameSessionAs(Slot other) {
            return id != null && id.equals(other.id);
        }

        /** The same session somewhere else: another room, day or time. */
        public Slot movedTo(long roomId, LocalDate date, LocalTime start, LocalTime end, String roomName) {
            return new Slot(id, cohortId, courseId, trainerId, roomId, date, start, end,
                    labels == null ? null : new Labels(labels.trainer(), labels.trainerAr(), labels.course(), roomName, labels.cohort()));
        }
    }

    /** The days of one assignment, first and last included. */
    public record Period(LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public enum Kind {
        /** The end time is not after the start time. */
        END_NOT_AFTER_START,
        /** The day is in none of the trainer's assignments to this course and cohort. */
        OUTSIDE_ASSIGNMENT,
        /** The trainer already teaches at an overlapping time. */
        TRAINER_BUSY,
        /** The room is already booked at an overlapping time. */
        ROOM_BUSY
    }

    /** A broken rule; {@code with} is the session in the way for the two kinds of double booking, null otherwise. */
    public record Conflict(Kind kind, Slot with) {}

    /**
     * Every rule the candidate breaks, the time rule first, then the assignment, then double bookings in
     * the order of the day.
     *
     * @param existing    sessions already planned (those of other trainers in other rooms are ignored)
     * @param assignments the periods of the candidate's trainer's assignments to its course and cohort
     */
    public static List<Conflict> of(Slot candidate, Collection<Slot> existing, Collection<Period> assignments) {
        List<Conflict> conflicts = new ArrayList<>();
        if (!candidate.end().isAfter(candidate.start())) {
            conflicts.add(new Conflict(Kind.END_NOT_AFTER_START, null));
        }
        if (assignments.stream().noneMatch(p -> p.covers(candidate.date()))) {
            conflicts.add(new Conflict(Kind.OUTSIDE_ASSIGNMENT, null));
        }
        if (!conflicts.isEmpty() && conflicts.get(0).kind() == Kind.END_NOT_AFTER_START) {
            // Without a valid time range there is nothing to overlap with.
            return List.copyOf(conflicts);
        }
        List<Slot> inTheWay = existing.stream()
                .filter(s -> !s.sameSessionAs(candidate) && s.overlaps(candidate))
                .sorted(Comparator.comparing(Slot::start).thenComparing(s -> s.id() == null ? Long.MAX_VALUE : s.id()))
                .toList();
        for (Slot other : inTheWay) {
            if (other.trainerId() == candidate.trainerId()) {
                conflicts.add(new Conflict(Kind.TRAINER_BUSY, other));
            }
        }
        for (Slot other : inTheWay) {
            if (other.roomId() == candidate.roomId()) {
                conflicts.add(new Conflict(Kind.ROOM_BUSY, other));
            }
        }
        return List.copyOf(conflicts);
    }
}

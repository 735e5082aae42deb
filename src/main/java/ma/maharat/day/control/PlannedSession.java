package ma.maharat.day.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import ma.maharat.course.entity.LocalizedText;
import ma.maharat.training.entity.AttendanceStatus;

/**
 * One of her training sessions as she reads it: day and hours (the center's wall-clock time), course,
 * room, trainer, and her own attendance when one was recorded (null otherwise).
 */
public record PlannedSession(long id, LocalDate date, LocalTime start, LocalTime end, String courseCode, LocalizedText course,
        String room, String trainer, String trainerAr, AttendanceStatus attendance) {

    /** Whether it is over at this moment of the center's day. */
    public boolean isOver(LocalDateTime now) {
        return !LocalDateTime.of(date, end).isAfter(now);
    }

    /**
     * Her attendance as the schedule says it: PRESENT, ABSENT or EXCUSED when recorded, NOT_RECORDED for a
     * session over without a record, empty for a session not over yet (nothing to say).
     */
    public String attendanceAt(LocalDateTime now) {
        if (attendance != null) {
            return attendance.name();
        }
        return isOver(now) ? "NOT_RECORDED" : "";
    }
}

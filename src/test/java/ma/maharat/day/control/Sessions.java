package ma.maharat.day.control;

import java.time.LocalDate;
import java.time.LocalTime;
import ma.maharat.course.entity.LocalizedText;
import ma.maharat.training.entity.AttendanceStatus;

/** Sessions for the tests: day and hours matter, the rest is filler. */
final class Sessions {

    private Sessions() {}

    static PlannedSession session(long id, String day, String start, String end) {
        return session(id, day, start, end, null);
    }

    static PlannedSession session(long id, String day, String start, String end, AttendanceStatus attendance) {
        return new PlannedSession(id, LocalDate.parse(day), LocalTime.parse(start), LocalTime.parse(end), "modeling",
                new LocalizedText("النمذجة", "Modélisme", "Modeling"), "Salle de modélisme", "Samira Bennani", "سميرة بناني", attendance);
    }
}

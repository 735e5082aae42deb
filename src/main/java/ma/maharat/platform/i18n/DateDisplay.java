package ma.maharat.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Dates and times on pages, in the page's language: {@link CenterDates} for the reader's language (day
 * before month, Moroccan month names in Arabic, 24-hour times, the center's time zone). Stored times are
 * UTC instants; Faces 4.0 has no converter for {@link Instant}.
 */
@Named
@RequestScoped
public class DateDisplay {

    /** The center's time zone. */
    public static final java.time.ZoneId CENTER_ZONE = CenterDates.CENTER_ZONE;

    @Inject
    LanguageSelection language;

    private CenterDates dates() {
        return CenterDates.in(language.current());
    }

    /** "4 décembre 2026, 23:39". */
    public String dateTime(Instant instant) {
        return dates().dateTime(instant);
    }

    /** "4 décembre 2026": the center's day of a moment. */
    public String date(Instant instant) {
        return dates().date(instant);
    }

    /** A calendar day (no time zone involved), such as the first day of a cohort. */
    public String day(LocalDate day) {
        return dates().day(day);
    }

    /** "vendredi 4 décembre". */
    public String weekday(LocalDate day) {
        return dates().weekdayDayAndMonth(day);
    }

    /** "4 décembre": the ends of a week. */
    public String dayAndMonth(LocalDate day) {
        return dates().dayAndMonth(day);
    }

    /** "09:30". */
    public String time(LocalTime time) {
        return dates().time(time);
    }
}

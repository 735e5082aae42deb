package ma.maharat.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates and times as people at the center read them: in Morocco's time zone and the page's language.
 * Stored times are UTC instants; Faces 4.0 has no converter for {@link Instant}.
 */
@Named
@RequestScoped
public class DateDisplay {

    /** The center's time zone. */
    public static final ZoneId CENTER_ZONE = ZoneId.of("Africa/Casablanca");

    @Inject
    LanguageSelection language;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale())
                .withZone(CENTER_ZONE)
                .format(instant);
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()).withZone(CENTER_ZONE).format(instant);
    }

    /** A calendar day (no time zone involved), such as the first day of a cohort. */
    public String day(LocalDate day) {
        if (day == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()).format(day);
    }
}

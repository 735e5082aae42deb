package ma.maharat.platform.i18n;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.WeekFields;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way Maharat writes dates and times, for pages, PDFs, the calendar and the audit log alike, the
 * way the center reads them: day before month, the month's name in words, 24-hour times, the center's time
 * zone, weeks from Monday. French reads {@code 4 décembre 2026, 23:39}; Arabic {@code 4 دجنبر 2026، 23:39}
 * with the Moroccan month names (يناير … دجنبر, the names of Morocco's press and administration, not the
 * Levantine or Gulf ones) and the digits 0-9, as the course content writes them.
 *
 * <p>The Arabic month names are written here rather than taken from the JDK's {@code ar-MA} locale data,
 * which happens to agree today: a JDK update or a different CLDR version must not change what a
 * certificate prints. Pure and thread-safe; {@link DateDisplay} gives pages the one for their language.
 */
public final class CenterDates {

    /** The center's time zone: stored times are UTC instants, people read Laâyoune's wall clock. */
    public static final ZoneId CENTER_ZONE = ZoneId.of("Africa/Casablanca");

    /** Weeks start on Monday in Morocco, whatever a locale's data says (the JDK's French says Monday, its English Sunday). */
    public static final DayOfWeek FIRST_DAY_OF_WEEK = DayOfWeek.MONDAY;

    /** Weeks as the center counts them. */
    public static final WeekFields WEEK = WeekFields.of(FIRST_DAY_OF_WEEK, 1);

    /** The months as Moroccan Arabic names them, January first. */
    public static final List<String> MOROCCAN_ARABIC_MONTHS = List.of("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
            "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر");

    private static final Map<Language, CenterDates> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new CenterDates(language));
        }
    }

    private final Language language;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayAndMonth;
    private final DateTimeFormatter weekdayDayAndMonth;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final DateTimeFormatter numeric;

    private CenterDates(Language language) {
        this.language = language;
        // Arabic separates the date from the time with its own comma.
        String comma = language == Language.AR ? "، " : ", ";
        this.day = dayAndMonth(false).appendPattern(" y").toFormatter(language.locale());
        this.dayAndMonth = dayAndMonth(false).toFormatter(language.locale());
        this.weekdayDayAndMonth = dayAndMonth(true).toFormatter(language.locale());
        this.dateTime = dayAndMonth(false).appendPattern(" y").appendLiteral(comma).appendPattern("HH:mm")
                .toFormatter(language.locale());
        // DateTimeFormatter writes 0-9 unless told otherwise (DecimalStyle.STANDARD): Latin digits in Arabic too.
        this.time = DateTimeFormatter.ofPattern("HH:mm", language.locale());
        this.numeric = DateTimeFormatter.ofPattern("dd/MM/yyyy", language.locale());
    }

    /** "4 décembre", optionally after the weekday, with this language's month names. */
    private DateTimeFormatterBuilder dayAndMonth(boolean weekday) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
        if (weekday) {
            builder.appendPattern("EEEE ");
        }
        return builder.appendPattern("d ").appendText(ChronoField.MONTH_OF_YEAR, monthNames());
    }

    private Map<Long, String> monthNames() {
        Map<Long, String> names = new HashMap<>();
        for (Month month : Month.values()) {
            names.put((long) month.getValue(), monthName(month));
        }
        return names;
    }

    /** The formatter for a language. */
    public static CenterDates in(Language language) {
        return BY_LANGUAGE.get(language);
    }

    public Language language() {
        return language;
    }

    /** "décembre", "دجنبر", "December". */
    public String monthName(Month month) {
        return language == Language.AR ? MOROCCAN_ARABIC_MONTHS.get(month.getValue() - 1)
                : month.getDisplayName(TextStyle.FULL_STANDALONE, language.locale());
    }

    /** "vendredi", "الجمعة", "Friday". */
    public String weekdayName(DayOfWeek weekday) {
        return weekday.getDisplayName(TextStyle.FULL, language.locale());
    }

    /** A moment at the center: "4 décembre 2026, 23:39", "4 دجنبر 2026، 23:39"; empty for none. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant.atZone(CENTER_ZONE));
    }

    /** A wall-clock moment already in center time (a planned session's start). */
    public String dateTime(LocalDateTime moment) {
        return moment == null ? "" : dateTime.format(moment);
    }

    /** The center's day of a moment: "4 décembre 2026". */
    public String date(Instant instant) {
        return instant == null ? "" : day.format(instant.atZone(CENTER_ZONE));
    }

    /** A calendar day (no time zone involved), such as a cohort's first day: "4 décembre 2026", "4 دجنبر 2026". */
    public String day(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    /** "4 décembre", "4 دجنبر": the ends of a week. */
    public String dayAndMonth(LocalDate date) {
        return date == null ? "" : dayAndMonth.format(date);
    }

    /** "vendredi 4 décembre", "الجمعة 4 دجنبر". */
    public String weekdayDayAndMonth(LocalDate date) {
        return date == null ? "" : weekdayDayAndMonth.format(date);
    }

    /** "09:30", "23:39": 24-hour time in every language. */
    public String time(LocalTime moment) {
        return moment == null ? "" : time.format(moment);
    }

    /** "04/12/2026", day first, for tables and forms where a short form is needed. */
    public String numeric(LocalDate date) {
        return date == null ? "" : numeric.format(date);
    }

    /** The Monday of the week a day is in. */
    public static LocalDate weekStart(LocalDate date) {
        return date.with(WEEK.dayOfWeek(), 1);
    }
}

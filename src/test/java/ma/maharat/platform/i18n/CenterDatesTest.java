package ma.maharat.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import org.junit.jupiter.api.Test;

/** Issue 14, item 3: one formatter, the Moroccan way, in every language. */
class CenterDatesTest {

    /** 4 December 2026, 22:39 UTC: 23:39 at the center (Morocco keeps UTC+1 outside Ramadan). */
    private static final Instant LATE_EVENING = Instant.parse("2026-12-04T22:39:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    private static final CenterDates AR = CenterDates.in(Language.AR);
    private static final CenterDates FR = CenterDates.in(Language.FR);
    private static final CenterDates EN = CenterDates.in(Language.EN);

    @Test
    void aMomentReadsDayMonthYearAndTwentyFourHourTimeAtTheCenter() {
        assertEquals("4 décembre 2026, 23:39", FR.dateTime(LATE_EVENING));
        assertEquals("4 دجنبر 2026، 23:39", AR.dateTime(LATE_EVENING));
        assertEquals("4 December 2026, 23:39", EN.dateTime(LATE_EVENING));
    }

    @Test
    void aWallClockMomentIsWrittenAsStored() {
        LocalDateTime nineThirty = LocalDateTime.of(2026, 3, 2, 9, 30);
        assertEquals("2 mars 2026, 09:30", FR.dateTime(nineThirty));
        assertEquals("2 مارس 2026، 09:30", AR.dateTime(nineThirty));
        assertEquals("2 March 2026, 09:30", EN.dateTime(nineThirty));
    }

    @Test
    void theDayOfAMomentIsTheCentersDayNotUtcs() {
        Instant justAfterMidnightAtTheCenter = Instant.parse("2026-12-04T23:30:00Z");
        assertEquals("5 décembre 2026", FR.date(justAfterMidnightAtTheCenter));
        assertEquals("5 دجنبر 2026", AR.date(justAfterMidnightAtTheCenter));
        assertEquals("5 December 2026", EN.date(justAfterMidnightAtTheCenter));
    }

    @Test
    void aCalendarDayIsDayMonthYear() {
        assertEquals("4 décembre 2026", FR.day(FRIDAY));
        assertEquals("4 دجنبر 2026", AR.day(FRIDAY));
        assertEquals("4 December 2026", EN.day(FRIDAY));
        assertEquals("1 août 2026", FR.day(LocalDate.of(2026, 8, 1)));
        assertEquals("1 غشت 2026", AR.day(LocalDate.of(2026, 8, 1)));
    }

    @Test
    void weekdaysAndWeekEndsReadAsInTheTraineesSchedule() {
        assertEquals("vendredi 4 décembre", FR.weekdayDayAndMonth(FRIDAY));
        assertEquals("الجمعة 4 دجنبر", AR.weekdayDayAndMonth(FRIDAY));
        assertEquals("Friday 4 December", EN.weekdayDayAndMonth(FRIDAY));
        assertEquals("4 décembre", FR.dayAndMonth(FRIDAY));
        assertEquals("4 دجنبر", AR.dayAndMonth(FRIDAY));
        assertEquals("4 December", EN.dayAndMonth(FRIDAY));
    }

    @Test
    void timesHaveTwentyFourHoursAndLatinDigitsInEveryLanguage() {
        for (CenterDates dates : new CenterDates[] {AR, FR, EN}) {
            assertEquals("09:05", dates.time(LocalTime.of(9, 5)), dates.language().name());
            assertEquals("23:39", dates.time(LocalTime.of(23, 39)), dates.language().name());
            assertEquals("04/12/2026", dates.numeric(FRIDAY), dates.language().name());
        }
    }

    @Test
    void arabicUsesTheMoroccanMonthNamesAndNoArabicIndicDigit() {
        String[] expected = {"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر",
            "دجنبر"};
        for (Month month : Month.values()) {
            assertEquals(expected[month.ordinal()], AR.monthName(month));
            String written = AR.day(LocalDate.of(2026, month, 28));
            assertEquals("28 " + expected[month.ordinal()] + " 2026", written);
            assertFalse(written.chars().anyMatch(c -> c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9'), written);
        }
        assertEquals("novembre", FR.monthName(Month.NOVEMBER));
        assertEquals("November", EN.monthName(Month.NOVEMBER));
    }

    @Test
    void weeksStartOnMondayInEveryLanguage() {
        assertEquals(DayOfWeek.MONDAY, CenterDates.FIRST_DAY_OF_WEEK);
        assertEquals(LocalDate.of(2026, 11, 30), CenterDates.weekStart(FRIDAY));
        assertEquals(LocalDate.of(2026, 11, 30), CenterDates.weekStart(LocalDate.of(2026, 12, 6)), "a Sunday ends its week");
        assertEquals(LocalDate.of(2026, 11, 30), CenterDates.weekStart(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void nothingToWriteIsEmpty() {
        assertEquals("", FR.dateTime((Instant) null));
        assertEquals("", AR.date(null));
        assertEquals("", EN.day(null));
        assertEquals("", AR.time(null));
    }
}

package ma.maharat.day.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import ma.maharat.day.control.PlannedSession;
import ma.maharat.day.control.TraineeDay;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.platform.i18n.LanguageSelection;

/**
 * Days, hours and names of her schedule in the page's language, the Moroccan way, written by the one
 * formatter {@link CenterDates} (نونبر, دجنبر and Latin digits in Arabic, day before month, 24-hour times).
 */
@Named
@RequestScoped
public class DayTexts {

    @Inject
    LanguageSelection language;

    /** "vendredi 4 décembre", "الجمعة 4 دجنبر". */
    public String day(LocalDate day) {
        return CenterDates.in(language.current()).weekdayDayAndMonth(day);
    }

    /** "4 décembre", "4 دجنبر": the ends of a week. */
    public String dayAndMonth(LocalDate day) {
        return CenterDates.in(language.current()).dayAndMonth(day);
    }

    public String time(LocalTime time) {
        return CenterDates.in(language.current()).time(time);
    }

    /** The trainer's name in Arabic on Arabic pages when it is known. */
    public String trainer(PlannedSession session) {
        return language.isRightToLeft() && session.trainerAr() != null && !session.trainerAr().isBlank() ? session.trainerAr()
                : session.trainer();
    }

    public String course(PlannedSession session) {
        return session.course().in(language.getCode());
    }

    /** The running quiz's name: its lesson's title, or "final quiz" for the course's own. */
    public String quizTitle(TraineeDay.RunningQuiz quiz, String finalQuiz) {
        return quiz.lesson().map(l -> l.getTitle().in(language.getCode())).orElse(finalQuiz);
    }

    /** Minutes and seconds, "07:05", for a countdown that starts before any script runs. */
    public static String minutesAndSeconds(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}

package ma.maharat.day.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import ma.maharat.day.control.PlannedSession;
import ma.maharat.day.control.TraineeDay;
import ma.maharat.platform.i18n.LanguageSelection;

/**
 * Days, hours and names of her schedule in the page's language, the Moroccan way: the locale
 * {@code DateDisplay} formats with (ar-MA writes نونبر, دجنبر and Latin digits), day before month,
 * 24-hour times as the center plans them.
 */
@Named
@RequestScoped
public class DayTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    LanguageSelection language;

    /** "vendredi 4 décembre", "الجمعة 4 دجنبر". */
    public String day(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", language.getLocale()).format(day);
    }

    /** "4 décembre", "4 دجنبر": the ends of a week. */
    public String dayAndMonth(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM", language.getLocale()).format(day);
    }

    public String time(LocalTime time) {
        return TIME.format(time);
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

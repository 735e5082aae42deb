package ma.maharat.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import ma.maharat.identity.entity.Account;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.platform.text.MixedDirection;
import ma.maharat.training.control.SessionConflicts;
import ma.maharat.training.control.SessionProblem;
import ma.maharat.training.control.SessionRuleViolation;
import ma.maharat.training.entity.TrainingSession;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.ScheduleEvent;

/**
 * Sessions put into words and calendar entries in the reader's language: a refused plan's messages
 * (each conflict naming who teaches what, where and when, next to the field it concerns), and the
 * calendar's entries. Times are the center's wall-clock times, shown as stored.
 */
@RequestScoped
public class SessionTexts {

    /** Times and short days the same in every language (24-hour, day first): the one formatter's. */
    private static final CenterDates NUMERIC = CenterDates.in(Language.FR);

    @Inject
    PageMessages messages;

    @Inject
    LanguageSelection language;

    /**
     * Shows a refusal: its summary at the top, each field problem and conflict next to its field of
     * the form whose client id starts with {@code formPrefix} (or at the top when it is null).
     */
    public void show(SessionRuleViolation violation, String formPrefix) {
        messages.error(violation);
        for (SessionProblem problem : violation.problems()) {
            messages.error(formPrefix == null ? null : formPrefix + problem.field(), problem.messageKey());
        }
        for (SessionConflicts.Conflict conflict : violation.conflicts()) {
            String field = switch (conflict.kind()) {
                case END_NOT_AFTER_START -> "end";
                case OUTSIDE_ASSIGNMENT -> "date";
                case TRAINER_BUSY -> "trainer";
                case ROOM_BUSY -> "room";
            };
            messages.error(formPrefix == null ? null : formPrefix + field, key(conflict.kind()), arguments(conflict.with()));
        }
    }

    private static String key(SessionConflicts.Kind kind) {
        return switch (kind) {
            case END_NOT_AFTER_START -> "session.endNotAfterStart";
            case OUTSIDE_ASSIGNMENT -> "session.outsideAssignment";
            case TRAINER_BUSY -> "session.trainerBusy";
            case ROOM_BUSY -> "session.roomBusy";
        };
    }

    private Object[] arguments(SessionConflicts.Slot with) {
        if (with == null) {
            return new Object[0];
        }
        SessionConflicts.Labels labels = with.labels();
        // PageMessages isolates the names (MixedDirection).
        return new Object[] {name(labels.trainer(), labels.trainerAr()), labels.course().in(language.getCode()), labels.room(),
            time(with.start()), time(with.end()), CenterDates.in(language.current()).day(with.date()), labels.cohort()};
    }

    private static Object isolate(String name, boolean rightToLeft) {
        return MixedDirection.isolateArgument(name, rightToLeft);
    }

    public String name(String fullName, String fullNameAr) {
        return language.isRightToLeft() && fullNameAr != null && !fullNameAr.isBlank() ? fullNameAr : fullName;
    }

    public String trainerName(Account trainer) {
        return name(trainer.getFullName(), trainer.getFullNameAr());
    }

    public static String time(LocalTime time) {
        return NUMERIC.time(time);
    }

    public static String day(LocalDate day) {
        return NUMERIC.numeric(day);
    }

    /** A calendar entry for a session, its id as data; {@code url} opens when it is clicked (null for none). */
    public ScheduleEvent<Long> entry(TrainingSession s, boolean withTrainer, String url) {
        String course = s.getCourse().getTitle().in(language.getCode());
        // Each part isolated: an Arabic course title, a French cohort name and a room code stay in their order.
        boolean rtl = language.isRightToLeft();
        String title = isolate(course, rtl) + " · " + isolate(s.getCohort().getName(), rtl)
                + (withTrainer ? " · " + isolate(trainerName(s.getTrainer()), rtl) : "") + " · " + isolate(s.getRoom().getName(), rtl);
        DefaultScheduleEvent<Long> event = DefaultScheduleEvent.<Long>builder()
                .title(title)
                .description(title)
                .startDate(LocalDateTime.of(s.getDate(), s.getStartTime()))
                .endDate(LocalDateTime.of(s.getDate(), s.getEndTime()))
                .data(s.getId())
                .styleClass("session-entry course-" + s.getCourse().getCode())
                .build();
        if (url != null) {
            event.setUrl(url);
        }
        return event;
    }

    /** Times a session may start or end, every half hour of the center's day. */
    public static List<String> times() {
        return java.util.stream.IntStream.rangeClosed(7 * 2, 20 * 2)
                .mapToObj(half -> time(LocalTime.of(half / 2, half % 2 * 30))).toList();
    }
}

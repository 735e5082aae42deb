package ma.maharat.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.GrammaticalGender;
import ma.maharat.identity.entity.Role;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.Attendances;
import ma.maharat.training.control.SessionRuleViolation;
import ma.maharat.training.entity.AttendanceStatus;
import ma.maharat.training.entity.TrainingSession;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;

/**
 * A session's attendance sheet ({@code /trainer/attendance.xhtml?session=…}): the cohort's trainees,
 * each present, absent or excused, saved in one action. Only the session's own trainer gets the sheet;
 * another trainer is told it is not theirs and sees no name.
 */
@Named
@ViewScoped
public class AttendanceSheet implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "session")
    private Long sessionId;

    @Inject
    transient Attendances attendances;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    @Inject
    transient LanguageSelection language;

    /** A trainee's line of the sheet; {@code status} is what the trainer picks. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long traineeId;
        private final String name;
        private final String cooperative;
        private final boolean recorded;
        private final GrammaticalGender gender;
        private AttendanceStatus status;

        Row(long traineeId, String name, String cooperative, AttendanceStatus status, GrammaticalGender gender) {
            this.gender = gender;
            this.traineeId = traineeId;
            this.name = name;
            this.cooperative = cooperative;
            this.recorded = status != null;
            this.status = status == null ? AttendanceStatus.PRESENT : status;
        }

        /** The key of a status's label agreeing with the trainee: «Présente», «Présent», or «Présence» when not said. */
        public String label(AttendanceStatus status) {
            return GrammaticalGender.agreeing("attendance." + status.name(), gender);
        }

        public long getTraineeId() {
            return traineeId;
        }

        public String getName() {
            return name;
        }

        public String getCooperative() {
            return cooperative;
        }

        public boolean isRecorded() {
            return recorded;
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status;
        }
    }

    private TrainingSession session;
    private List<Row> rows = List.of();
    private boolean recorded;
    private String refusal;
    /** What the last save did, said next to the save button (not at the top of the page, out of view). */
    private String savedNote;

    @PostConstruct
    void load() {
        if (sessionId == null) {
            refusal = "session.notFound";
            return;
        }
        SignedInUser user = currentUser.required();
        try {
            Attendances.Sheet sheet = attendances.sheet(sessionId, user.accountId(), user.role() == Role.ADMIN);
            session = sheet.session();
            boolean rtl = language.isRightToLeft();
            rows = new ArrayList<>();
            for (Attendances.Line line : sheet.lines()) {
                rows.add(new Row(line.traineeId(), pick(rtl, line.fullName(), line.fullNameAr()),
                        pick(rtl, line.cooperativeFr(), line.cooperativeAr()), line.status(), line.gender()));
            }
            recorded = rows.stream().anyMatch(Row::isRecorded);
        } catch (SessionRuleViolation e) {
            // Said in the page itself: the page's messages are already written when this bean starts.
            refusal = e.messageKey();
        }
    }

    private static String pick(boolean rtl, String latin, String arabic) {
        return rtl && arabic != null && !arabic.isBlank() ? arabic : latin;
    }

    public void save() {
        Map<Long, AttendanceStatus> statuses = new LinkedHashMap<>();
        rows.forEach(r -> statuses.put(r.getTraineeId(), r.getStatus()));
        SignedInUser user = currentUser.required();
        try {
            attendances.record(sessionId, statuses, user.accountId(), user.role() == Role.ADMIN);
            long present = rows.stream().filter(r -> r.getStatus() == AttendanceStatus.PRESENT).count();
            savedNote = messages.text("attendance.saved", present, rows.size());
            recorded = true;
        } catch (SessionRuleViolation e) {
            savedNote = null;
            messages.error(e);
        }
    }

    public String getSavedNote() {
        return savedNote;
    }

    /** The message key of why the sheet is not shown (not the reader's session, no such session), or null. */
    public String getRefusal() {
        return refusal;
    }

    public TrainingSession getSession() {
        return session;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Whether attendance was already recorded for this session (the sheet then shows it). */
    public boolean isRecorded() {
        return recorded;
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public String time(java.time.LocalTime time) {
        return SessionTexts.time(time);
    }
}

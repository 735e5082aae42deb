package ma.maharat.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalTime;
import java.util.List;
import ma.maharat.course.entity.LocalizedText;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Role;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.training.control.TraineeFollowUp;
import ma.maharat.training.entity.AttendanceStatus;
import ma.maharat.training.entity.Cohort;
import org.omnifaces.util.Faces;

/**
 * One trainee's page for the staff who follow her: {@code /trainer/trainee.xhtml?id=…} for her trainers,
 * {@code /admin/trainee.xhtml?id=…} for administrators ({@link TraineeFollowUp} says what it holds and who
 * may see it). A trainee the reader may not follow, or no such trainee, answers 404: ids reveal nothing.
 * Without an id the page says where trainees are listed.
 */
@Named
@RequestScoped
public class TraineePage {

    @Inject
    TraineeFollowUp followUp;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageSelection language;

    private Long id;
    private TraineeFollowUp.Report report;

    /** The view action: loads her page, or ends the request with 404. */
    public void load() {
        if (id == null) {
            return;
        }
        SignedInUser user = currentUser.required();
        report = followUp.of(id, user.accountId(), user.role() == Role.ADMIN).orElse(null);
        if (report == null) {
            Faces.responseSendError(404, "no trainee of yours");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TraineeFollowUp.Report getReport() {
        return report;
    }

    /** Her name in the page's script: the Arabic one on an Arabic page when she has one. */
    public String getName() {
        return pick(report.fullName(), report.fullNameAr());
    }

    /** Her name in the other script, or null when she has only one. */
    public String getOtherName() {
        if (report.fullNameAr() == null || report.fullNameAr().isBlank()) {
            return null;
        }
        return language.isRightToLeft() ? report.fullName() : report.fullNameAr();
    }

    public String getCooperative() {
        return pick(report.cooperativeFr(), report.cooperativeAr());
    }

    public String getCohortNames() {
        return String.join(language.isRightToLeft() ? "، " : ", ", report.cohorts().stream().map(Cohort::getName).toList());
    }

    public String text(LocalizedText text) {
        return text == null ? "" : text.in(language.getCode());
    }

    public String time(LocalTime time) {
        return SessionTexts.time(time);
    }

    public long attendanceCount(String status) {
        return report.count(AttendanceStatus.valueOf(status));
    }

    public List<AttendanceStatus> getStatuses() {
        return List.of(AttendanceStatus.values());
    }

    private String pick(String latin, String arabic) {
        return language.isRightToLeft() && arabic != null && !arabic.isBlank() ? arabic : latin;
    }
}

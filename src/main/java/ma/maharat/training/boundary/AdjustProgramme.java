package ma.maharat.training.boundary;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.platform.error.RuleViolation;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.CohortRuleViolation;
import ma.maharat.training.control.PersonalisedProgrammes;
import ma.maharat.training.entity.CourseTreatment;
import ma.maharat.training.entity.PersonalisedCourse;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * The personalised programmes of a cohort's cooperatives (ADR 23), for a trainer assigned to the cohort
 * ({@code /trainer/programme.xhtml?cohort=…}) or an administrator ({@code /admin/programme.xhtml?cohort=…}):
 * per cooperative, each course of the programme with its treatment, changeable. Anyone else sees a refusal
 * and nothing of the cohort; an unknown cohort answers 404; without a cohort the page says where the cohorts are. Every save asks the service again, which checks
 * the role and the cohort once more.
 */
@Named
@ViewScoped
public class AdjustProgramme implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonalisedProgrammes programmes;

    @Inject
    transient PageMessages messages;

    @Inject
    transient LanguageSelection language;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient HttpServletRequest request;

    /** One course of a cooperative's programme on the page; {@code chosen} is what the form edits. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long courseId;
        private final String code;
        private final String title;
        private final CourseTreatment stored;
        private final String origin;
        private final Integer needScore;
        private final String changedBy;
        private final Instant changedAt;
        private CourseTreatment chosen;

        Row(PersonalisedProgrammes.Line line, String language) {
            this.courseId = line.course().getId();
            this.code = line.course().getCode();
            this.title = line.course().getTitle().in(language);
            this.stored = line.treatment();
            this.origin = line.origin() == null ? null : line.origin().name();
            this.needScore = line.needScore();
            this.changedBy = line.changedBy();
            this.changedAt = line.changedAt();
            this.chosen = line.treatment();
        }

        public long getCourseId() {
            return courseId;
        }

        public String getCode() {
            return code;
        }

        public String getTitle() {
            return title;
        }

        public CourseTreatment getStored() {
            return stored;
        }

        public boolean isProposed() {
            return PersonalisedCourse.Origin.PROPOSED.name().equals(origin);
        }

        public boolean isAdjusted() {
            return PersonalisedCourse.Origin.ADJUSTED.name().equals(origin);
        }

        public Integer getNeedScore() {
            return needScore;
        }

        public String getChangedBy() {
            return changedBy;
        }

        public Instant getChangedAt() {
            return changedAt;
        }

        public CourseTreatment getChosen() {
            return chosen;
        }

        public void setChosen(CourseTreatment chosen) {
            this.chosen = chosen;
        }
    }

    /** A cooperative's programme on the page. */
    public static class CooperativeProgramme implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long cooperativeId;
        private final String name;
        private final boolean nothingRequired;
        private final List<Row> rows;

        CooperativeProgramme(PersonalisedProgrammes.Programme programme, String language) {
            this.cooperativeId = programme.cooperative().getId();
            this.name = programme.cooperative().nameIn(language);
            this.nothingRequired = programme.isNothingRequired();
            this.rows = programme.lines().stream().map(l -> new Row(l, language)).toList();
        }

        public long getCooperativeId() {
            return cooperativeId;
        }

        public String getName() {
            return name;
        }

        public boolean isNothingRequired() {
            return nothingRequired;
        }

        public List<Row> getRows() {
            return rows;
        }
    }

    private Long cohortId;
    private String cohortName;
    private boolean refused;
    private boolean noCohort;
    private List<CooperativeProgramme> cooperatives = List.of();

    /** The view action (first request only): checks who asks, then loads the cohort's programmes. */
    public void load() {
        String id = request.getParameter("cohort");
        if (id == null) {
            noCohort = true;
            return;
        }
        if (!id.matches("\\d{1,18}")) {
            Faces.responseSendError(404, "no such cohort");
            return;
        }
        SignedInUser user = currentUser.required();
        long asked = Long.parseLong(id);
        try {
            if (!programmes.mayAdjust(user.accountId(), user.role(), asked)) {
                refused = true;
                return;
            }
            cohortId = asked;
            reload();
        } catch (CohortRuleViolation e) {
            Faces.responseSendError(404, "no such cohort");
        }
    }

    private void reload() {
        String code = language.getCode();
        List<PersonalisedProgrammes.Programme> all = programmes.ofCohort(cohortId);
        cohortName = all.isEmpty() ? programmesCohortName() : all.get(0).cohort().getName();
        cooperatives = all.stream().map(p -> new CooperativeProgramme(p, code)).toList();
    }

    private String programmesCohortName() {
        return programmes.cohortName(cohortId);
    }

    /** Saves one cooperative's treatments: every course that changed, in one transaction. */
    public void save(CooperativeProgramme cooperative) {
        if (cohortId == null) {
            return;
        }
        SignedInUser user = currentUser.required();
        Map<Long, CourseTreatment> changed = new LinkedHashMap<>();
        cooperative.getRows().stream().filter(r -> r.getChosen() != null && r.getChosen() != r.getStored())
                .forEach(r -> changed.put(r.getCourseId(), r.getChosen()));
        try {
            programmes.adjustAll(cohortId, cooperative.getCooperativeId(), changed, user.accountId(), user.role());
            messages.info(changed.isEmpty() ? "personalised.nothingChanged" : "personalised.saved", cooperative.getName());
            reload();
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    public List<CourseTreatment> getTreatments() {
        return List.of(CourseTreatment.values());
    }

    /** Whether no cohort was asked for: the page says where cohorts are listed. */
    public boolean isNoCohort() {
        return noCohort;
    }

    public boolean isRefused() {
        return refused;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public String getCohortName() {
        return cohortName;
    }

    public List<CooperativeProgramme> getCooperatives() {
        return cooperatives;
    }

    /** The list of cohorts this page came from, for the way back. */
    public String getBackPath() {
        return currentUser.isAdministrator() ? "/admin/cohorts.xhtml" : "/trainer/cohorts.xhtml";
    }
}

package ma.maharat.intake.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.intake.control.Conversion;
import ma.maharat.intake.control.Eligibility;
import ma.maharat.intake.control.Intake;
import ma.maharat.intake.control.Placement;
import ma.maharat.intake.control.IntakeRuleViolation;
import ma.maharat.intake.control.References;
import ma.maharat.intake.control.Selection;
import ma.maharat.intake.entity.Decision;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.platform.error.RuleViolation;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.Cohorts;
import org.omnifaces.cdi.ViewScoped;

/**
 * The committee's page for a call ({@code /admin/selection.xhtml?call=}): the weights of the score, the
 * ranked applicants with each score's parts and the eligibility's reasons, and one form to record the
 * decision on the applicant chosen in the list. Administrators only (web.xml, and checked again here).
 */
@Named
@ViewScoped
public class SelectionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Selection selection;

    @Inject
    transient Intake intake;

    @Inject
    transient Conversion conversion;

    @Inject
    transient Placement placement;

    @Inject
    transient Cohorts cohorts;

    @Inject
    transient PageMessages messages;

    /** An applicant placed in a cohort on this page. */
    public record Placed(long applicationId, long cohortId, String cohortName) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A cohort a converted applicant may still join: one that has not ended. */
    public record CohortChoice(long id, String name) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A call to choose when the address names none, titled in both languages. */
    public record CallChoice(long id, String titleFr, String titleAr) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private IntakeCall call;
    private List<Selection.Ranked> ranking = List.of();
    private long selectedCount;

    private Integer weightNeed;
    private Integer weightSize;
    private Integer weightWomen;

    private Long decidingId;
    private String decidingName;
    private Decision decision;
    private String reason;

    private List<CohortChoice> openCohorts = List.of();
    /** Without a call in the address: every call, to choose the one to select for (id and French title). */
    private List<CallChoice> callChoices = List.of();
    /** The cohort chosen in each converted applicant's row, by application id (the menu submits the id as text). */
    private final Map<Long, String> placeChoice = new HashMap<>();
    private Placed placed;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isUserInRole("ADMIN")) {
            external.setResponseStatus(403);
            return;
        }
        String asked = external.getRequestParameterMap().get("call");
        if (asked == null || asked.isBlank()) {
            // Reached from the menu or an old bookmark: the calls to choose from, not a 404.
            callChoices = intake.calls().stream().map(c -> new CallChoice(c.getId(), c.getTitleFr(), c.getTitleAr())).toList();
            return;
        }
        if (asked.matches("[0-9]{1,12}")) {
            call = intake.call(Long.parseLong(asked)).orElse(null);
        }
        if (call == null) {
            external.setResponseStatus(404);
            return;
        }
        weightNeed = call.getWeightNeed();
        weightSize = call.getWeightSize();
        weightWomen = call.getWeightWomen();
        refresh();
    }

    private void refresh() {
        call = intake.call(call.getId()).orElseThrow();
        ranking = selection.ranking(call.getId());
        selectedCount = selection.selectedCount(call.getId());
        // Only a converted applicant's row offers the cohorts: no cohort query for a call that has none.
        LocalDate today = LocalDate.now(CenterDates.CENTER_ZONE);
        openCohorts = ranking.stream().noneMatch(r -> r.application().getCooperativeId() != null) ? List.of()
                : cohorts.all().stream().filter(c -> !c.getEndDate().isBefore(today))
                        .map(c -> new CohortChoice(c.getId(), c.getName())).toList();
    }

    public void saveWeights() {
        try {
            selection.weigh(call.getId(), weightNeed, weightSize, weightWomen);
            messages.info("selection.weights.saved");
            refresh();
        } catch (IntakeRuleViolation e) {
            messages.error(e);
        }
    }

    public void choose(Selection.Ranked row) {
        decidingId = row.application().getId();
        decidingName = row.application().getNameFr();
        decision = row.application().getDecision();
        reason = row.application().getDecisionReason();
    }

    public void cancel() {
        decidingId = null;
        decidingName = null;
        decision = null;
        reason = null;
    }

    public void decide() {
        if (decidingId == null) {
            return;
        }
        try {
            selection.decide(decidingId, decision, reason, FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
            messages.info("selection.decision.saved", decidingName);
            cancel();
            refresh();
        } catch (IntakeRuleViolation e) {
            messages.error(e);
        }
    }

    public void convert(Selection.Ranked row) {
        try {
            conversion.convert(row.application().getId());
            messages.info("selection.convert.done", row.application().getNameFr());
            refresh();
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    /** Places the converted applicant in the cohort chosen in its row and proposes its programme from its needs. */
    public void place(Selection.Ranked row) {
        long applicationId = row.application().getId();
        String chosen = placeChoice.get(applicationId);
        CohortChoice cohort = chosen == null ? null
                : openCohorts.stream().filter(c -> String.valueOf(c.id()).equals(chosen)).findFirst().orElse(null);
        if (cohort == null) {
            messages.error(null, "selection.place.chooseCohort");
            return;
        }
        try {
            placement.place(applicationId, cohort.id());
            messages.info("selection.place.done", row.application().getNameFr(), cohort.name());
            placed = new Placed(applicationId, cohort.id(), cohort.name());
            refresh();
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    public List<CallChoice> getCallChoices() {
        return callChoices;
    }

    public List<CohortChoice> getOpenCohorts() {
        return openCohorts;
    }

    public Map<Long, String> getPlaceChoice() {
        return placeChoice;
    }

    /** The last placement made on this page, shown in its row with a link to the cohort's programmes; null before any. */
    public Placed getPlaced() {
        return placed;
    }

    public String reasonText(Eligibility.Reason r) {
        return SelectionTexts.reason(messages, r);
    }

    public String grouped(String reference) {
        return References.grouped(reference);
    }

    public List<Decision> getDecisions() {
        return List.of(Decision.values());
    }

    public IntakeCall getCall() {
        return call;
    }

    public List<Selection.Ranked> getRanking() {
        return ranking;
    }

    public long getSelectedCount() {
        return selectedCount;
    }

    public boolean isFull() {
        return call != null && selectedCount >= call.getPlaces();
    }

    public boolean isDeciding() {
        return decidingId != null;
    }

    public String getDecidingName() {
        return decidingName;
    }

    public Integer getWeightNeed() {
        return weightNeed;
    }

    public void setWeightNeed(Integer v) {
        weightNeed = v;
    }

    public Integer getWeightSize() {
        return weightSize;
    }

    public void setWeightSize(Integer v) {
        weightSize = v;
    }

    public Integer getWeightWomen() {
        return weightWomen;
    }

    public void setWeightWomen(Integer v) {
        weightWomen = v;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision v) {
        decision = v;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        reason = v;
    }
}

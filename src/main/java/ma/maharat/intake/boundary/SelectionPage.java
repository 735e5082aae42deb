package ma.maharat.intake.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.maharat.intake.control.Conversion;
import ma.maharat.intake.control.Eligibility;
import ma.maharat.intake.control.Intake;
import ma.maharat.intake.control.IntakeRuleViolation;
import ma.maharat.intake.control.References;
import ma.maharat.intake.control.Selection;
import ma.maharat.intake.entity.Decision;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.platform.error.RuleViolation;
import ma.maharat.platform.i18n.PageMessages;
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
    transient PageMessages messages;

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

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isUserInRole("ADMIN")) {
            external.setResponseStatus(403);
            return;
        }
        String asked = external.getRequestParameterMap().get("call");
        if (asked != null && asked.matches("[0-9]{1,12}")) {
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

package ma.maharat.intake.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.intake.control.Intake;
import ma.maharat.intake.control.IntakeProblem;
import ma.maharat.intake.control.IntakeRuleViolation;
import ma.maharat.intake.entity.CallDetails;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.cdi.ViewScoped;

/**
 * The administrators' page for calls for applications ({@code /admin/calls.xhtml}): the calls with their
 * number of applications, one form to create a call or edit one that has not opened yet, and closing.
 */
@Named
@ViewScoped
public class ManageCalls implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "call:";

    @Inject
    transient Intake intake;

    @Inject
    transient PageMessages messages;

    private List<IntakeCall> calls;
    private Map<Long, Integer> applicationCounts;

    private Long editedId;
    private String titleAr;
    private String titleFr;
    private String textAr;
    private String textFr;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Integer places = 20;
    private String region;
    private List<LegalForm> legalForms = List.of(LegalForm.COOPERATIVE);
    private boolean textileRequired = true;
    private Integer minimumMembers = 5;

    @PostConstruct
    void load() {
        calls = intake.calls();
        applicationCounts = calls.stream().collect(Collectors.toMap(IntakeCall::getId, c -> intake.applicationsOf(c.getId()).size()));
    }

    public int applicationsOf(IntakeCall call) {
        return applicationCounts.getOrDefault(call.getId(), 0);
    }

    public boolean editable(IntakeCall call) {
        return call.isEditable(intake.now());
    }

    public boolean open(IntakeCall call) {
        return call.isOpen(intake.now());
    }

    public boolean closable(IntakeCall call) {
        return call.getClosedAt() == null && intake.now().isBefore(call.closesAt());
    }

    public void edit(IntakeCall call) {
        CallDetails d = intake.call(call.getId()).map(IntakeCall::details).orElse(null);
        if (d == null) {
            return;
        }
        editedId = call.getId();
        titleAr = d.titleAr();
        titleFr = d.titleFr();
        textAr = d.textAr();
        textFr = d.textFr();
        opensOn = d.opensOn();
        closesOn = d.closesOn();
        places = d.places();
        region = d.region();
        legalForms = List.copyOf(d.legalForms());
        textileRequired = d.textileRequired();
        minimumMembers = d.minimumMembers();
    }

    public void clear() {
        editedId = null;
        titleAr = titleFr = textAr = textFr = region = null;
        opensOn = closesOn = null;
        places = 20;
        legalForms = List.of(LegalForm.COOPERATIVE);
        textileRequired = true;
        minimumMembers = 5;
    }

    public void save() {
        CallDetails details = new CallDetails(titleAr, titleFr, textAr, textFr, opensOn, closesOn, places, region,
                legalForms == null || legalForms.isEmpty() ? EnumSet.noneOf(LegalForm.class) : EnumSet.copyOf(legalForms),
                textileRequired, minimumMembers);
        try {
            IntakeCall saved = editedId == null ? intake.createCall(details) : intake.updateCall(editedId, details);
            messages.info("calls.saved", saved.getTitleFr());
            clear();
            load();
        } catch (IntakeRuleViolation e) {
            messages.error(e);
            for (IntakeProblem problem : e.problems()) {
                messages.error(FORM + problem.field(), problem.messageKey(), problem.arguments().toArray());
            }
        }
    }

    public void close(IntakeCall call) {
        try {
            messages.info("calls.closedNow", intake.closeCall(call.getId()).getTitleFr());
            load();
        } catch (IntakeRuleViolation e) {
            messages.error(e);
        }
    }

    public List<LegalForm> getAllLegalForms() {
        return List.of(LegalForm.values());
    }


    public boolean isEditing() {
        return editedId != null;
    }

    public List<IntakeCall> getCalls() {
        return calls;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public void setTitleAr(String v) {
        titleAr = v;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String v) {
        titleFr = v;
    }

    public String getTextAr() {
        return textAr;
    }

    public void setTextAr(String v) {
        textAr = v;
    }

    public String getTextFr() {
        return textFr;
    }

    public void setTextFr(String v) {
        textFr = v;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate v) {
        opensOn = v;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate v) {
        closesOn = v;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer v) {
        places = v;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String v) {
        region = v;
    }

    public List<LegalForm> getLegalForms() {
        return legalForms;
    }

    public void setLegalForms(List<LegalForm> v) {
        legalForms = v;
    }

    public boolean isTextileRequired() {
        return textileRequired;
    }

    public void setTextileRequired(boolean v) {
        textileRequired = v;
    }

    public Integer getMinimumMembers() {
        return minimumMembers;
    }

    public void setMinimumMembers(Integer v) {
        minimumMembers = v;
    }
}

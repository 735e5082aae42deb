package ma.maharat.intake.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.maharat.intake.control.Intake;
import ma.maharat.intake.control.References;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import org.omnifaces.cdi.ViewScoped;

/** The applications to one call ({@code /admin/applications.xhtml?call=}), for administrators. */
@Named
@ViewScoped
public class CallApplications implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Intake intake;

    private IntakeCall call;
    private List<IntakeApplication> applications = List.of();

    @PostConstruct
    void load() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("call");
        if (asked != null && asked.matches("[0-9]{1,12}")) {
            call = intake.call(Long.parseLong(asked)).orElse(null);
        }
        if (call == null) {
            // An address naming a call that does not exist; without ?call= the page just says so.
            if (asked != null) {
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
            return;
        }
        applications = intake.applicationsOf(call.getId());
    }

    public String grouped(String reference) {
        return References.grouped(reference);
    }

    public IntakeCall getCall() {
        return call;
    }

    public List<IntakeApplication> getApplications() {
        return applications;
    }

    public long getWithdrawnCount() {
        return applications.stream().filter(IntakeApplication::isWithdrawn).count();
    }
}

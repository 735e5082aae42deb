package ma.maharat.impact.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.impact.control.FollowUpGate;
import ma.maharat.impact.control.FollowUpLinks;
import ma.maharat.impact.control.FollowUpRuleViolation;
import ma.maharat.impact.entity.FollowUpRound;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.platform.security.ClientAddress;
import ma.maharat.platform.text.MixedDirection;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /follow-up/?t=…}: the form a cooperative's president fills in from the link she was sent, without
 * an account. The token is looked up once per view (rate-limited per address); an unknown, expired, revoked
 * or used link shows a page that says so (404 or 410), never an error. The form serves that link's
 * cooperative and round only: the token, not anything posted, says which.
 */
@Named
@ViewScoped
public class PresidentFollowUp implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FollowUpLinks links;

    @Inject
    transient FollowUpGate gate;

    @Inject
    transient ClientAddress clientAddress;

    @Inject
    transient PageMessages messages;

    private String token;
    private String state;
    private long retryAfterSeconds;
    private String cooperativeFr;
    private String cooperativeAr;
    private String cohortName;
    private FollowUpRound round;
    private FollowUpForm form;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseHeader("Cache-Control", "no-store");
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<Duration> wait = gate.take(clientAddress.of(request));
        if (wait.isPresent()) {
            state = "LIMITED";
            retryAfterSeconds = Math.max(1, wait.get().toSeconds());
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(retryAfterSeconds));
            return;
        }
        token = request.getParameter("t");
        FollowUpLinks.Opening opening = links.open(token);
        show(opening, external);
        if (opening.isOpen()) {
            Cooperative cooperative = opening.link().getCooperative();
            cooperativeFr = cooperative.getNameFr();
            cooperativeAr = cooperative.getNameAr();
            cohortName = opening.link().getCohort().getName();
            round = opening.link().getRound();
            form = FollowUpForm.blank();
        }
    }

    private void show(FollowUpLinks.Opening opening, ExternalContext external) {
        if (opening.isOpen()) {
            state = "OPEN";
            return;
        }
        state = opening.refusal().name();
        if (token != null) {
            // No token at all asks for nothing (the bare address): the same page, without an error status.
            external.setResponseStatus(opening.refusal() == FollowUpLinks.Opening.Reason.UNKNOWN ? 404 : 410);
        }
    }

    /** The page's view action: the lookup above has run before anything is written. */
    public void lookUp() {
        // Done in @PostConstruct.
    }

    public void send() {
        try {
            FollowUpLinks.Opening opening = links.submit(token, form.details());
            if (opening.isOpen()) {
                state = "SENT";
                form = null;
            } else {
                state = opening.refusal().name();
                form = null;
            }
        } catch (FollowUpRuleViolation e) {
            FormProblems.show(messages, "follow-up", e);
        }
    }

    public void addOrderRows() {
        form.addOrderRows();
    }

    public String getState() {
        return state;
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String getCooperativeFr() {
        return cooperativeFr;
    }

    public String getCooperativeAr() {
        return cooperativeAr;
    }

    public String getCohortName() {
        return cohortName;
    }

    /** The cohort's name isolated (FSI…PDI) for a sentence in the other direction: «Cycle 1 — 2026» inside Arabic. */
    public String getCohortNameIsolated() {
        return cohortName == null ? null : MixedDirection.isolate(cohortName);
    }

    public FollowUpRound getRound() {
        return round;
    }

    public FollowUpForm getForm() {
        return form;
    }
}

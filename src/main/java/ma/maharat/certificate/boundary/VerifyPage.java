package ma.maharat.certificate.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The public verification page ({@code /verify/}, {@code /verify/?code=} or the QR code's
 * {@code /verify/{code}}): looks the code up once per request, rate-limited, and answers 429 with
 * Retry-After when the client has looked up too many codes.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    PublicVerification verification;

    private String typed;
    private PublicVerification.Outcome outcome;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // The request as Faces sees it: after VerificationAddresses' forward it carries ?code= (an
        // injected HttpServletRequest would be the original one, without it).
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        typed = request.getParameter("code");
        if (typed == null || typed.isBlank()) {
            return;
        }
        typed = typed.strip();
        outcome = verification.lookup(request, typed);
        if (outcome instanceof PublicVerification.Limited limited) {
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(limited.retryAfter().toSeconds()));
        } else if (outcome instanceof PublicVerification.Unknown) {
            external.setResponseStatus(404);
        }
        external.setResponseHeader("Cache-Control", "no-store");
    }

    /**
     * The page's view action: nothing to do but to make sure the lookup above has run, before the
     * response is written.
     */
    public void lookUp() {
        // The @PostConstruct lookup ran when this bean was created for the call.
    }

    public String getTyped() {
        return typed;
    }

    public PublicVerification.Found getFound() {
        return outcome instanceof PublicVerification.Found found ? found : null;
    }

    public boolean isUnknown() {
        return outcome instanceof PublicVerification.Unknown;
    }

    public boolean isLimited() {
        return outcome instanceof PublicVerification.Limited;
    }

    public long getRetryAfterSeconds() {
        return outcome instanceof PublicVerification.Limited limited ? limited.retryAfter().toSeconds() : 0;
    }
}

package ma.maharat.certificate.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /verify/{code}/credential.json} (forwarded here by {@link VerificationAddresses}): the
 * signed Open Badges credential of a code, public like the verification page and rate-limited with
 * it. A revoked credential is still given out: its status list says it is revoked.
 */
@WebServlet(urlPatterns = "/verify/credential/*")
public class PublicCredentialServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String CREDENTIAL_TYPE = "application/vc+ld+json;charset=UTF-8";

    @Inject
    transient PublicVerification verification;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        PublicVerification.Outcome outcome = verification.lookup(request, code);
        if (outcome instanceof PublicVerification.Limited limited) {
            response.setHeader("Retry-After", Long.toString(limited.retryAfter().toSeconds()));
            response.sendError(429);
        } else if (outcome instanceof PublicVerification.Found found && found.credentialJson() != null) {
            response.setContentType(CREDENTIAL_TYPE);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + found.number() + ".json\"");
            response.getOutputStream().write(found.credentialJson().getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendError(404);
        }
    }
}

package ma.maharat.certificate.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import ma.maharat.certificate.control.StatusLists;

/**
 * {@code GET /verify/status/{n}}: the signed Bitstring Status List that every credential's
 * {@code credentialStatus} points to, public and not rate-limited (verifiers fetch it for every
 * credential they check; it names no one). Caches may keep it a minute.
 */
@WebServlet(urlPatterns = "/verify/status/*")
public class StatusListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StatusLists lists;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int list;
        try {
            list = Integer.parseInt(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(404);
            return;
        }
        Optional<String> document = lists.document(list);
        if (document.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType(PublicCredentialServlet.CREDENTIAL_TYPE);
        response.setHeader("Cache-Control", "public, max-age=60");
        response.getOutputStream().write(document.get().getBytes(StandardCharsets.UTF_8));
    }
}

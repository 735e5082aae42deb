package ma.maharat.certificate.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.certificate.control.CertificateRuleViolation;
import ma.maharat.certificate.control.CertificateRegister;
import ma.maharat.certificate.control.CertifiedFacts;
import ma.maharat.certificate.document.CertificatePdf;
import ma.maharat.certificate.entity.Certificate;
import ma.maharat.identity.boundary.CurrentUser;

/**
 * A certificate's PDF ({@code .../certificate/12.pdf}) and signed credential ({@code .../12.json}):
 * under {@code /learn/} for the holder herself, under {@code /admin/} for administrators (web.xml
 * closes each area to its role). A trainee asking for someone else's certificate gets 404, exactly
 * as for one that does not exist, so that ids reveal nothing. The PDF is drawn from the frozen facts
 * at each download, so it always says what was issued.
 */
@WebServlet(urlPatterns = {"/learn/certificate/*", "/admin/certificate/*"})
public class CertificateDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern FILE = Pattern.compile("/(\\d{1,18})\\.(pdf|json)");

    @Inject
    transient CertificateRegister register;

    @Inject
    transient CertifiedFacts facts;

    @Inject
    transient CertificatePdf pdf;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!file.matches()) {
            response.sendError(404);
            return;
        }
        Certificate certificate;
        try {
            certificate = register.find(Long.parseLong(file.group(1)));
        } catch (CertificateRuleViolation e) {
            response.sendError(404);
            return;
        }
        boolean traineeArea = request.getServletPath().startsWith("/learn/");
        if (traineeArea && currentUser.get().map(u -> u.accountId() != certificate.getHolder().getId()).orElse(true)) {
            response.sendError(404);
            return;
        }
        response.setHeader("Cache-Control", "private, no-store");
        if (file.group(2).equals("pdf")) {
            byte[] bytes = pdf.render(facts.of(certificate));
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + certificate.getNumber() + ".pdf\"");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        } else if (certificate.getCredentialJson() != null) {
            response.setContentType(PublicCredentialServlet.CREDENTIAL_TYPE);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + certificate.getNumber() + ".json\"");
            response.getOutputStream().write(certificate.getCredentialJson().getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendError(404);
        }
    }
}

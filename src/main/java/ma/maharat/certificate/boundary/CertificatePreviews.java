package ma.maharat.certificate.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.maharat.certificate.control.CertificateRuleViolation;
import ma.maharat.certificate.control.CertificateIssuing;
import ma.maharat.certificate.document.CertificatePdf;

/**
 * {@code GET /admin/certificate-preview.pdf?course=…&holder=…} (or {@code cohort=…} for a programme):
 * the PDF a trainee's certificate would have if it were issued now, crossed «APERÇU · معاينة», opened
 * in the browser before issuing. A GET that changes nothing: no number is taken, nothing is stored or
 * audited, and the page carries no code or address that could pass for a credential. Under
 * {@code /admin/*}, which web.xml closes to administrators; an unknown trainee, course or cohort, or a
 * trainee outside the cohort, answers 404.
 */
@WebServlet("/admin/certificate-preview.pdf")
public class CertificatePreviews extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateIssuing issuing;

    @Inject
    transient CertificatePdf pdf;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes;
        try {
            Long course = id(request.getParameter("course"));
            Long cohort = id(request.getParameter("cohort"));
            Long holder = id(request.getParameter("holder"));
            if (holder == null || (course == null) == (cohort == null)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            bytes = pdf.renderPreview(issuing.preview(course, cohort, holder));
        } catch (NumberFormatException | CertificateRuleViolation e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        // Opened in the browser's own viewer, in a tab of its own, and never kept: it names a trainee.
        response.setHeader("Content-Disposition", "inline; filename=\"apercu-certificat.pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static Long id(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }
}

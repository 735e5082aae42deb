package ma.maharat.certificate.boundary;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ma.maharat.certificate.control.CertificateRuleViolation;
import ma.maharat.certificate.control.CertificateCorrections;
import ma.maharat.certificate.control.CertificateRegister;
import ma.maharat.certificate.control.PublicAddresses;
import ma.maharat.certificate.entity.Certificate;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.cdi.ViewScoped;

/**
 * One certificate for administrators ({@code /admin/certificate.xhtml?id=}): the facts it states,
 * its status, the PDF and credential downloads, the address of its public verification (the QR
 * code), and the two changes an issued certificate allows: revoking it with a reason, or issuing a
 * corrected one that supersedes it.
 */
@Named
@ViewScoped
public class CertificatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateRegister register;

    @Inject
    transient CertificateCorrections corrections;

    @Inject
    transient PublicAddresses addresses;

    @Inject
    transient PageMessages messages;

    private Long id;
    private Certificate certificate;
    private String reason;

    /** View action: loads the certificate named in the address. */
    public void load() {
        if (id == null) {
            messages.error(null, "certificate.notFound");
            return;
        }
        try {
            certificate = register.find(id);
        } catch (CertificateRuleViolation e) {
            messages.error(e);
        }
    }

    /**
     * Revokes with the reason typed in the same dialog; a missing or too long reason is said in the
     * dialog, which stays open. Done, the page opens again showing the certificate revoked.
     */
    public void revoke() throws java.io.IOException {
        try {
            certificate = corrections.revoke(id, reason);
            messages.info("certificate.revokedDone", certificate.getNumber());
            reason = null;
            var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/admin/certificate.xhtml?id=" + id);
        } catch (CertificateRuleViolation e) {
            messages.error("certificate:reason", e.messageKey(), e.arguments());
        }
    }

    /** Issues the corrected certificate and opens its page. */
    public String supersede() {
        try {
            Certificate correction = corrections.supersede(id);
            messages.info("certificate.supersededDone", certificate.getNumber(), correction.getNumber());
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/certificate?faces-redirect=true&id=" + correction.getId();
        } catch (CertificateRuleViolation e) {
            messages.error(e);
            return null;
        }
    }

    public String getVerificationUrl() {
        return certificate == null ? null : addresses.verification(certificate.getVerificationCode());
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

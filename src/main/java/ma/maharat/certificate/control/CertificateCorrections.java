package ma.maharat.certificate.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.certificate.entity.Certificate;

/**
 * After issuing: correcting a certificate (a new one, with the facts as they stand today, supersedes it)
 * or revoking it for good. Either way the old certificate stops verifying, here at once and with outside
 * verifiers once the status list is published again ({@link CertificateRevoked}). Audited in the
 * change's transaction.
 */
@Stateless
public class CertificateCorrections {

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateRegister register;

    @Inject
    CertificateIssuing issuing;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    Event<CertificateRevoked> revoked;

    Clock clock = Clock.systemUTC();

    /**
     * Issues a corrected certificate with the facts as they stand today (the holder's name, the
     * course's titles) and marks the old one superseded by it.
     *
     * @throws CertificateRuleViolation {@code certificate.notValid} when the old one is revoked or already superseded
     */
    public Certificate supersede(long certificateId) {
        Certificate old = register.find(certificateId);
        if (!old.isValid()) {
            throw new CertificateRuleViolation("certificate.notValid", old.getNumber());
        }
        old.stepAsideForCorrection();
        em.flush();
        Certificate correction = issuing.issueCorrectionOf(old);
        old.supersede(correction, correction.getIssuedAt());
        // A superseded credential must stop verifying with outside verifiers too: its bit is set like a revocation's.
        revoked.fire(new CertificateRevoked(old.getId(), old.getStatusIndex()));
        audit.record("certificate.superseded", "certificate", old.getId(), AuditMessage.of(
                "audit.message.certificate.superseded", old.getNumber(), correction.getNumber(), correction.getHolderName(),
                CertificateIssuing.awardOf(correction)));
        return correction;
    }

    /**
     * Revokes a certificate for good, with a reason; the verification page and API say so at once,
     * the status list once this transaction commits.
     *
     * @throws CertificateRuleViolation {@code certificate.reasonRequired} or {@code certificate.alreadyRevoked}
     */
    public Certificate revoke(long certificateId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new CertificateRuleViolation("certificate.reasonRequired");
        }
        if (why.length() > 1000) {
            throw new CertificateRuleViolation("certificate.reasonTooLong", 1000);
        }
        Certificate certificate = register.find(certificateId);
        if (certificate.getRevokedAt() != null) {
            throw new CertificateRuleViolation("certificate.alreadyRevoked", certificate.getNumber());
        }
        certificate.revoke(Instant.now(clock), CertificateIssuing.actor(security), why);
        audit.record("certificate.revoked", "certificate", certificate.getId(), AuditMessage.of(
                "audit.message.certificate.revoked", certificate.getNumber(), certificate.getHolderName(), why));
        revoked.fire(new CertificateRevoked(certificate.getId(), certificate.getStatusIndex()));
        return certificate;
    }
}

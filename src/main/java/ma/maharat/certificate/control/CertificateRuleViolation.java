package ma.maharat.certificate.control;

import ma.maharat.platform.error.RuleViolation;

/** A certificate that cannot be issued, corrected or revoked, with the message key that says why. */
public class CertificateRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public CertificateRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

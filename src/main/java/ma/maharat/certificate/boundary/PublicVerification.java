package ma.maharat.certificate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import ma.maharat.certificate.control.CertificateRegister;
import ma.maharat.certificate.control.VerificationGate;
import ma.maharat.platform.security.ClientAddress;
import ma.maharat.certificate.entity.Certificate;

/**
 * One public lookup of a code, shared by the page, the JSON API and the credential address: counted
 * against the client's rate limit, and answered with what a verifier may see and nothing more (the
 * status with its date, the holder's name, the course, the day of issue).
 */
@ApplicationScoped
public class PublicVerification {

    private static final ZoneId CENTER_ZONE = ZoneId.of("Africa/Casablanca");

    @Inject
    CertificateRegister register;

    @Inject
    VerificationGate gate;

    @Inject
    ClientAddress clientAddress;

    /** What a lookup found. */
    public sealed interface Outcome permits Found, Unknown, Limited {}

    /** The public view of a certificate; {@code statusOn} is the day it was revoked or superseded, null while valid. */
    public record Found(String number, String code, Certificate.Status status, LocalDate statusOn, String holderName,
            String holderNameAr, String titleFr, String titleAr, String titleEn, LocalDate issuedOn, String credentialJson)
            implements Outcome {

        public String titleIn(String language) {
            return switch (language) {
                case "ar" -> titleAr;
                case "en" -> titleEn;
                default -> titleFr;
            };
        }

        public boolean isValid() {
            return status == Certificate.Status.VALID;
        }
    }

    public record Unknown() implements Outcome {}

    public record Limited(Duration retryAfter) implements Outcome {}

    public Outcome lookup(HttpServletRequest request, String code) {
        Optional<Duration> wait = gate.take(clientAddress.of(request));
        if (wait.isPresent()) {
            return new Limited(wait.get());
        }
        return register.byCode(code).<Outcome>map(PublicVerification::publicView).orElseGet(Unknown::new);
    }

    private static Found publicView(Certificate c) {
        LocalDate statusOn = switch (c.status()) {
            case REVOKED -> c.getRevokedAt().atZone(CENTER_ZONE).toLocalDate();
            case SUPERSEDED -> c.getSupersededAt().atZone(CENTER_ZONE).toLocalDate();
            case VALID -> null;
        };
        return new Found(c.getNumber(), c.getVerificationCode(), c.status(), statusOn, c.getHolderName(), c.getHolderNameAr(),
                c.getTitleFr(), c.getTitleAr(), c.getTitleEn(), c.getIssuedAt().atZone(CENTER_ZONE).toLocalDate(), c.getCredentialJson());
    }
}

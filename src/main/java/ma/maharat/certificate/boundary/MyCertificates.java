package ma.maharat.certificate.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ma.maharat.certificate.control.AwaitedCertificates;
import ma.maharat.certificate.control.CertificateRegister;
import ma.maharat.certificate.control.PublicAddresses;
import ma.maharat.certificate.entity.Certificate;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.learning.control.Learning;
import ma.maharat.learning.entity.Enrollment;

/**
 * "My certificates": a trainee's own certificates, latest first, with their downloads and verification
 * addresses; then the courses she completed whose certificate the center has not issued yet; and only
 * when she has completed nothing, the encouragement to finish a course.
 */
@Named
@RequestScoped
public class MyCertificates {

    @Inject
    CertificateRegister register;

    @Inject
    Learning learning;

    @Inject
    PublicAddresses addresses;

    @Inject
    CurrentUser currentUser;

    private List<Certificate> mine;
    private List<Enrollment> awaited;
    private boolean encouragement;

    @PostConstruct
    void load() {
        long holder = currentUser.required().accountId();
        mine = register.ofHolder(holder);
        List<Enrollment> completed = learning.enrollmentsOf(holder).stream().filter(Enrollment::isCompleted).toList();
        Set<Long> covered = new HashSet<>();
        for (Certificate certificate : mine) {
            if (certificate.isForProgramme()) {
                certificate.getProgramme().getProgramme().forEach(course -> covered.add(course.getId()));
            } else {
                covered.add(certificate.getCourse().getId());
            }
        }
        awaited = AwaitedCertificates.awaited(completed, e -> e.getCourse().getId(), covered);
        encouragement = AwaitedCertificates.encouragement(completed.size(), mine.size());
    }

    public String verificationUrl(Certificate certificate) {
        return addresses.verification(certificate.getVerificationCode());
    }

    public List<Certificate> getMine() {
        return mine;
    }

    /** Her completed courses no certificate of hers covers yet, as their enrolments (course and day completed). */
    public List<Enrollment> getAwaited() {
        return awaited;
    }

    public boolean isEncouragement() {
        return encouragement;
    }
}

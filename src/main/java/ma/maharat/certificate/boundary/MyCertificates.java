package ma.maharat.certificate.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.maharat.certificate.control.Certificates;
import ma.maharat.certificate.control.PublicAddresses;
import ma.maharat.certificate.entity.Certificate;
import ma.maharat.identity.boundary.CurrentUser;

/** "My certificates": a trainee's own certificates, latest first, with their downloads and verification addresses. */
@Named
@RequestScoped
public class MyCertificates {

    @Inject
    Certificates certificates;

    @Inject
    PublicAddresses addresses;

    @Inject
    CurrentUser currentUser;

    private List<Certificate> mine;

    @PostConstruct
    void load() {
        mine = certificates.ofHolder(currentUser.required().accountId());
    }

    public String verificationUrl(Certificate certificate) {
        return addresses.verification(certificate.getVerificationCode());
    }

    public List<Certificate> getMine() {
        return mine;
    }
}

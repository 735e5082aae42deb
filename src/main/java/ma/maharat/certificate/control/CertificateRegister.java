package ma.maharat.certificate.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.maharat.certificate.entity.Certificate;

/**
 * The register of issued certificates: one by id or by the code on its paper (for verification), a
 * holder's, the administrators' search, and the revoked bits the published status lists carry.
 */
@Stateless
public class CertificateRegister {

    @PersistenceContext
    EntityManager em;

    /** @throws CertificateRuleViolation {@code certificate.notFound} */
    public Certificate find(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id)).orElseThrow(() -> new CertificateRuleViolation("certificate.notFound"));
    }

    /** The certificate of a code as typed or scanned, if there is one. */
    public Optional<Certificate> byCode(String typed) {
        return VerificationCode.normalize(typed).flatMap(code -> em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
                .setParameter("code", code).getResultList().stream().findFirst());
    }

    /** A holder's certificates, latest first. */
    public List<Certificate> ofHolder(long holderId) {
        return em.createNamedQuery(Certificate.OF_HOLDER, Certificate.class).setParameter("holder", holderId).getResultList();
    }

    /** Certificates whose number, code, holder or title contains the text (all when it is blank), latest first. */
    public List<Certificate> search(String text, int max) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createNamedQuery(Certificate.SEARCH, Certificate.class).setParameter("text", pattern).setMaxResults(max)
                .getResultList();
    }

    /** The revoked bits of a status list (1 = the first), as positions in that list. */
    public BitSet revokedBits(int list) {
        int from = (list - 1) * PublicAddresses.STATUS_LIST_SIZE;
        BitSet bits = new BitSet(PublicAddresses.STATUS_LIST_SIZE);
        em.createNamedQuery(Certificate.REVOKED_INDEXES, Integer.class).setParameter("from", from)
                .setParameter("to", from + PublicAddresses.STATUS_LIST_SIZE).getResultList().forEach(i -> bits.set(i - from));
        return bits;
    }

    /** How many status lists are published: one, plus one more for every 131072 certificates. */
    public int statusListCount() {
        Integer max = em.createNamedQuery(Certificate.MAX_STATUS_INDEX, Integer.class).getSingleResult();
        return max == null ? 1 : max / PublicAddresses.STATUS_LIST_SIZE + 1;
    }
}

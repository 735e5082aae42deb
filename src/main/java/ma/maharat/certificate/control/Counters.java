package ma.maharat.certificate.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Sequences without gaps or duplicates: the counter's row is locked ({@code SELECT ... FOR UPDATE})
 * until the issuing transaction ends, so two administrators issuing at the same moment get
 * consecutive values, and a transaction that rolls back gives its value back. Runs in the caller's
 * transaction, which must exist.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Counters {

    static final String STATUS_INDEX = "status-index";

    @PersistenceContext
    EntityManager em;

    /** The counter's next value, 1 for a new counter. */
    public int next(String name) {
        // A new counter row: INSERT IGNORE waits for a concurrent insert of the same name and then does nothing.
        em.createNativeQuery("INSERT IGNORE INTO certificate_counter (name, last_value) VALUES (?1, 0)")
                .setParameter(1, name).executeUpdate();
        Number last = (Number) em.createNativeQuery("SELECT last_value FROM certificate_counter WHERE name = ?1 FOR UPDATE")
                .setParameter(1, name).getSingleResult();
        int next = last.intValue() + 1;
        em.createNativeQuery("UPDATE certificate_counter SET last_value = ?1 WHERE name = ?2")
                .setParameter(1, next).setParameter(2, name).executeUpdate();
        return next;
    }
}

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
        Number last = locked(name);
        if (last == null) {
            // The first of its kind (a new year): INSERT IGNORE waits for a concurrent insert of the same
            // name and then does nothing. Only this rare path can deadlock, and then the issue is refused
            // and tried again; an existing row is locked first (an INSERT IGNORE on it would take a
            // shared lock that two transactions could then both try to upgrade).
            em.createNativeQuery("INSERT IGNORE INTO certificate_counter (name, last_value) VALUES (?1, 0)")
                    .setParameter(1, name).executeUpdate();
            last = locked(name);
        }
        int next = last.intValue() + 1;
        em.createNativeQuery("UPDATE certificate_counter SET last_value = ?1 WHERE name = ?2")
                .setParameter(1, next).setParameter(2, name).executeUpdate();
        return next;
    }

    private Number locked(String name) {
        return (Number) em.createNativeQuery("SELECT last_value FROM certificate_counter WHERE name = ?1 FOR UPDATE")
                .setParameter(1, name).getResultList().stream().findFirst().orElse(null);
    }
}

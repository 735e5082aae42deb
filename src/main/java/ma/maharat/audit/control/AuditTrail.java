package ma.maharat.audit.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.maharat.audit.entity.AuditEntry;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.platform.i18n.Language;

/**
 * Writes and reads the audit log. {@link #record} must run inside the transaction of the change it
 * describes (it refuses to run without one): the entry then commits or rolls back with the change.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    Clock clock = Clock.systemUTC();

    /**
     * Records a change made by the person signed in on this request (or by the server itself).
     *
     * @param action      what was done, as {@code subject.verb}, e.g. {@code session.moved}; its name in
     *                    each language is the bundle's {@code audit.action.<action>}
     * @param subjectType what it was done to, e.g. {@code session}
     * @param subjectId   which one (may be null for changes to many)
     * @param message     one line a center administrator understands, with the old and new values, as a
     *                    bundle key ({@code audit.message.…}) and parameters, read in each viewer's language
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, AuditMessage message) {
        em.persist(new AuditEntry(Instant.now(clock), actor(), action, subjectType,
                subjectId == null ? null : subjectId.toString(), AuditMessages.text(message, Language.DEFAULT, false),
                message.key(), AuditMessages.toJson(message.parameters())));
    }

    /** What an entry says in the language: its message, or for an entry older than the keys its stored summary. */
    public static String text(AuditEntry entry, Language language) {
        if (entry.getMessageKey() == null) {
            return entry.getSummary();
        }
        return AuditMessages.text(new AuditMessage(entry.getMessageKey(), AuditMessages.fromJson(entry.getMessageParams())),
                language, true);
    }

    /** How many entries match the filter. */
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(matching(filter, cb, entry));
        return em.createQuery(query).getSingleResult();
    }

    /** A page of the entries that match the filter, latest first. */
    public List<AuditEntry> page(AuditFilter filter, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(entry).where(matching(filter, cb, entry))
                .orderBy(cb.desc(entry.get("at")), cb.desc(entry.get("id")));
        TypedQuery<AuditEntry> typed = em.createQuery(query);
        return typed.setFirstResult(first).setMaxResults(size).getResultList();
    }

    private static Predicate[] matching(AuditFilter filter, CriteriaBuilder cb, Root<AuditEntry> entry) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            predicates.add(cb.equal(entry.get("actor"), filter.actor().strip()));
        }
        if (filter.subjectType() != null && !filter.subjectType().isBlank()) {
            predicates.add(cb.equal(entry.get("subjectType"), filter.subjectType()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            predicates.add(cb.or(cb.like(cb.lower(entry.get("summary")), pattern, '\\'),
                    cb.like(cb.lower(entry.get("action")), pattern, '\\')));
        }
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(entry.get("at"), filter.from()));
        }
        if (filter.until() != null) {
            predicates.add(cb.lessThan(entry.get("at"), filter.until()));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** The subject types that appear in the log, for the page's filter. */
    public List<String> subjectTypes() {
        return em.createQuery("SELECT DISTINCT e.subjectType FROM AuditEntry e ORDER BY e.subjectType", String.class)
                .getResultList();
    }

    private String actor() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? AuditEntry.SYSTEM : caller.getName();
    }
}

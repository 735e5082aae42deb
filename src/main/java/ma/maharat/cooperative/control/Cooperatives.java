package ma.maharat.cooperative.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.CooperativeDetails;

/**
 * Cooperatives and their members: created and edited by administrators, or imported from CSV files
 * that are checked whole first (nothing is saved while any row is bad) and matched on the French name,
 * so that importing the same file again changes nothing.
 */
@Stateless
public class Cooperatives {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The members' accounts, which belong to identity, above this feature. */
    @Inject
    CooperativeMembers members;

    public List<Cooperative> all() {
        return em.createNamedQuery(Cooperative.ALL, Cooperative.class).getResultList();
    }

    /** How many trainee accounts each cooperative has, by cooperative id. */
    public Map<Long, Long> traineeCounts() {
        return members.traineeCounts();
    }

    /** How many active trainee accounts each cooperative has, by cooperative id (cooperatives without any are missing). */
    public Map<Long, Long> activeTraineeCounts() {
        return members.activeTraineeCounts();
    }

    public Cooperative find(long id) {
        return Optional.ofNullable(em.find(Cooperative.class, id))
                .orElseThrow(() -> new CooperativeRuleViolation("cooperative.notFound", List.of()));
    }

    public Cooperative create(CooperativeDetails details) {
        CooperativeDetails checked = checked(details, null);
        Cooperative cooperative = new Cooperative(checked);
        em.persist(cooperative);
        em.flush();
        audit.record("cooperative.created", "cooperative", cooperative.getId(),
                AuditMessage.of("audit.message.cooperative.created", cooperative.getNameFr()));
        return cooperative;
    }

    public Cooperative update(long id, CooperativeDetails details) {
        Cooperative cooperative = find(id);
        cooperative.update(checked(details, cooperative.getId()));
        audit.record("cooperative.updated", "cooperative", id, AuditMessage.of("audit.message.cooperative.updated", cooperative.getNameFr()));
        return cooperative;
    }

    private CooperativeDetails checked(CooperativeDetails details, Long id) {
        CooperativeRules.Checked checked = CooperativeRules.check(details, Year.now().getValue());
        if (!checked.valid()) {
            throw new CooperativeRuleViolation("cooperative.notSaved", checked.problems());
        }
        Cooperative sameName = byKey().get(Cooperative.keyOf(checked.details().nameFr()));
        if (sameName != null && !sameName.getId().equals(id)) {
            throw new CooperativeRuleViolation("cooperative.notSaved",
                    List.of(FieldProblem.of("name_fr", "cooperative.nameTaken")));
        }
        return checked.details();
    }

    /** Imports a CSV file of cooperatives: all its rows or, when any is bad, none. */
    public ImportOutcome importCooperatives(byte[] file) {
        CooperativeFile.Result result = CooperativeFile.check(file, Year.now().getValue());
        if (!result.importable()) {
            return ImportOutcome.refused(result.problems());
        }
        Map<String, Cooperative> existing = byKey();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (CooperativeFile.Row row : result.rows()) {
            Cooperative cooperative = existing.get(Cooperative.keyOf(row.details().nameFr()));
            if (cooperative == null) {
                em.persist(new Cooperative(row.details()));
                created++;
            } else if (cooperative.update(row.details())) {
                updated++;
            } else {
                unchanged++;
            }
        }
        audit.record("cooperative.imported", "cooperative", null, AuditMessage.of("audit.message.cooperative.imported", created,
                updated, unchanged));
        return new ImportOutcome(created, updated, unchanged, List.of());
    }

    /**
     * Imports a CSV file of members: opens trainee accounts (which sign in only after an administrator
     * sets a temporary password) or brings existing trainees' names and cooperative up to date. The
     * preferred language is only set on new accounts: afterwards it is the person's choice.
     */
    public ImportOutcome importMembers(byte[] file) {
        Map<String, Cooperative> cooperatives = byKey();
        MemberFile.Result result = MemberFile.check(file, Set.copyOf(cooperatives.keySet()), members);
        if (!result.importable()) {
            return ImportOutcome.refused(result.problems());
        }
        CooperativeMembers.Opened opened = members.openOrUpdate(result.rows(), cooperatives);
        int created = opened.created();
        int updated = opened.updated();
        int unchanged = opened.unchanged();
        audit.record("cooperative.membersImported", "cooperative", null, AuditMessage.of("audit.message.cooperative.membersImported", created,
                updated, unchanged));
        return new ImportOutcome(created, updated, unchanged, List.of());
    }

    private Map<String, Cooperative> byKey() {
        return all().stream().collect(Collectors.toMap(Cooperative::key, Function.identity(), (a, b) -> a));
    }
}

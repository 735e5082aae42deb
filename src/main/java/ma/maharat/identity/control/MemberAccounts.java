package ma.maharat.identity.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.maharat.cooperative.control.CooperativeMembers;
import ma.maharat.cooperative.control.MemberFile;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.GrammaticalGender;
import ma.maharat.identity.entity.Role;

/** The cooperatives' members as accounts: what {@link CooperativeMembers} asks, answered by identity. */
@Stateless
public class MemberAccounts implements CooperativeMembers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Override
    public Map<Long, Long> traineeCounts() {
        return counts(em.createNamedQuery(Account.COUNTS_BY_COOPERATIVE, Object[].class).getResultList());
    }

    @Override
    public Map<Long, Long> activeTraineeCounts() {
        return counts(em.createNamedQuery(Account.ACTIVE_COUNTS_BY_COOPERATIVE, Object[].class).setParameter("role", Role.TRAINEE)
                .getResultList());
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    }

    @Override
    public String normalizedUsername(String typed) {
        return Account.normalizeUsername(typed);
    }

    @Override
    public boolean isValidUsername(String normalized) {
        return Accounts.isValidUsername(normalized);
    }

    @Override
    public boolean isStaff(String normalized) {
        return accounts.byUsername(normalized).map(account -> account.getRole() != Role.TRAINEE).orElse(false);
    }

    @Override
    public Opened openOrUpdate(Collection<MemberFile.Row> members, Map<String, Cooperative> cooperativesByKey) {
        String passwordHash = null;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (MemberFile.Row row : members) {
            Cooperative cooperative = cooperativesByKey.get(row.cooperativeKey());
            Optional<Account> existing = accounts.byUsername(row.username());
            if (existing.isEmpty()) {
                if (passwordHash == null) {
                    // One unusable hash for the whole file: each costs a full PBKDF2.
                    passwordHash = accounts.unknowablePasswordHash();
                }
                Account account = accounts.createImportedTrainee(row.username(), row.fullName(), row.fullNameAr(), row.language(), cooperative,
                        passwordHash);
                takeFacts(account, row);
                created++;
                continue;
            }
            Account account = existing.get();
            boolean namesOrCooperative = !row.fullName().equals(account.getFullName()) || !Objects.equals(row.fullNameAr(), account.getFullNameAr())
                    || account.getCooperative() == null || !cooperative.getId().equals(account.getCooperative().getId());
            if (namesOrCooperative) {
                account.setFullName(row.fullName());
                account.setFullNameAr(row.fullNameAr());
                account.setCooperative(cooperative);
            }
            if (takeFacts(account, row) || namesOrCooperative) {
                updated++;
            } else {
                unchanged++;
            }
        }
        return new Opened(created, updated, unchanged);
    }

    /**
     * Takes the facts a row says (an empty cell keeps what is stored: a file never erases what an administrator
     * entered); whether anything changed.
     */
    private static boolean takeFacts(Account account, MemberFile.Row row) {
        boolean changed = false;
        if (row.gender() != null && account.getGrammaticalGender() != GrammaticalGender.valueOf(row.gender())) {
            account.setGrammaticalGender(GrammaticalGender.valueOf(row.gender()));
            changed = true;
        }
        if (row.ageBand() != null && account.getAgeBand() != row.ageBand()) {
            account.setAgeBand(row.ageBand());
            changed = true;
        }
        if (row.cooperativeRole() != null && account.getCooperativeRole() != row.cooperativeRole()) {
            account.setCooperativeRole(row.cooperativeRole());
            changed = true;
        }
        return changed;
    }
}

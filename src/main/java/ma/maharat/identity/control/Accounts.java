package ma.maharat.identity.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.cooperative.entity.AgeBand;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.MemberRole;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.GrammaticalGender;
import ma.maharat.identity.entity.Role;
import ma.maharat.platform.text.VisibleText;

/** Creating and looking after accounts: what administrators do for others and people do for themselves. */
@Stateless
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    public static final Set<String> LANGUAGES = Set.of("ar", "fr", "en");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    jakarta.enterprise.event.Event<AccountStatusChanged> statusChanged;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignIn signIn;

    /** Whether a normalized username is acceptable: 3 to 64 lower-case letters, digits, '.', '_' or '-'. */
    public static boolean isValidUsername(String normalizedUsername) {
        return USERNAME.matcher(normalizedUsername).matches();
    }

    public List<Account> all() {
        return em.createNamedQuery(Account.ALL, Account.class).getResultList();
    }

    public Account find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new AccountRuleViolation("account.notFound");
        }
        return account;
    }

    public boolean isEmpty() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult() == 0;
    }

    public boolean hasActiveAdministrator() {
        return countActive(Role.ADMIN) > 0;
    }

    /**
     * Creates an account with a password its owner must change at first sign-in, unless
     * {@code passwordIsFinal} (the initial administrator's, the demo data's).
     */
    public Account create(NewAccount request) {
        String username = Account.normalizeUsername(request.username());
        if (!isValidUsername(username)) {
            throw new AccountRuleViolation("username.invalid");
        }
        if (request.fullName() == null || request.fullName().isBlank()) {
            throw new AccountRuleViolation("fullName.required");
        }
        String fullName = checkedName(request.fullName());
        String fullNameAr = checkedName(request.fullNameAr());
        if (request.role() == null) {
            throw new AccountRuleViolation("role.required");
        }
        PasswordPolicy.check(username, request.password());
        boolean taken = !em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username).getResultList().isEmpty();
        if (taken) {
            throw new AccountRuleViolation("username.taken", username);
        }
        Account account = new Account(username, fullName, request.role(), hashing.hash(request.password().toCharArray()));
        account.setFullNameAr(fullNameAr == null || fullNameAr.isEmpty() ? null : fullNameAr);
        account.setGrammaticalGender(request.gender());
        account.setAgeBand(request.ageBand());
        if (request.cooperativeRole() != null && request.role() != Role.TRAINEE) {
            throw new AccountRuleViolation("cooperativeRole.onlyTrainees");
        }
        account.setCooperativeRole(request.cooperativeRole());
        if (request.language() != null && LANGUAGES.contains(request.language())) {
            account.setPreferredLanguage(request.language());
        }
        if (request.cooperativeId() != null) {
            if (request.role() != Role.TRAINEE) {
                throw new AccountRuleViolation("cooperative.onlyTrainees");
            }
            Cooperative cooperative = em.find(Cooperative.class, request.cooperativeId());
            if (cooperative == null) {
                throw new AccountRuleViolation("cooperative.notFound");
            }
            account.setCooperative(cooperative);
        }
        if (!request.passwordIsFinal()) {
            account.setPasswordByAdministrator(account.getPasswordHash());
        }
        em.persist(account);
        em.flush();
        audit.record("account.created", "account", account.getId(),
                AuditMessage.of("audit.message.account.created", username, AuditMessage.of("role." + request.role().name()), fullName));
        return account;
    }

    /** The longest full name, the column's width. */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * A full name in its one form (NFC, blanks tidied), refused when it holds invisible or control
     * characters or is longer than the column: a name must be visible, searchable and storable.
     */
    static String checkedName(String name) {
        String normalised = VisibleText.normalise(name);
        VisibleText.problem(normalised, MAX_NAME_LENGTH).ifPresent(problem -> {
            throw problem == VisibleText.Problem.TOO_LONG
                    ? new AccountRuleViolation("fullName.tooLong", MAX_NAME_LENGTH)
                    : new AccountRuleViolation("fullName.invisible");
        });
        return normalised;
    }

    /**
     * A hash of a random password nobody ever sees. Accounts opened by an import hold it: they cannot
     * sign in until an administrator sets a temporary password, so no password travels in a report.
     * Hashed once per import, since PBKDF2 takes a noticeable time per call.
     */
    public String unknowablePasswordHash() {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        return hashing.hash(java.util.Base64.getEncoder().encodeToString(secret).toCharArray());
    }

    /** Opens a trainee's account from checked import data (see {@code MemberFile}), without a usable password. */
    public Account createImportedTrainee(String username, String fullName, String fullNameAr, String language,
            Cooperative cooperative, String unknowablePasswordHash) {
        Account account = new Account(username, fullName, Role.TRAINEE, unknowablePasswordHash);
        account.setFullNameAr(fullNameAr);
        account.setPreferredLanguage(language);
        account.setCooperative(cooperative);
        account.setPasswordByAdministrator(unknowablePasswordHash);
        em.persist(account);
        return account;
    }

    /** The account with this (normalized) username, if any. */
    public java.util.Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** An administrator sets a temporary password, e.g. for a trainee who forgot hers. */
    public void resetPassword(long accountId, String temporaryPassword) {
        Account account = find(accountId);
        PasswordPolicy.check(account.getUsername(), temporaryPassword);
        account.setPasswordByAdministrator(hashing.hash(temporaryPassword.toCharArray()));
        audit.record("account.passwordReset", "account", accountId,
                AuditMessage.of("audit.message.account.passwordReset", account.getUsername()));
        statusChanged.fire(new AccountStatusChanged(accountId));
    }

    public void changeOwnPassword(long accountId, String currentPassword, String newPassword, String client) {
        // Checked (and a failure counted, in its own transaction) before this transaction reads the
        // account, so that the count it writes does not make this transaction's copy stale.
        SignInOutcome check = signIn.checkOwnPassword(accountId, currentPassword == null ? new char[0] : currentPassword.toCharArray(), client);
        if (check instanceof SignInOutcome.Throttled throttled) {
            throw new AccountRuleViolation("password.currentThrottled", throttled.minutesToWait());
        }
        if (!(check instanceof SignInOutcome.SignedIn)) {
            throw new AccountRuleViolation("password.currentWrong");
        }
        Account account = find(accountId);
        PasswordPolicy.check(account.getUsername(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new AccountRuleViolation("password.unchanged");
        }
        account.setPasswordByOwner(hashing.hash(newPassword.toCharArray()));
        statusChanged.fire(new AccountStatusChanged(accountId));
    }

    /**
     * Deactivating keeps the account and its history (progress, results) but refuses its sign-ins,
     * sessions and tokens from the next request on.
     */
    public void setActive(long accountId, boolean active, long actingAccountId) {
        Account account = find(accountId);
        if (!active && accountId == actingAccountId) {
            throw new AccountRuleViolation("account.cannotDeactivateSelf");
        }
        if (!active && account.getRole() == Role.ADMIN && account.isActive() && countActive(Role.ADMIN) <= 1) {
            throw new AccountRuleViolation("account.lastAdministrator");
        }
        account.setActive(active);
        audit.record(active ? "account.activated" : "account.deactivated", "account", accountId,
                AuditMessage.of(active ? "audit.message.account.activated" : "audit.message.account.deactivated", account.getUsername()));
        statusChanged.fire(new AccountStatusChanged(accountId));
    }

    /** Sets (or, with null, forgets) how labels about the person agree in Arabic and French; audited. */
    public void setGrammaticalGender(long accountId, GrammaticalGender gender) {
        Account account = find(accountId);
        if (account.getGrammaticalGender() == gender) {
            return;
        }
        account.setGrammaticalGender(gender);
        audit.record("account.genderSet", "account", accountId, AuditMessage.of("audit.message.account.genderSet", account.getUsername(),
                AuditMessage.of(GrammaticalGender.agreeing("accounts.gender", gender))));
    }

    /** Sets (or, with null, forgets) a person's age band; audited. */
    public void setAgeBand(long accountId, AgeBand ageBand) {
        Account account = find(accountId);
        if (account.getAgeBand() == ageBand) {
            return;
        }
        account.setAgeBand(ageBand);
        audit.record("account.ageBandSet", "account", accountId, AuditMessage.of("audit.message.account.ageBandSet", account.getUsername(),
                AuditMessage.of("accounts.ageBand." + (ageBand == null ? "UNSAID" : ageBand.name()))));
    }

    /** Sets (or, with null, forgets) a trainee's role in her cooperative; audited. Staff have none. */
    public void setCooperativeRole(long accountId, MemberRole cooperativeRole) {
        Account account = find(accountId);
        if (account.getCooperativeRole() == cooperativeRole) {
            return;
        }
        if (cooperativeRole != null && account.getRole() != Role.TRAINEE) {
            throw new AccountRuleViolation("cooperativeRole.onlyTrainees");
        }
        account.setCooperativeRole(cooperativeRole);
        audit.record("account.cooperativeRoleSet", "account", accountId, AuditMessage.of("audit.message.account.cooperativeRoleSet",
                account.getUsername(), AuditMessage.of("accounts.cooperativeRole." + (cooperativeRole == null ? "UNSAID" : cooperativeRole.name()))));
    }

    public void setPreferredLanguage(long accountId, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new AccountRuleViolation("language.unknown");
        }
        find(accountId).setPreferredLanguage(language);
    }

    public List<Cooperative> cooperatives() {
        return em.createNamedQuery(Cooperative.ALL, Cooperative.class).getResultList();
    }

    private long countActive(Role role) {
        return em.createNamedQuery(Account.COUNT_ACTIVE_WITH_ROLE, Long.class).setParameter("role", role).getSingleResult();
    }
}

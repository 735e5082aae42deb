package ma.maharat.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.maharat.cooperative.entity.AgeBand;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.MemberRole;
import ma.maharat.identity.control.AccountRuleViolation;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.NewAccount;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.GrammaticalGender;
import ma.maharat.identity.entity.Role;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.PrimeFaces;

/** The administrators' page for accounts: create, reset a password, deactivate and reactivate. */
@Named
@ViewScoped
public class ManageAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient PageMessages messages;

    @Inject
    transient CurrentUser currentUser;

    private List<Account> all;
    private List<Cooperative> cooperatives;

    // The "new account" form
    private String username;
    private String fullName;
    private String fullNameAr;
    private Role role = Role.TRAINEE;
    private Long cooperativeId;
    private String language = "fr";
    private String password;
    private GrammaticalGender gender;
    private AgeBand ageBand;
    private MemberRole cooperativeRole;

    // The "reset password" form
    private Account selected;
    private String temporaryPassword;

    @PostConstruct
    void load() {
        all = accounts.all();
        cooperatives = accounts.cooperatives();
    }

    public void create() {
        try {
            Account created = accounts.create(new NewAccount(username, fullName, fullNameAr, role, password, language,
                    role == Role.TRAINEE ? cooperativeId : null, false, gender, ageBand,
                    role == Role.TRAINEE ? cooperativeRole : null));
            messages.info("accounts.created", created.getUsername());
            username = fullName = fullNameAr = password = null;
            cooperativeId = null;
            gender = null;
            ageBand = null;
            cooperativeRole = null;
            load();
        } catch (AccountRuleViolation e) {
            messages.error(e);
        }
    }

    public void select(Account account) {
        selected = account;
        temporaryPassword = null;
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(selected.getId(), temporaryPassword);
            messages.info("accounts.passwordReset", selected.getUsername());
            temporaryPassword = null;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            load();
        } catch (AccountRuleViolation e) {
            messages.error(e);
        }
    }

    public void setActive(Account account, boolean active) {
        try {
            accounts.setActive(account.getId(), active, currentUser.required().accountId());
            messages.info(active ? "accounts.reactivated" : "accounts.deactivated", account.getUsername());
            load();
        } catch (AccountRuleViolation e) {
            messages.error(e);
        }
    }

    /** The grammatical gender chosen in an account's row (the list's own select), saved at once. */
    public void genderChanged(Account account) {
        accounts.setGrammaticalGender(account.getId(), account.getGrammaticalGender());
        messages.info("accounts.genderSaved", account.getUsername());
    }

    /** The age band chosen in an account's row, saved at once. */
    public void ageBandChanged(Account account) {
        accounts.setAgeBand(account.getId(), account.getAgeBand());
        messages.info("accounts.factsSaved", account.getUsername());
    }

    /** The role in her cooperative chosen in a trainee's row, saved at once. */
    public void cooperativeRoleChanged(Account account) {
        try {
            accounts.setCooperativeRole(account.getId(), account.getCooperativeRole());
            messages.info("accounts.factsSaved", account.getUsername());
        } catch (AccountRuleViolation e) {
            messages.error(e);
            load();
        }
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public MemberRole[] getCooperativeRoles() {
        return MemberRole.values();
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public MemberRole getCooperativeRole() {
        return cooperativeRole;
    }

    public void setCooperativeRole(MemberRole cooperativeRole) {
        this.cooperativeRole = cooperativeRole;
    }

    public GrammaticalGender[] getGenders() {
        return GrammaticalGender.values();
    }

    public GrammaticalGender getGender() {
        return gender;
    }

    public void setGender(GrammaticalGender gender) {
        this.gender = gender;
    }

    public List<Account> getAll() {
        return all;
    }

    public List<Cooperative> getCooperatives() {
        return cooperatives;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getFullNameAr() {
        return fullNameAr;
    }

    public void setFullNameAr(String fullNameAr) {
        this.fullNameAr = fullNameAr;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getCooperativeId() {
        return cooperativeId;
    }

    public void setCooperativeId(Long cooperativeId) {
        this.cooperativeId = cooperativeId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Account getSelected() {
        return selected;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}

package ma.maharat.identity.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import ma.maharat.cooperative.entity.AgeBand;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.cooperative.entity.MemberRole;

/**
 * A person's account. Usernames are stored in lower case so that sign-in ignores case. The password
 * is only ever held as a salted PBKDF2 hash.
 */
@Entity
@Table(name = "account")
@Cacheable
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.ALL, query = "SELECT a FROM Account a LEFT JOIN FETCH a.cooperative ORDER BY a.role, a.fullName")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(name = Account.COUNT_ACTIVE_WITH_ROLE,
        query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role AND a.active = TRUE")
@NamedQuery(name = Account.COUNTS_BY_COOPERATIVE,
        query = "SELECT a.cooperative.id, COUNT(a) FROM Account a WHERE a.cooperative IS NOT NULL GROUP BY a.cooperative.id")
@NamedQuery(name = Account.ACTIVE_COUNTS_BY_COOPERATIVE,
        query = "SELECT a.cooperative.id, COUNT(a) FROM Account a WHERE a.cooperative IS NOT NULL AND a.role = :role"
                + " AND a.active = TRUE GROUP BY a.cooperative.id")
@NamedQuery(name = Account.ACTIVE_OF_COOPERATIVE,
        query = "SELECT a FROM Account a WHERE a.cooperative.id = :cooperative AND a.role = :role AND a.active = TRUE"
                + " ORDER BY a.fullName")
public class Account implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String ALL = "Account.all";
    public static final String COUNT = "Account.count";
    public static final String COUNT_ACTIVE_WITH_ROLE = "Account.countActiveWithRole";
    /** How many accounts each cooperative has: rows of cooperative id and count. */
    public static final String COUNTS_BY_COOPERATIVE = "Account.countsByCooperative";
    /** How many active accounts of a role (parameter {@code role}) each cooperative has: rows of cooperative id and count. */
    public static final String ACTIVE_COUNTS_BY_COOPERATIVE = "Account.activeCountsByCooperative";
    /** The active accounts of a role (parameter {@code role}) in a cooperative (parameter {@code cooperative}, its id). */
    public static final String ACTIVE_OF_COOPERATIVE = "Account.activeOfCooperative";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "full_name_ar")
    private String fullNameAr;

    /** Optional (null: not said); labels in Arabic and French agree with it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "grammatical_gender")
    private GrammaticalGender grammaticalGender;

    /** Optional (null: not said): the impact report counts people by band (V20). */
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    /** Optional (null: not said): president, member or employee of her cooperative (V20). */
    @Enumerated(EnumType.STRING)
    @Column(name = "cooperative_role")
    private MemberRole cooperativeRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = "fr";

    @Column(nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cooperative_id")
    private Cooperative cooperative;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The picture sequence, hashed like the password; null while none was drawn (picture sign-in, V14). */
    @Column(name = "picture_hash")
    private String pictureHash;

    @Column(name = "pictures_set_at")
    private Instant picturesSetAt;

    @Version
    private long version;

    protected Account() {}

    public Account(String username, String fullName, Role role, String passwordHash) {
        this.username = normalizeUsername(username);
        this.fullName = fullName.strip();
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
    }

    /** Usernames compare without case and surrounding blanks, as people type them at a terminal. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Records a failed sign-in; the caller decides from the count how long the account waits. */
    public void recordFailedLogin(Instant lockedUntil) {
        this.failedLogins++;
        this.lockedUntil = lockedUntil;
    }

    public void recordSuccessfulLogin(Instant at) {
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.lastLoginAt = at;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A password set by an administrator is temporary: its owner must choose a new one. */
    public void setPasswordByAdministrator(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void setPasswordByOwner(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    /** Stores a stronger hash of the same password (after the iteration count was raised). */
    public void upgradePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** New pictures replace the old ones at once: a lost card is worth nothing after re-drawing. */
    public void setPictures(String pictureHash, Instant at) {
        this.pictureHash = pictureHash;
        this.picturesSetAt = at;
    }

    public String getPictureHash() {
        return pictureHash;
    }

    public Instant getPicturesSetAt() {
        return picturesSetAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName.strip();
    }

    public String getFullNameAr() {
        return fullNameAr;
    }

    public GrammaticalGender getGrammaticalGender() {
        return grammaticalGender;
    }

    public void setGrammaticalGender(GrammaticalGender grammaticalGender) {
        this.grammaticalGender = grammaticalGender;
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

    public void setFullNameAr(String fullNameAr) {
        this.fullNameAr = fullNameAr == null || fullNameAr.isBlank() ? null : fullNameAr.strip();
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    public void setCooperative(Cooperative cooperative) {
        this.cooperative = cooperative;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

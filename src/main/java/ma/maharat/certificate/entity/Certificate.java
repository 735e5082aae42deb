package ma.maharat.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.training.entity.Cohort;

/**
 * A certificate as issued, for one course or for the whole programme of a cohort (exactly one of
 * the two). What it states is copied here at issue time and never changes (no setters;
 * the columns are not updatable and a database trigger refuses updates too), so renaming a trainee or
 * a course leaves issued certificates as they were. A correction is a new certificate that
 * {@linkplain #supersede supersedes} this one; a revocation only adds who, when and why.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.BY_CODE, query = "SELECT c FROM Certificate c WHERE c.verificationCode = :code")
@NamedQuery(name = Certificate.OF_HOLDER,
        query = "SELECT c FROM Certificate c WHERE c.holder.id = :holder ORDER BY c.issuedAt DESC, c.id DESC")
@NamedQuery(name = Certificate.VALID_OF_COURSE,
        query = "SELECT c FROM Certificate c WHERE c.course.id = :course AND c.validFor IS NOT NULL")
@NamedQuery(name = Certificate.VALID_OF_PROGRAMME,
        query = "SELECT c FROM Certificate c WHERE c.programme.id = :cohort AND c.validFor IS NOT NULL")
@NamedQuery(name = Certificate.SEARCH,
        query = "SELECT c FROM Certificate c WHERE LOWER(c.number) LIKE :text OR LOWER(c.verificationCode) LIKE :text"
                + " OR LOWER(c.holderName) LIKE :text OR c.holderNameAr LIKE :text OR LOWER(c.titleFr) LIKE :text"
                + " ORDER BY c.issuedAt DESC, c.id DESC")
@NamedQuery(name = Certificate.REVOKED_INDEXES,
        query = "SELECT c.statusIndex FROM Certificate c WHERE (c.revokedAt IS NOT NULL OR c.supersededAt IS NOT NULL)"
                + " AND c.statusIndex >= :from AND c.statusIndex < :to")
@NamedQuery(name = Certificate.MAX_STATUS_INDEX, query = "SELECT MAX(c.statusIndex) FROM Certificate c")
public class Certificate implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String BY_CODE = "Certificate.byCode";
    public static final String OF_HOLDER = "Certificate.ofHolder";
    /** The valid (neither superseded nor revoked) certificates of a course. */
    public static final String VALID_OF_COURSE = "Certificate.validOfCourse";
    /** The valid programme certificates of a cohort. */
    public static final String VALID_OF_PROGRAMME = "Certificate.validOfProgramme";
    /** Certificates whose number, code, holder or French title contains {@code text} (lower case, with % around). */
    public static final String SEARCH = "Certificate.search";
    /** The status indexes of revoked or superseded certificates in [{@code from}, {@code to}): their credentials no longer hold. */
    public static final String REVOKED_INDEXES = "Certificate.revokedIndexes";
    /** The highest status index handed out, null before the first certificate. */
    public static final String MAX_STATUS_INDEX = "Certificate.maxStatusIndex";

    /** Where a certificate stands, as the public verification page says it. */
    public enum Status { VALID, SUPERSEDED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "verification_code", nullable = false, updatable = false)
    private String verificationCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "holder_id", nullable = false, updatable = false)
    private Account holder;

    @ManyToOne
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    /** The cohort whose whole programme the certificate is for, when it is not for one course. */
    @ManyToOne
    @JoinColumn(name = "cohort_id", updatable = false)
    private Cohort programme;

    @Column(name = "holder_name", nullable = false, updatable = false)
    private String holderName;

    @Column(name = "holder_name_ar", updatable = false)
    private String holderNameAr;

    @Column(name = "title_fr", nullable = false, updatable = false)
    private String titleFr;

    @Column(name = "title_ar", nullable = false, updatable = false)
    private String titleAr;

    @Column(name = "title_en", nullable = false, updatable = false)
    private String titleEn;

    @Column(updatable = false)
    private Integer hours;

    @Column(name = "started_on", updatable = false)
    private LocalDate startedOn;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "status_index", nullable = false, updatable = false)
    private int statusIndex;

    @Column(name = "credential_json", updatable = false)
    private String credentialJson;

    @OneToOne
    @JoinColumn(name = "supersedes_id", updatable = false)
    private Certificate supersedes;

    @OneToOne
    @JoinColumn(name = "superseded_by_id")
    private Certificate supersededBy;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revocation_reason")
    private String revocationReason;

    @Column(name = "valid_for")
    private String validFor;

    @Version
    private long version;

    protected Certificate() {}

    /**
     * A certificate with the facts it states, for a course or (course null) for a cohort's programme;
     * {@code supersedes} is the one it corrects, or null.
     */
    public Certificate(String number, String verificationCode, Account holder, Course course, Cohort programme, IssuedFacts facts,
            Instant issuedAt, String issuedBy, int statusIndex, String credentialJson, Certificate supersedes) {
        if ((course == null) == (programme == null)) {
            throw new IllegalArgumentException("A certificate is for a course or for a programme, not both nor neither");
        }
        this.number = Objects.requireNonNull(number);
        this.verificationCode = Objects.requireNonNull(verificationCode);
        this.holder = Objects.requireNonNull(holder);
        this.course = course;
        this.programme = programme;
        this.holderName = facts.holderName();
        this.holderNameAr = facts.holderNameAr();
        this.titleFr = facts.titleFr();
        this.titleAr = facts.titleAr();
        this.titleEn = facts.titleEn();
        this.hours = facts.hours();
        this.startedOn = facts.startedOn();
        this.completedOn = facts.completedOn();
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.statusIndex = statusIndex;
        this.credentialJson = credentialJson;
        this.supersedes = supersedes;
        this.validFor = course != null ? validKey(holder.getId(), course.getId()) : programmeValidKey(holder.getId(), programme.getId());
    }

    /** The value of {@code valid_for} for a holder's valid certificate of a course. */
    public static String validKey(long holderId, long courseId) {
        return holderId + ":" + courseId;
    }

    /** The value of {@code valid_for} for a holder's valid certificate of a cohort's programme. */
    public static String programmeValidKey(long holderId, long cohortId) {
        return holderId + ":p" + cohortId;
    }

    /**
     * Frees the holder's one valid place for the course, just before its correction is stored (the
     * unique key on {@code valid_for} would refuse two); {@link #supersede} follows in the same transaction.
     */
    public void stepAsideForCorrection() {
        if (status() != Status.VALID) {
            throw new IllegalStateException("Only a valid certificate can be corrected: " + number);
        }
        this.validFor = null;
    }

    /** This certificate is replaced by a corrected one; it stays on record and says so when verified. */
    public void supersede(Certificate correction, Instant at) {
        if (status() != Status.VALID) {
            throw new IllegalStateException("Only a valid certificate can be superseded: " + number);
        }
        this.supersededBy = Objects.requireNonNull(correction);
        this.supersededAt = at;
        this.validFor = null;
    }

    /** Revokes the certificate for good; a revoked certificate can be neither revoked again nor corrected. */
    public void revoke(Instant at, String by, String reason) {
        if (revokedAt != null) {
            throw new IllegalStateException("Already revoked: " + number);
        }
        this.revokedAt = at;
        this.revokedBy = by;
        this.revocationReason = Objects.requireNonNull(reason);
        this.validFor = null;
    }

    /** Revoked wins over superseded: a revoked certificate is worth nothing, whatever replaced it. */
    public Status status() {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return supersededBy != null ? Status.SUPERSEDED : Status.VALID;
    }

    public Status getStatus() {
        return status();
    }

    public boolean isValid() {
        return status() == Status.VALID;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public Account getHolder() {
        return holder;
    }

    /** The course the certificate is for, or null when it is for a programme. */
    public Course getCourse() {
        return course;
    }

    /** The cohort whose programme the certificate is for, or null when it is for a course. */
    public Cohort getProgramme() {
        return programme;
    }

    public boolean isForProgramme() {
        return programme != null;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getHolderNameAr() {
        return holderNameAr;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    /** The title in a page's language ("ar", "fr" or "en"). */
    public String titleIn(String language) {
        return switch (language) {
            case "ar" -> titleAr;
            case "en" -> titleEn;
            default -> titleFr;
        };
    }

    /** The holder's name in a page's script: the Arabic one on Arabic pages, when there is one. */
    public String holderNameIn(String language) {
        return "ar".equals(language) && holderNameAr != null && !holderNameAr.isBlank() ? holderNameAr : holderName;
    }

    public Integer getHours() {
        return hours;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public int getStatusIndex() {
        return statusIndex;
    }

    public String getCredentialJson() {
        return credentialJson;
    }

    public Certificate getSupersedes() {
        return supersedes;
    }

    public Certificate getSupersededBy() {
        return supersededBy;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}

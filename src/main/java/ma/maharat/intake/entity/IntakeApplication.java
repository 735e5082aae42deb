package ma.maharat.intake.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.cooperative.entity.LegalForm;

/**
 * A cooperative's application to a call, sent without an account. Its reference and the contact phone
 * are the applicant's only key to it; it can be completed or withdrawn while the call is open.
 */
@Entity
@Table(name = "intake_application")
@NamedQuery(name = IntakeApplication.BY_REFERENCE, query = "SELECT a FROM IntakeApplication a JOIN FETCH a.call WHERE a.reference = :reference")
@NamedQuery(name = IntakeApplication.OF_CALL, query = "SELECT a FROM IntakeApplication a WHERE a.call.id = :call ORDER BY a.submittedAt, a.id")
@NamedQuery(name = IntakeApplication.REFERENCE_TAKEN, query = "SELECT COUNT(a) FROM IntakeApplication a WHERE a.reference = :reference")
@NamedQuery(name = IntakeApplication.COUNT_OF_CALL, query = "SELECT COUNT(a) FROM IntakeApplication a WHERE a.call.id = :call")
@NamedQuery(name = IntakeApplication.DECIDED_IN_CALL,
        query = "SELECT COUNT(a) FROM IntakeApplication a WHERE a.call.id = :call AND a.decision = :decision AND a.id <> :except")
public class IntakeApplication implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String DECIDED_IN_CALL = "IntakeApplication.decidedInCall";

    public static final String BY_REFERENCE = "IntakeApplication.byReference";
    public static final String OF_CALL = "IntakeApplication.ofCall";
    public static final String REFERENCE_TAKEN = "IntakeApplication.referenceTaken";
    public static final String COUNT_OF_CALL = "IntakeApplication.countOfCall";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "call_id", nullable = false, updatable = false)
    private IntakeCall call;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Column(name = "name_ar", nullable = false)
    private String nameAr;
    @Column(name = "name_fr", nullable = false)
    private String nameFr;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false)
    private LegalForm legalForm;
    @Column(name = "registration_number")
    private String registrationNumber;
    @Column(nullable = false)
    private String province;
    @Column(nullable = false)
    private String city;
    @Column(name = "year_founded")
    private Integer yearFounded;
    @Column(nullable = false)
    private int members;
    @Column(name = "women_members", nullable = false)
    private int womenMembers;
    @Column(name = "led_by_woman", nullable = false)
    private boolean ledByWoman;
    @Column(nullable = false)
    private boolean textile;
    @Column(nullable = false)
    private String products;
    private String equipment;
    private String customers;
    @Enumerated(EnumType.STRING)
    @Column(name = "turnover_band", nullable = false)
    private TurnoverBand turnoverBand;
    private String wishes;
    @Column(name = "contact_name", nullable = false)
    private String contactName;
    @Column(name = "contact_phone", nullable = false)
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "cooperative_id")
    private Long cooperativeId;
    @Version
    private long version;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<IntakeDocument> documents = new ArrayList<>();

    protected IntakeApplication() {}

    /** @param details checked and tidied details (ApplicationRules), the phone in its canonical form */
    public IntakeApplication(IntakeCall call, String reference, ApplicationDetails details, Instant now) {
        this.call = call;
        this.reference = reference;
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
        set(details);
    }

    public void update(ApplicationDetails details, Instant now) {
        set(details);
        updatedAt = now;
    }

    private void set(ApplicationDetails d) {
        nameAr = d.nameAr();
        nameFr = d.nameFr();
        legalForm = d.legalForm();
        registrationNumber = d.registrationNumber();
        province = d.province();
        city = d.city();
        yearFounded = d.yearFounded();
        members = d.members();
        womenMembers = d.womenMembers();
        ledByWoman = Boolean.TRUE.equals(d.ledByWoman());
        textile = d.textile();
        products = d.products();
        equipment = d.equipment();
        customers = d.customers();
        turnoverBand = d.turnoverBand();
        wishes = d.wishes();
        contactName = d.contactName();
        contactPhone = d.contactPhone();
        contactEmail = d.contactEmail();
    }

    public ApplicationDetails details() {
        return new ApplicationDetails(nameAr, nameFr, legalForm, registrationNumber, province, city, yearFounded, members,
                womenMembers, ledByWoman, textile, products, equipment, customers, turnoverBand, wishes, contactName,
                contactPhone, contactEmail);
    }

    public void withdraw(Instant now) {
        status = ApplicationStatus.WITHDRAWN;
        withdrawnAt = now;
    }

    /** The committee's decision; the caller checks eligibility and places (Selection). */
    public void decide(Decision decision, String reason, String by, Instant now) {
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** The cooperative this selected application became. */
    public void convertedInto(long cooperative) {
        cooperativeId = cooperative;
    }

    public IntakeDocument attach(DocumentKind kind, String fileName, String mediaType, byte[] content, String contentHash, Instant now) {
        IntakeDocument document = new IntakeDocument(this, kind, fileName, mediaType, content, contentHash, now);
        documents.add(document);
        return document;
    }

    public long documentBytes() {
        return documents.stream().mapToLong(IntakeDocument::getSizeBytes).sum();
    }

    public Long getId() {
        return id;
    }

    public IntakeCall getCall() {
        return call;
    }

    public String getReference() {
        return reference;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public boolean isWithdrawn() {
        return status == ApplicationStatus.WITHDRAWN;
    }

    public String getNameAr() {
        return nameAr;
    }

    public String getNameFr() {
        return nameFr;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public String getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public int getMembers() {
        return members;
    }

    public int getWomenMembers() {
        return womenMembers;
    }

    public boolean isLedByWoman() {
        return ledByWoman;
    }

    public boolean isTextile() {
        return textile;
    }

    public Integer getYearFounded() {
        return yearFounded;
    }

    public String getProducts() {
        return products;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public TurnoverBand getTurnoverBand() {
        return turnoverBand;
    }

    public String getContactName() {
        return contactName;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getCooperativeId() {
        return cooperativeId;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public List<IntakeDocument> getDocuments() {
        return documents;
    }
}

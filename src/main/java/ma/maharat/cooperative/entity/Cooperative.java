package ma.maharat.cooperative.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A textile cooperative of the programme (or an association or GIE playing that part), named in French
 * and in Arabic. Its members are trainee accounts; {@link #getMembersCount()} is the number of members
 * it declares, which is usually more than the women it sends to the center.
 *
 * <p>The French name is its natural key: {@link #keyOf(String)} says when two spellings name the same
 * cooperative (CSV re-imports match on it).
 */
@Entity
@Table(name = "cooperative")
@NamedQuery(name = Cooperative.ALL, query = "SELECT c FROM Cooperative c ORDER BY c.nameFr")
@NamedQuery(name = Cooperative.COUNT, query = "SELECT COUNT(c) FROM Cooperative c")
public class Cooperative implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String ALL = "Cooperative.all";
    public static final String COUNT = "Cooperative.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_ar", nullable = false)
    private String nameAr;

    private String province;

    @Column(nullable = false)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false)
    private LegalForm legalForm = LegalForm.COOPERATIVE;

    @Column(name = "year_founded")
    private Integer yearFounded;

    @Column(name = "members_count")
    private Integer membersCount;

    @Column(name = "women_led", nullable = false)
    private boolean womenLed;

    @Column(name = "main_products")
    private String mainProducts;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Cooperative() {}

    public Cooperative(String nameFr, String nameAr, String city, boolean womenLed) {
        this(new CooperativeDetails(nameFr, nameAr, null, city, LegalForm.COOPERATIVE, null, null, womenLed, null, null, null, null));
    }

    /** A cooperative with checked details (see {@code CooperativeRules}). */
    public Cooperative(CooperativeDetails details) {
        this.createdAt = Instant.now();
        copy(details);
    }

    /**
     * Two French names designate the same cooperative when they differ only by case, accents or
     * spacing ("Coopérative  Tifawin" and "cooperative tifawin"), as MariaDB's collation of the column
     * also judges.
     */
    public static String keyOf(String nameFr) {
        if (nameFr == null) {
            return "";
        }
        String withoutAccents = Normalizer.normalize(nameFr, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public String key() {
        return keyOf(nameFr);
    }

    /** Whether saving these details would change anything (re-importing the same file changes nothing). */
    public boolean differsFrom(CooperativeDetails details) {
        return !details().equals(details);
    }

    /** Replaces every detail; returns whether anything changed. */
    public boolean update(CooperativeDetails details) {
        if (!differsFrom(details)) {
            return false;
        }
        copy(details);
        this.updatedAt = Instant.now();
        return true;
    }

    public CooperativeDetails details() {
        return new CooperativeDetails(nameFr, nameAr, province, city, legalForm, yearFounded, membersCount, womenLed,
                mainProducts, contactName, contactPhone, contactEmail);
    }

    private void copy(CooperativeDetails details) {
        this.nameFr = Objects.requireNonNull(details.nameFr());
        this.nameAr = Objects.requireNonNull(details.nameAr());
        this.province = details.province();
        this.city = Objects.requireNonNull(details.city());
        this.legalForm = details.legalForm() == null ? LegalForm.COOPERATIVE : details.legalForm();
        this.yearFounded = details.yearFounded();
        this.membersCount = details.membersCount();
        this.womenLed = details.womenLed();
        this.mainProducts = details.mainProducts();
        this.contactName = details.contactName();
        this.contactPhone = details.contactPhone();
        this.contactEmail = details.contactEmail();
    }

    public Long getId() {
        return id;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameAr() {
        return nameAr;
    }

    /** The name in the reader's script: Arabic for Arabic pages, French otherwise. */
    public String nameIn(String language) {
        return "ar".equals(language) ? nameAr : nameFr;
    }

    public String getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public Integer getYearFounded() {
        return yearFounded;
    }

    public Integer getMembersCount() {
        return membersCount;
    }

    public boolean isWomenLed() {
        return womenLed;
    }

    public String getMainProducts() {
        return mainProducts;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

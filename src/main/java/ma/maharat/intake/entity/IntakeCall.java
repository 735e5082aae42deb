package ma.maharat.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import ma.maharat.cooperative.entity.LegalForm;
import ma.maharat.platform.i18n.CenterDates;

/**
 * A call for applications. It accepts applications from the start of {@code opensOn} to the end of
 * {@code closesOn} in the centre's time zone, unless an administrator closed it early. It can be edited
 * only until it opens: applicants must not find the rules changed under them.
 */
@Entity
@Table(name = "intake_call")
@NamedQuery(name = IntakeCall.ALL, query = "SELECT c FROM IntakeCall c ORDER BY c.opensOn DESC, c.id DESC")
public class IntakeCall implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String ALL = "IntakeCall.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_ar", nullable = false)
    private String titleAr;
    @Column(name = "title_fr", nullable = false)
    private String titleFr;
    @Column(name = "text_ar", nullable = false)
    private String textAr;
    @Column(name = "text_fr", nullable = false)
    private String textFr;
    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;
    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;
    @Column(nullable = false)
    private int places;
    @Column(nullable = false)
    private String region;
    @Column(name = "legal_forms", nullable = false)
    private String legalForms;
    @Column(name = "textile_required", nullable = false)
    private boolean textileRequired;
    @Column(name = "minimum_members", nullable = false)
    private int minimumMembers;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "weight_need", nullable = false)
    private int weightNeed = 60;
    @Column(name = "weight_size", nullable = false)
    private int weightSize = 20;
    @Column(name = "weight_women", nullable = false)
    private int weightWomen = 20;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected IntakeCall() {}

    public IntakeCall(CallDetails details, Instant now) {
        this.createdAt = now;
        update(details);
    }

    /** Replaces what the administrator typed; the caller checks that the call has not opened yet. */
    public final void update(CallDetails d) {
        titleAr = d.titleAr();
        titleFr = d.titleFr();
        textAr = d.textAr();
        textFr = d.textFr();
        opensOn = d.opensOn();
        closesOn = d.closesOn();
        places = d.places();
        region = d.region();
        legalForms = d.legalForms().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        textileRequired = d.textileRequired();
        minimumMembers = d.minimumMembers();
    }

    public CallDetails details() {
        return new CallDetails(titleAr, titleFr, textAr, textFr, opensOn, closesOn, places, region, getLegalForms(),
                textileRequired, minimumMembers);
    }

    public void close(Instant now) {
        if (closedAt == null) {
            closedAt = now;
        }
    }

    /** The first moment applications are accepted: the start of the opening day at the centre. */
    public Instant opensAt() {
        return opensOn.atStartOfDay(CenterDates.CENTER_ZONE).toInstant();
    }

    /** The first moment they are no longer accepted: the end of the closing day, or when it was closed early. */
    public Instant closesAt() {
        Instant planned = closesOn.plusDays(1).atStartOfDay(CenterDates.CENTER_ZONE).toInstant();
        return closedAt != null && closedAt.isBefore(planned) ? closedAt : planned;
    }

    public boolean hasOpened(Instant now) {
        return !now.isBefore(opensAt());
    }

    /** Whether applications may be sent, completed or withdrawn now. */
    public boolean isOpen(Instant now) {
        return hasOpened(now) && now.isBefore(closesAt());
    }

    public boolean isEditable(Instant now) {
        return !hasOpened(now) && closedAt == null;
    }

    public String titleIn(String language) {
        return "ar".equals(language) ? titleAr : titleFr;
    }

    public String textIn(String language) {
        return "ar".equals(language) ? textAr : textFr;
    }

    /** The selection score's weights; the caller checks them (SelectionScoring.Weights). */
    public void weigh(int need, int size, int women) {
        weightNeed = need;
        weightSize = size;
        weightWomen = women;
    }

    public int getWeightNeed() {
        return weightNeed;
    }

    public int getWeightSize() {
        return weightSize;
    }

    public int getWeightWomen() {
        return weightWomen;
    }

    public Long getId() {
        return id;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getTextAr() {
        return textAr;
    }

    public String getTextFr() {
        return textFr;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public int getPlaces() {
        return places;
    }

    public String getRegion() {
        return region;
    }

    public Set<LegalForm> getLegalForms() {
        if (legalForms == null || legalForms.isBlank()) {
            return EnumSet.noneOf(LegalForm.class);
        }
        return Arrays.stream(legalForms.split(",")).map(LegalForm::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LegalForm.class)));
    }

    public boolean isTextileRequired() {
        return textileRequired;
    }

    public int getMinimumMembers() {
        return minimumMembers;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

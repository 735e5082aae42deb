package ma.maharat.impact.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.training.entity.Cohort;

/**
 * One follow-up of one cooperative after one cohort, at one round; at most one per cooperative, cohort and
 * round (a unique key). Recorded again, it is corrected in place: the audit log keeps who changed it.
 */
@Entity
@Table(name = "follow_up")
@NamedQuery(name = FollowUp.OF_COHORT, query = "SELECT f FROM FollowUp f WHERE f.cohort.id = :cohort")
@NamedQuery(name = FollowUp.OF_COOPERATIVE, query = "SELECT f FROM FollowUp f WHERE f.cooperative.id = :cooperative"
        + " ORDER BY f.cohort.startDate, f.round")
@NamedQuery(name = FollowUp.OF_ROUND, query = "SELECT f FROM FollowUp f WHERE f.cohort.id = :cohort AND f.cooperative.id = :cooperative"
        + " AND f.round = :round")
@NamedQuery(name = FollowUp.OF_COHORTS, query = "SELECT DISTINCT f FROM FollowUp f LEFT JOIN FETCH f.orders WHERE f.cohort.id IN :cohorts")
@NamedQuery(name = FollowUp.ORDERS_BY_ROUND, query = "SELECT f.cohort.id, f.round, COALESCE(SUM(o.valueMad), 0) FROM FollowUp f"
        + " LEFT JOIN f.orders o WHERE f.cohort.id IN :cohorts GROUP BY f.cohort.id, f.round")
@NamedQuery(name = FollowUp.CHOSEN_STORIES, query = "SELECT f FROM FollowUp f JOIN FETCH f.cooperative JOIN FETCH f.cohort"
        + " WHERE f.cohort.id IN :cohorts AND f.storyChosen = TRUE AND f.story IS NOT NULL ORDER BY f.recordedAt DESC, f.id DESC")
public class FollowUp implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String OF_COHORT = "FollowUp.ofCohort";
    public static final String OF_COOPERATIVE = "FollowUp.ofCooperative";
    public static final String OF_ROUND = "FollowUp.ofRound";
    /** The follow-ups of some cohorts (parameter {@code cohorts}, their ids) with their orders. */
    public static final String OF_COHORTS = "FollowUp.ofCohorts";
    /** Per cohort (parameter {@code cohorts}) and round recorded: the value of the orders, in dirhams (rows of id, round, sum). */
    public static final String ORDERS_BY_ROUND = "FollowUp.ordersByRound";
    /** The stories chosen for the partners' report among some cohorts' follow-ups (parameter {@code cohorts}), newest first. */
    public static final String CHOSEN_STORIES = "FollowUp.chosenStories";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cooperative_id", nullable = false, updatable = false)
    private Cooperative cooperative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FollowUpRound round;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The administrator's account id; null when the president recorded it through her link. */
    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "by_president_link", nullable = false)
    private boolean byPresidentLink;

    @Enumerated(EnumType.STRING)
    @Column(name = "turnover_band")
    private TurnoverBand turnoverBand;

    @Column(name = "members_women", nullable = false)
    private int membersWomen;

    @Column(name = "members_men", nullable = false)
    private int membersMen;

    @Column(name = "paid_jobs_women", nullable = false)
    private int paidJobsWomen;

    @Column(name = "paid_jobs_men", nullable = false)
    private int paidJobsMen;

    @Column(name = "new_products")
    private String newProducts;

    @Column(name = "equipment_acquired")
    private String equipmentAcquired;

    @Column(name = "quality_incidents", nullable = false)
    private int qualityIncidents;

    @Column
    private String story;

    @Column(name = "story_chosen", nullable = false)
    private boolean storyChosen;

    @OneToMany(mappedBy = "followUp", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FollowUpOrder> orders = new ArrayList<>();

    @Version
    private long version;

    protected FollowUp() {}

    public FollowUp(Cohort cohort, Cooperative cooperative, FollowUpRound round) {
        this.cohort = cohort;
        this.cooperative = cooperative;
        this.round = round;
    }

    /**
     * Takes checked details (tidied texts, counts present and in bounds) and who recorded them: an
     * administrator's account id, or null for the president's link.
     */
    public void record(FollowUpDetails details, Long administratorId, Instant at) {
        this.turnoverBand = details.turnoverBand();
        this.membersWomen = details.membersWomen();
        this.membersMen = details.membersMen();
        this.paidJobsWomen = details.paidJobsWomen();
        this.paidJobsMen = details.paidJobsMen();
        this.newProducts = details.newProducts();
        this.equipmentAcquired = details.equipmentAcquired();
        this.qualityIncidents = details.qualityIncidents();
        this.story = details.story();
        this.recordedBy = administratorId;
        this.byPresidentLink = administratorId == null;
        this.recordedAt = at;
        this.orders.clear();
        int position = 0;
        for (OrderLine line : details.orders()) {
            orders.add(new FollowUpOrder(this, position++, line.client(), line.items(), line.valueMad()));
        }
        if (story == null) {
            storyChosen = false;
        }
    }

    /** Whether the story goes into the partners' report; only a story there is can be chosen. */
    public void chooseStory(boolean chosen) {
        this.storyChosen = chosen && story != null;
    }

    /** What the form shows to correct it. */
    public FollowUpDetails details() {
        return new FollowUpDetails(turnoverBand, membersWomen, membersMen, paidJobsWomen, paidJobsMen, newProducts, equipmentAcquired,
                qualityIncidents, story, orders.stream().map(o -> new OrderLine(o.getClient(), o.getItems(), o.getValueMad())).toList());
    }

    public long ordersValueMad() {
        return orders.stream().mapToLong(FollowUpOrder::getValueMad).sum();
    }

    public long orderItems() {
        return orders.stream().mapToLong(FollowUpOrder::getItems).sum();
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    public FollowUpRound getRound() {
        return round;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public boolean isByPresidentLink() {
        return byPresidentLink;
    }

    public TurnoverBand getTurnoverBand() {
        return turnoverBand;
    }

    public int getMembersWomen() {
        return membersWomen;
    }

    public int getMembersMen() {
        return membersMen;
    }

    public int getPaidJobsWomen() {
        return paidJobsWomen;
    }

    public int getPaidJobsMen() {
        return paidJobsMen;
    }

    public String getNewProducts() {
        return newProducts;
    }

    public String getEquipmentAcquired() {
        return equipmentAcquired;
    }

    public int getQualityIncidents() {
        return qualityIncidents;
    }

    public String getStory() {
        return story;
    }

    public boolean isStoryChosen() {
        return storyChosen;
    }

    public List<FollowUpOrder> getOrders() {
        return List.copyOf(orders);
    }
}

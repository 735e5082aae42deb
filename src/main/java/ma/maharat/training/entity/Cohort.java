package ma.maharat.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.course.entity.Course;

/**
 * A training cycle: a name ("Cycle 1 — 2026"), a period from its first to its last day, the
 * cooperatives whose trainees take part, and its programme, the courses in the order they are taken.
 * The last day comes after the first (see {@code CohortRules}); the database checks it too.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(name = Cohort.ALL, query = "SELECT c FROM Cohort c ORDER BY c.startDate DESC, c.name")
@NamedQuery(name = Cohort.BY_NAME, query = "SELECT c FROM Cohort c WHERE c.name = :name")
@NamedQuery(name = Cohort.TRAINEE_IDS, query = "SELECT a.id FROM Cohort c JOIN c.cooperatives co, Account a"
        + " WHERE c.id = :cohort AND a.cooperative = co AND a.role = :role"
        + " AND a.active = TRUE ORDER BY a.id")
@NamedQuery(name = Cohort.TRAINEE_COUNTS, query = "SELECT c.id, COUNT(a) FROM Cohort c JOIN c.cooperatives co, Account a"
        + " WHERE a.cooperative = co AND a.role = :role AND a.active = TRUE GROUP BY c.id")
@NamedQuery(name = Cohort.TRAINEES, query = "SELECT a FROM Cohort c JOIN c.cooperatives co, Account a"
        + " WHERE c.id = :cohort AND a.cooperative = co AND a.role = :role"
        + " AND a.active = TRUE ORDER BY co.nameFr, a.fullName")
@NamedQuery(name = Cohort.PICTURE_SIGN_IN_TRAINEES, query = "SELECT DISTINCT a, co FROM Cohort c JOIN c.cooperatives co, Account a"
        + " WHERE c.pictureSignIn = TRUE AND a.cooperative = co AND a.role = :role AND a.active = TRUE"
        + " AND a.pictureHash IS NOT NULL")
public class Cohort implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String ALL = "Cohort.all";
    public static final String BY_NAME = "Cohort.byName";
    /** The active trainees (parameter {@code role}) of the cohort's cooperatives, by account id. */
    public static final String TRAINEE_IDS = "Cohort.traineeIds";
    /** How many active trainees (parameter {@code role}) each cohort has: rows of cohort id and count. */
    public static final String TRAINEE_COUNTS = "Cohort.traineeCounts";
    /** The active trainees (parameter {@code role}) of the cohort's cooperatives, by cooperative then name. */
    public static final String TRAINEES = "Cohort.trainees";
    /**
     * The active trainees (parameter {@code role}) with pictures of every cohort that has picture
     * sign-in on: rows of account and cooperative.
     */
    public static final String PICTURE_SIGN_IN_TRAINEES = "Cohort.pictureSignInTrainees";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @ManyToMany
    @JoinTable(name = "cohort_cooperative",
            joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "cooperative_id"))
    private Set<Cooperative> cooperatives = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "cohort_course",
            joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    private List<Course> programme = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Whether its trainees may sign in with pictures on the center's registered terminals. */
    @Column(name = "picture_sign_in", nullable = false)
    private boolean pictureSignIn;

    @Version
    private long version;

    protected Cohort() {}

    /** A cohort of checked details (see {@code CohortRules}). */
    public Cohort(String name, LocalDate startDate, LocalDate endDate, Collection<Cooperative> cooperatives,
            List<Course> programme) {
        this.createdAt = Instant.now();
        copy(name, startDate, endDate, cooperatives, programme);
    }

    public void update(String name, LocalDate startDate, LocalDate endDate, Collection<Cooperative> cooperatives,
            List<Course> programme) {
        copy(name, startDate, endDate, cooperatives, programme);
        this.updatedAt = Instant.now();
    }

    private void copy(String name, LocalDate startDate, LocalDate endDate, Collection<Cooperative> cooperatives,
            List<Course> programme) {
        if (!endDate.isAfter(startDate)) {
            throw new IllegalArgumentException("A cohort ends after it starts: " + startDate + " to " + endDate);
        }
        this.name = Objects.requireNonNull(name);
        this.startDate = startDate;
        this.endDate = endDate;
        this.cooperatives.clear();
        this.cooperatives.addAll(cooperatives);
        this.programme.clear();
        this.programme.addAll(programme);
    }

    /** Days of the cycle, first and last included: 5 January to 5 March 2026 is a 60-day cycle. */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    /** The cooperatives in French alphabetical order. */
    public List<Cooperative> getCooperatives() {
        return cooperatives.stream().sorted(Comparator.comparing(Cooperative::getNameFr)).toList();
    }

    /** The courses in the order the cohort takes them. */
    public List<Course> getProgramme() {
        return List.copyOf(programme);
    }

    public boolean isPictureSignIn() {
        return pictureSignIn;
    }

    public void allowPictureSignIn(boolean allowed) {
        this.pictureSignIn = allowed;
        this.updatedAt = Instant.now();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package ma.maharat.intake.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The field visit's needs assessment of an application: who visited and when, each topic's need from 0
 * to 4 with a comment, observations and photos. One per application; a later visit updates it.
 */
@Entity
@Table(name = "intake_assessment")
@NamedQuery(name = Assessment.OF_APPLICATION, query = "SELECT s FROM Assessment s WHERE s.application.id = :application")
@NamedQuery(name = Assessment.OF_CALL, query = "SELECT s FROM Assessment s WHERE s.application.call.id = :call")
public class Assessment implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String OF_APPLICATION = "Assessment.ofApplication";
    public static final String OF_CALL = "Assessment.ofCall";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private IntakeApplication application;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;
    @Column(name = "visited_by", nullable = false)
    private String visitedBy;
    private String companions;
    private String observations;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<TopicScore> scores = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<AssessmentPhoto> photos = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    protected Assessment() {}

    /** @param details checked (AssessmentRules): every topic scored */
    public Assessment(IntakeApplication application, AssessmentDetails details, String visitedBy, Instant now) {
        this.application = application;
        this.visitedBy = visitedBy;
        this.createdAt = now;
        set(details);
    }

    public void update(AssessmentDetails details, String by, Instant now) {
        set(details);
        updatedBy = by;
        updatedAt = now;
    }

    private void set(AssessmentDetails d) {
        visitedOn = d.visitedOn();
        companions = d.companions();
        observations = d.observations();
        scores.clear();
        for (Topic topic : Topic.values()) {
            scores.add(new TopicScore(topic, d.scores().get(topic), d.comments().get(topic)));
        }
    }

    public AssessmentPhoto attach(String fileName, String mediaType, byte[] content, String contentHash, Instant now) {
        AssessmentPhoto photo = new AssessmentPhoto(this, fileName, mediaType, content, contentHash, now);
        photos.add(photo);
        return photo;
    }

    public AssessmentDetails details() {
        Map<Topic, Integer> s = new EnumMap<>(Topic.class);
        Map<Topic, String> c = new EnumMap<>(Topic.class);
        for (TopicScore score : scores) {
            s.put(score.getTopic(), score.getScore());
            if (score.getComment() != null) {
                c.put(score.getTopic(), score.getComment());
            }
        }
        return new AssessmentDetails(visitedOn, companions, s, c, observations);
    }

    /** The scores in the programme's order. */
    public List<TopicScore> getScores() {
        return scores.stream().sorted(Comparator.comparing(TopicScore::getTopic)).toList();
    }

    public Long getId() {
        return id;
    }

    public IntakeApplication getApplication() {
        return application;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getVisitedBy() {
        return visitedBy;
    }

    public String getCompanions() {
        return companions;
    }

    public String getObservations() {
        return observations;
    }

    public List<AssessmentPhoto> getPhotos() {
        return photos;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}

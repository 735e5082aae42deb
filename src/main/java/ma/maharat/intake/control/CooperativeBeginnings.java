package ma.maharat.intake.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ma.maharat.intake.entity.Assessment;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.TopicScore;

/**
 * Where a cooperative's story with the center began: the application it sent (the latest, if it applied
 * to more than one call), the needs its field visit found, and the committee's decision. Only cooperatives
 * created from an application have one; those typed in or imported before the intake existed do not.
 */
@Stateless
public class CooperativeBeginnings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Assessments assessments;

    /**
     * @param wishes what the cooperative wrote it wanted to learn (may be null)
     * @param scores the field visit's scores in the programme's order; empty without a visit
     * @param assessment the visit, or null
     */
    public record Beginning(IntakeApplication application, String wishes, Assessment assessment, List<TopicScore> scores) {}

    public Optional<Beginning> of(long cooperativeId) {
        return em.createQuery("SELECT a FROM IntakeApplication a JOIN FETCH a.call WHERE a.cooperativeId = :cooperative"
                + " ORDER BY a.submittedAt DESC, a.id DESC", IntakeApplication.class)
                .setParameter("cooperative", cooperativeId).setMaxResults(1).getResultStream().findFirst()
                .map(application -> {
                    Assessment visit = assessments.of(application.getId()).orElse(null);
                    return new Beginning(application, application.details().wishes(), visit,
                            visit == null ? List.of() : visit.getScores());
                });
    }
}

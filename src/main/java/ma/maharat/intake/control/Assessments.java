package ma.maharat.intake.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.intake.entity.Assessment;
import ma.maharat.intake.entity.AssessmentDetails;
import ma.maharat.intake.entity.AssessmentPhoto;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.TopicScore;
import ma.maharat.platform.i18n.CenterDates;

/**
 * Field visits' needs assessments (trainers and administrators; the pages check the role). An assessment
 * and its new photos are saved in one transaction, and written to the audit log with the scores, so that
 * a later change keeps what the visit first found.
 */
@Stateless
public class Assessments {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Intake intake;

    public IntakeApplication application(long id) {
        return Optional.ofNullable(em.find(IntakeApplication.class, id))
                .orElseThrow(() -> new IntakeRuleViolation("selection.application.notFound"));
    }

    public Optional<Assessment> of(long applicationId) {
        return em.createNamedQuery(Assessment.OF_APPLICATION, Assessment.class).setParameter("application", applicationId)
                .getResultStream().findFirst();
    }

    /** The call's assessments by application id. */
    public Map<Long, Assessment> ofCall(long callId) {
        return em.createNamedQuery(Assessment.OF_CALL, Assessment.class).setParameter("call", callId).getResultStream()
                .collect(Collectors.toMap(a -> a.getApplication().getId(), Function.identity()));
    }

    public Optional<AssessmentPhoto> photo(long id) {
        return Optional.ofNullable(em.find(AssessmentPhoto.class, id));
    }

    /**
     * Records the visit (or updates it) with its new photos, all or nothing.
     *
     * @param by the signed-in staff member's username
     */
    public Assessment save(long applicationId, AssessmentDetails details, List<ApplicationDocuments.Checked> photos, String by) {
        IntakeApplication application = application(applicationId);
        if (application.isWithdrawn()) {
            throw new IntakeRuleViolation("intake.alreadyWithdrawn");
        }
        LocalDate today = LocalDate.ofInstant(intake.now(), CenterDates.CENTER_ZONE);
        LocalDate earliest = LocalDate.ofInstant(application.getCall().getCreatedAt(), CenterDates.CENTER_ZONE);
        AssessmentRules.Checked checked = AssessmentRules.check(details, today, earliest);
        if (!checked.valid()) {
            throw new IntakeRuleViolation("intake.notSaved", checked.problems());
        }
        Instant now = intake.now();
        Optional<Assessment> existing = of(applicationId);
        Assessment assessment = existing.orElseGet(() -> new Assessment(application, checked.details(), by, now));
        if (existing.isPresent()) {
            assessment.update(checked.details(), by, now);
        }
        attach(assessment, photos, now);
        if (existing.isEmpty()) {
            em.persist(assessment);
        }
        em.flush();
        audit.record(existing.isPresent() ? "intake.assessment.updated" : "intake.assessment.created", "application", applicationId,
                AuditMessage.of(existing.isPresent() ? "audit.message.intake.assessmentUpdated" : "audit.message.intake.assessmentCreated",
                        application.getNameFr(), checked.details().visitedOn().toString(), summary(assessment)));
        return assessment;
    }

    /** The scores as the log shows them: "SOURCING 2, MODELING 3, …". */
    static String summary(Assessment assessment) {
        return assessment.getScores().stream().map(s -> s.getTopic().name() + " " + s.getScore()).collect(Collectors.joining(", "));
    }

    private void attach(Assessment assessment, List<ApplicationDocuments.Checked> photos, Instant now) {
        IntakeLimits limits = intake.limits();
        if (assessment.getPhotos().size() + photos.size() > limits.files()) {
            throw new IntakeRuleViolation("intake.notSaved", List.of(IntakeProblem.of("photos", "intake.file.tooMany", limits.files())));
        }
        long total = assessment.getPhotos().stream().mapToLong(AssessmentPhoto::getSizeBytes).sum()
                + photos.stream().mapToLong(p -> p.content().length).sum();
        if (total > limits.applicationBytes()) {
            throw new IntakeRuleViolation("intake.notSaved",
                    List.of(IntakeProblem.of("photos", "intake.file.tooMuch", limits.applicationBytes() / (1024 * 1024))));
        }
        for (ApplicationDocuments.Checked p : photos) {
            assessment.attach(p.fileName(), p.mediaType(), p.content(), p.sha256(), now);
        }
    }

    /** The scores of a saved assessment, for the selection. */
    public static List<Integer> needs(Assessment assessment) {
        return assessment == null ? List.of() : assessment.getScores().stream().map(TopicScore::getScore).toList();
    }
}

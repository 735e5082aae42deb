package ma.maharat.intake.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.intake.entity.Assessment;
import ma.maharat.intake.entity.Decision;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;

/**
 * The selection of a call's applicants (administrators, as the committee's secretary): eligibility with
 * its reasons, the weighted score with its parts, the ranking, and the committee's decisions, which are
 * written to the audit log with who decided. No more applicants can be selected than the call has places.
 */
@Stateless
public class Selection {

    public static final int REASON_LENGTH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Intake intake;

    @Inject
    Assessments assessments;

    /** One line of the ranking. */
    public record Ranked(int rank, IntakeApplication application, Eligibility.Verdict verdict, SelectionScoring.Score score,
            Assessment assessment) implements Serializable {}

    /**
     * The call's applications, eligible ones first by score (highest first; ties by the earlier sent),
     * then the ineligible ones; ranks count the eligible only (0 for the others).
     */
    public List<Ranked> ranking(long callId) {
        IntakeCall call = call(callId);
        SelectionScoring.Weights weights = weights(call);
        Map<Long, Assessment> visits = assessments.ofCall(callId);
        record Line(IntakeApplication application, Eligibility.Verdict verdict, SelectionScoring.Score score, Assessment assessment) {}
        List<Line> lines = intake.applicationsOf(callId).stream().map(a -> {
            Assessment visit = visits.get(a.getId());
            return new Line(a, Eligibility.check(call, a), SelectionScoring.score(weights, Assessments.needs(visit), a.getMembers(),
                    a.isLedByWoman()), visit);
        }).sorted(Comparator.comparing((Line l) -> !l.verdict().eligible())
                .thenComparing(l -> l.score().total(), Comparator.reverseOrder())
                .thenComparing(l -> l.application().getSubmittedAt())
                .thenComparing(l -> l.application().getId())).toList();
        List<Ranked> ranked = new ArrayList<>();
        int rank = 0;
        for (Line l : lines) {
            ranked.add(new Ranked(l.verdict().eligible() ? ++rank : 0, l.application(), l.verdict(), l.score(), l.assessment()));
        }
        return ranked;
    }

    public static SelectionScoring.Weights weights(IntakeCall call) {
        return new SelectionScoring.Weights(call.getWeightNeed(), call.getWeightSize(), call.getWeightWomen());
    }

    public IntakeCall weigh(long callId, Integer need, Integer size, Integer women) {
        IntakeCall call = call(callId);
        if (need == null || size == null || women == null) {
            throw new IntakeRuleViolation("selection.weights.outOfRange", SelectionScoring.MAX_WEIGHT);
        }
        SelectionScoring.Weights old = weights(call);
        SelectionScoring.Weights weights = new SelectionScoring.Weights(need, size, women);
        if (!old.equals(weights)) {
            call.weigh(need, size, women);
            audit.record("intake.call.weighted", "call", callId, AuditMessage.of("audit.message.intake.callWeighted", call.getTitleFr(),
                    old.need() + "/" + old.size() + "/" + old.women(), need + "/" + size + "/" + women));
        }
        return call;
    }

    /**
     * Records the committee's decision on an application. A refusal needs its reason; only an eligible
     * application can be selected, and only while the call has places left (the call is locked meanwhile,
     * so two committee members cannot both take the last place).
     *
     * @param by the signed-in administrator's username
     */
    public IntakeApplication decide(long applicationId, Decision decision, String typedReason, String by) {
        IntakeApplication application = assessments.application(applicationId);
        if (decision == null) {
            throw new IntakeRuleViolation("selection.decision.required");
        }
        if (application.isWithdrawn()) {
            throw new IntakeRuleViolation("intake.alreadyWithdrawn");
        }
        String reason = ApplicationRules.tidyText(typedReason);
        if (reason != null && reason.length() > REASON_LENGTH) {
            throw new IntakeRuleViolation("selection.decision.reasonTooLong", REASON_LENGTH);
        }
        if (decision == Decision.REFUSED && reason == null) {
            throw new IntakeRuleViolation("selection.decision.reasonRequired");
        }
        IntakeCall call = em.find(IntakeCall.class, application.getCall().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (decision == Decision.SELECTED) {
            if (!Eligibility.check(call, application).eligible()) {
                throw new IntakeRuleViolation("selection.decision.notEligible");
            }
            long selected = em.createNamedQuery(IntakeApplication.DECIDED_IN_CALL, Long.class).setParameter("call", call.getId())
                    .setParameter("decision", Decision.SELECTED).setParameter("except", applicationId).getSingleResult();
            if (selected >= call.getPlaces()) {
                throw new IntakeRuleViolation("selection.decision.noPlaceLeft", call.getPlaces());
            }
        }
        Decision before = application.getDecision();
        application.decide(decision, reason, by, intake.now());
        audit.record("intake.application.decided", "application", applicationId, AuditMessage.of("audit.message.intake.decided",
                application.getNameFr(), before == null ? "—" : before.name(), decision.name(), reason == null ? "" : reason));
        return application;
    }

    /** How many of the call's applicants are selected. */
    public long selectedCount(long callId) {
        return em.createNamedQuery(IntakeApplication.DECIDED_IN_CALL, Long.class).setParameter("call", callId)
                .setParameter("decision", Decision.SELECTED).setParameter("except", -1L).getSingleResult();
    }

    private IntakeCall call(long callId) {
        return intake.call(callId).orElseThrow(() -> new IntakeRuleViolation("intake.call.notFound"));
    }
}

package ma.maharat.impact.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.impact.entity.FollowUp;
import ma.maharat.impact.entity.FollowUpDetails;
import ma.maharat.impact.entity.FollowUpRound;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.training.entity.Cohort;

/**
 * Recording a cooperative's follow-ups and listing each cohort's rounds: recorded, missing, to come. A round
 * is recorded for a cooperative of the cohort only, once (the unique key backs it); recording it again
 * corrects it. Every change is in the audit log, in the same transaction.
 */
@Stateless
public class FollowUps {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** One cooperative's rounds after a cohort: each round's state, and the follow-up of those recorded. */
    public record CooperativeRounds(Cooperative cooperative, List<RoundState> states, Map<FollowUpRound, FollowUp> recorded) implements Serializable {

        public long missing() {
            return states.stream().filter(RoundState::isMissing).count();
        }

        public FollowUp of(FollowUpRound round) {
            return recorded.get(round);
        }
    }

    public List<Cohort> cohorts() {
        return em.createNamedQuery(Cohort.ALL, Cohort.class).getResultList();
    }

    public Optional<Cohort> cohort(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id));
    }

    /** The rounds of each cooperative of a cohort, at the center's today. */
    public List<CooperativeRounds> board(long cohortId) {
        Cohort cohort = cohort(cohortId).orElseThrow(() -> new FollowUpRuleViolation("followUp.unknownCohort"));
        Map<Long, Map<FollowUpRound, FollowUp>> recorded = new java.util.HashMap<>();
        for (FollowUp f : em.createNamedQuery(FollowUp.OF_COHORT, FollowUp.class).setParameter("cohort", cohortId).getResultList()) {
            recorded.computeIfAbsent(f.getCooperative().getId(), id -> new EnumMap<>(FollowUpRound.class)).put(f.getRound(), f);
        }
        LocalDate today = LocalDate.now(clock.withZone(CenterDates.CENTER_ZONE));
        List<CooperativeRounds> board = new ArrayList<>();
        for (Cooperative cooperative : cohort.getCooperatives()) {
            Map<FollowUpRound, FollowUp> rounds = recorded.getOrDefault(cooperative.getId(), new EnumMap<>(FollowUpRound.class));
            board.add(new CooperativeRounds(cooperative, RoundState.of(cohort.getStartDate(), cohort.getEndDate(), rounds.keySet(), today), rounds));
        }
        return board;
    }

    public Optional<FollowUp> find(long cohortId, long cooperativeId, FollowUpRound round) {
        return em.createNamedQuery(FollowUp.OF_ROUND, FollowUp.class).setParameter("cohort", cohortId).setParameter("cooperative", cooperativeId)
                .setParameter("round", round).getResultStream().findFirst();
    }

    /** Every follow-up of a cooperative, by cohort and round. */
    /**
     * The value of the orders each cohort's cooperatives recorded, round by round: a round that has follow-ups
     * without orders is 0, a round without any follow-up yet is missing (unknown, not zero).
     */
    public Map<Long, Map<FollowUpRound, Long>> orderValueByRound(Collection<Long> cohortIds) {
        Map<Long, Map<FollowUpRound, Long>> byCohort = new HashMap<>();
        if (cohortIds.isEmpty()) {
            return byCohort;
        }
        for (Object[] row : em.createNamedQuery(FollowUp.ORDERS_BY_ROUND, Object[].class).setParameter("cohorts", cohortIds)
                .getResultList()) {
            byCohort.computeIfAbsent((Long) row[0], id -> new EnumMap<>(FollowUpRound.class))
                    .put((FollowUpRound) row[1], ((Number) row[2]).longValue());
        }
        return byCohort;
    }

    public List<FollowUp> ofCooperative(long cooperativeId) {
        return em.createNamedQuery(FollowUp.OF_COOPERATIVE, FollowUp.class).setParameter("cooperative", cooperativeId).getResultList();
    }

    /**
     * Records (or corrects) one round of a cooperative of the cohort.
     *
     * @param administratorId who records it, or null for the president's link
     */
    public FollowUp record(long cohortId, long cooperativeId, FollowUpRound round, FollowUpDetails typed, Long administratorId) {
        if (round == null) {
            throw new FollowUpRuleViolation("followUp.roundRequired");
        }
        FollowUpDetails details = FollowUpRules.checked(typed);
        Cohort cohort = cohort(cohortId).orElseThrow(() -> new FollowUpRuleViolation("followUp.unknownCohort"));
        Cooperative cooperative = cohort.getCooperatives().stream().filter(c -> c.getId() == cooperativeId).findFirst()
                .orElseThrow(() -> new FollowUpRuleViolation("followUp.notInCohort"));
        Optional<FollowUp> existing = find(cohortId, cooperativeId, round);
        FollowUp followUp = existing.orElseGet(() -> new FollowUp(cohort, cooperative, round));
        followUp.record(details, administratorId, Instant.now(clock));
        if (existing.isEmpty()) {
            em.persist(followUp);
        }
        em.flush();
        audit.record(existing.isEmpty() ? "followUp.recorded" : "followUp.corrected", "followUp", followUp.getId(),
                AuditMessage.of(administratorId == null ? "audit.message.followUp.byLink" : "audit.message.followUp.recorded",
                        cooperative.getNameFr(), cohort.getName(), AuditMessage.of("followUp.round." + round.name()),
                        followUp.getOrders().size(), followUp.ordersValueMad(), followUp.getPaidJobsWomen() + followUp.getPaidJobsMen()));
        return followUp;
    }

    /** Whether a follow-up's story goes into the partners' report. */
    public void chooseStory(long followUpId, boolean chosen) {
        FollowUp followUp = em.find(FollowUp.class, followUpId);
        if (followUp == null) {
            throw new FollowUpRuleViolation("followUp.unknown");
        }
        if (chosen && followUp.getStory() == null) {
            throw new FollowUpRuleViolation("followUp.noStory");
        }
        if (followUp.isStoryChosen() == chosen) {
            return;
        }
        followUp.chooseStory(chosen);
        audit.record("followUp.storyChosen", "followUp", followUpId, AuditMessage.of(chosen ? "audit.message.followUp.storyChosen"
                : "audit.message.followUp.storyDropped", followUp.getCooperative().getNameFr(), AuditMessage.of("followUp.round." + followUp.getRound().name())));
    }
}

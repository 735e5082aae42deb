package ma.maharat.impact.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.GrammaticalGender;
import ma.maharat.identity.entity.Role;
import ma.maharat.impact.entity.FollowUp;
import ma.maharat.quiz.control.DiagnosticScores;
import ma.maharat.training.entity.AttendanceStatus;
import ma.maharat.training.entity.Cohort;

/**
 * Reads the facts of some cohorts for the indicators ({@link ImpactData}), in a fixed number of queries per
 * cohort (its cooperatives, enrolments, certificates, attendance) plus one for all follow-ups. The queries
 * live here rather than as named queries on the entities of learning, certificate and training: they serve
 * the impact report only (as {@code day.control.TraineeDay}'s serve the trainee's day).
 */
@Stateless
public class ImpactFacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    DiagnosticScores diagnostics;

    /** The cohorts whose days meet the period (either end may be null: open), latest first; or only the one named. */
    public List<Cohort> cohorts(LocalDate from, LocalDate to, Long cohortId) {
        return em.createNamedQuery(Cohort.ALL, Cohort.class).getResultStream()
                .filter(c -> cohortId == null || c.getId().equals(cohortId))
                .filter(c -> (from == null || !c.getEndDate().isBefore(from)) && (to == null || !c.getStartDate().isAfter(to)))
                .toList();
    }

    public ImpactData of(List<Cohort> cohorts) {
        List<ImpactData.Participation> participations = new ArrayList<>();
        List<ImpactData.Trainee> trainees = new ArrayList<>();
        List<ImpactData.GainFigures> gains = new ArrayList<>();
        for (Cohort cohort : cohorts) {
            List<Long> cooperativeIds = new ArrayList<>();
            for (Cooperative cooperative : cohort.getCooperatives()) {
                participations.add(new ImpactData.Participation(cohort.getId(), cooperative.getId(), cooperative.getProvince(), cooperative.isWomenLed()));
                cooperativeIds.add(cooperative.getId());
            }
            List<Long> courseIds = cohort.getProgramme().stream().map(Course::getId).toList();
            if (!cooperativeIds.isEmpty() && !courseIds.isEmpty()) {
                List<ImpactData.Trainee> ofCohort = trainees(cohort.getId(), cooperativeIds, courseIds);
                trainees.addAll(ofCohort);
                gains.addAll(gains(cohort.getId(), ofCohort, courseIds));
            }
        }
        List<ImpactData.FollowUpFigures> followUps = new ArrayList<>();
        if (!cohorts.isEmpty()) {
            for (FollowUp f : em.createNamedQuery(FollowUp.OF_COHORTS, FollowUp.class)
                    .setParameter("cohorts", cohorts.stream().map(Cohort::getId).toList()).getResultList()) {
                followUps.add(new ImpactData.FollowUpFigures(f.getCohort().getId(), f.getCooperative().getId(), f.getRound(), f.getOrders().size(),
                        f.orderItems(), f.ordersValueMad(), f.getPaidJobsWomen(), f.getPaidJobsMen()));
            }
        }
        return new ImpactData(participations, trainees, followUps, gains);
    }

    /** The diagnostic quizzes the cohort's trainees took before and after, in the courses of its programme. */
    private List<ImpactData.GainFigures> gains(long cohortId, List<ImpactData.Trainee> trainees, List<Long> courseIds) {
        Map<Long, Long> cooperativeOf = new HashMap<>();
        trainees.forEach(t -> cooperativeOf.put(t.traineeId(), t.cooperativeId()));
        return diagnostics.ofTrainees(cooperativeOf.keySet()).stream()
                .filter(s -> s.hasBoth() && courseIds.contains(s.courseId()))
                .map(s -> new ImpactData.GainFigures(cohortId, cooperativeOf.get(s.traineeId()), s.traineeId(), s.courseId(), s.before(), s.after()))
                .toList();
    }

    private List<ImpactData.Trainee> trainees(long cohortId, List<Long> cooperativeIds, List<Long> courseIds) {
        List<Object[]> enrolments = em.createQuery("SELECT t.id, t.cooperative.id, t.grammaticalGender, COUNT(e),"
                + " SUM(CASE WHEN e.completedAt IS NOT NULL THEN 1 ELSE 0 END) FROM Enrollment e JOIN e.trainee t"
                + " WHERE t.role = :role AND t.cooperative.id IN :cooperatives AND e.course.id IN :courses"
                + " GROUP BY t.id, t.cooperative.id, t.grammaticalGender", Object[].class)
                .setParameter("role", Role.TRAINEE).setParameter("cooperatives", cooperativeIds).setParameter("courses", courseIds)
                .getResultList();
        if (enrolments.isEmpty()) {
            return List.of();
        }
        List<Long> traineeIds = enrolments.stream().map(row -> (Long) row[0]).toList();
        Set<Long> certified = new HashSet<>(em.createQuery("SELECT DISTINCT h.id FROM Certificate c JOIN c.holder h LEFT JOIN c.programme p"
                + " LEFT JOIN c.course co WHERE c.revokedAt IS NULL AND c.supersededAt IS NULL AND h.id IN :trainees"
                + " AND (p.id = :cohort OR co.id IN :courses)", Long.class)
                .setParameter("trainees", traineeIds).setParameter("cohort", cohortId).setParameter("courses", courseIds).getResultList());
        Map<Long, long[]> attendance = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.key.traineeId, COUNT(a), SUM(CASE WHEN a.status = :present THEN 1 ELSE 0 END)"
                + " FROM Attendance a, TrainingSession s WHERE s.id = a.key.sessionId AND s.cohort.id = :cohort GROUP BY a.key.traineeId",
                Object[].class).setParameter("present", AttendanceStatus.PRESENT).setParameter("cohort", cohortId).getResultList()) {
            attendance.put(((Number) row[0]).longValue(), new long[] {((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        List<ImpactData.Trainee> trainees = new ArrayList<>();
        for (Object[] row : enrolments) {
            long id = (Long) row[0];
            GrammaticalGender gender = (GrammaticalGender) row[2];
            long[] present = attendance.getOrDefault(id, new long[2]);
            trainees.add(new ImpactData.Trainee(cohortId, id, (Long) row[1], gender == null ? null : gender.name(), ((Number) row[3]).intValue(),
                    row[4] == null ? 0 : ((Number) row[4]).intValue(), certified.contains(id), (int) present[0], (int) present[1]));
        }
        return trainees;
    }
}

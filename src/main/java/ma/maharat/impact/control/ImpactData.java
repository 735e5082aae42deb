package ma.maharat.impact.control;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import ma.maharat.impact.entity.FollowUpRound;

/**
 * The facts the indicators are computed from, read by {@link ImpactFacts} and kept plain so that
 * {@link Indicators} is a pure function with unit tests on hand-made data. Every fact names its cohort and
 * cooperative, so one set of facts gives the programme, a cohort, a province or a cooperative by filtering.
 */
public record ImpactData(List<Participation> participations, List<Trainee> trainees, List<FollowUpFigures> followUps,
        List<GainFigures> gains) {

    /** A cooperative taking part in a cohort. */
    public record Participation(long cohortId, long cooperativeId, String province, boolean womenLed) {}

    /**
     * A trainee of a cohort's cooperative enrolled in at least one course of its programme: gender as
     * {@code FEMALE}, {@code MALE} or null (not said); her enrolments in the programme and how many she
     * completed; whether she holds a valid certificate of the programme or of one of its courses; her
     * attendance recorded at the cohort's sessions, and how much of it present.
     */
    public record Trainee(long cohortId, long traineeId, long cooperativeId, String gender, int enrolments, int completed, boolean certified,
            int attendanceRecorded, int present) {}

    /** One recorded round: its orders (count, items, value in dirhams) and paid jobs. */
    public record FollowUpFigures(long cohortId, long cooperativeId, FollowUpRound round, int orders, long items, long valueMad, int paidJobsWomen,
            int paidJobsMen) {}

    /**
     * A trainee's diagnostic quiz of a course of her cohort's programme, taken before and after (percent):
     * only trainees who took both count in the learning gain.
     */
    public record GainFigures(long cohortId, long cooperativeId, long traineeId, long courseId, double before, double after) {

        public double gain() {
            return after - before;
        }
    }

    public ImpactData {
        participations = List.copyOf(participations);
        trainees = List.copyOf(trainees);
        followUps = List.copyOf(followUps);
        gains = List.copyOf(gains);
    }

    /** Facts without any diagnostic quiz taken. */
    public ImpactData(List<Participation> participations, List<Trainee> trainees, List<FollowUpFigures> followUps) {
        this(participations, trainees, followUps, List.of());
    }

    public static ImpactData empty() {
        return new ImpactData(List.of(), List.of(), List.of(), List.of());
    }

    /** The facts of one cohort. */
    public ImpactData ofCohort(long cohortId) {
        return where(cohort -> cohort == cohortId, cooperative -> true);
    }

    /** The facts of some cooperatives (one, or a province's), in every cohort. */
    public ImpactData ofCooperatives(Set<Long> cooperativeIds) {
        return where(cohort -> true, cooperativeIds::contains);
    }

    /** The facts of the cooperatives of a province (as their records name it; null: those whose record names none). */
    public ImpactData ofProvince(String province) {
        Set<Long> ids = participations.stream().filter(p -> java.util.Objects.equals(province, p.province())).map(Participation::cooperativeId)
                .collect(java.util.stream.Collectors.toSet());
        return ofCooperatives(ids);
    }

    private ImpactData where(Predicate<Long> cohort, Predicate<Long> cooperative) {
        return new ImpactData(
                participations.stream().filter(p -> cohort.test(p.cohortId()) && cooperative.test(p.cooperativeId())).toList(),
                trainees.stream().filter(t -> cohort.test(t.cohortId()) && cooperative.test(t.cooperativeId())).toList(),
                followUps.stream().filter(f -> cohort.test(f.cohortId()) && cooperative.test(f.cooperativeId())).toList(),
                gains.stream().filter(g -> cohort.test(g.cohortId()) && cooperative.test(g.cooperativeId())).toList());
    }
}

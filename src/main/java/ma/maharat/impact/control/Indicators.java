package ma.maharat.impact.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.maharat.impact.entity.FollowUpRound;

/**
 * The programme's indicators computed from its facts, each mapped to an SDG target; their definitions are
 * in the bundles ({@code impact.<key>.definition}) and in docs/impact.md. Pure, and safe on empty data: a
 * share of nothing has no percent, never a division by zero.
 *
 * <p>People are counted once however many cohorts they took part in; enrolments, attendance and
 * follow-ups are counted per cohort.
 */
public final class Indicators {

    /** In the order the pages show them. */
    public static final List<String> KEYS = List.of("cooperativesTrained", "womenLedShare", "peopleTrained", "womenTrained", "menTrained",
            "genderUnsaid", "completionRate", "certificationRate", "attendanceRate", "ordersBaseline", "ordersAfter", "ordersValueBaseline",
            "ordersValueAfter", "jobsCreated", "womenJobsCreated", "learningGain");

    private Indicators() {}

    public static List<Indicator> of(ImpactData data) {
        List<Indicator> indicators = new ArrayList<>();
        Map<Long, Boolean> cooperatives = data.participations().stream()
                .collect(Collectors.toMap(ImpactData.Participation::cooperativeId, ImpactData.Participation::womenLed, (a, b) -> a || b));
        indicators.add(Indicator.count("cooperativesTrained", "9.3", cooperatives.size()));
        indicators.add(Indicator.share("womenLedShare", "5.5", cooperatives.values().stream().filter(b -> b).count(), cooperatives.size()));

        Map<Long, List<ImpactData.Trainee>> people = data.trainees().stream().collect(Collectors.groupingBy(ImpactData.Trainee::traineeId));
        Map<Long, String> genders = new java.util.HashMap<>();
        people.forEach((id, rows) -> genders.put(id, rows.stream().map(ImpactData.Trainee::gender).filter(g -> g != null).findFirst().orElse(null)));
        indicators.add(Indicator.count("peopleTrained", "8.5", people.size()));
        indicators.add(Indicator.count("womenTrained", "5.5", genders.values().stream().filter("FEMALE"::equals).count()));
        indicators.add(Indicator.count("menTrained", "8.5", genders.values().stream().filter("MALE"::equals).count()));
        indicators.add(Indicator.count("genderUnsaid", "5.5", genders.values().stream().filter(g -> g == null).count()));
        indicators.add(Indicator.share("completionRate", "8.5", sum(data, ImpactData.Trainee::completed), sum(data, ImpactData.Trainee::enrolments)));
        long certified = people.values().stream().filter(rows -> rows.stream().anyMatch(ImpactData.Trainee::certified)).count();
        indicators.add(Indicator.share("certificationRate", "8.5", certified, people.size()));
        indicators.add(Indicator.share("attendanceRate", "8.5", sum(data, ImpactData.Trainee::present), sum(data, ImpactData.Trainee::attendanceRecorded)));

        List<ImpactData.FollowUpFigures> baseline = data.followUps().stream().filter(f -> f.round().isBaseline()).toList();
        List<ImpactData.FollowUpFigures> after = data.followUps().stream().filter(f -> !f.round().isBaseline()).toList();
        indicators.add(Indicator.count("ordersBaseline", "9.3", baseline.stream().mapToLong(ImpactData.FollowUpFigures::orders).sum()));
        indicators.add(Indicator.count("ordersAfter", "9.3", after.stream().mapToLong(ImpactData.FollowUpFigures::orders).sum()));
        indicators.add(Indicator.mad("ordersValueBaseline", "8.3", baseline.stream().mapToLong(ImpactData.FollowUpFigures::valueMad).sum()));
        indicators.add(Indicator.mad("ordersValueAfter", "8.3", after.stream().mapToLong(ImpactData.FollowUpFigures::valueMad).sum()));

        long jobs = 0;
        long womenJobs = 0;
        Map<List<Long>, List<ImpactData.FollowUpFigures>> byCooperative = data.followUps().stream()
                .collect(Collectors.groupingBy(f -> List.of(f.cohortId(), f.cooperativeId())));
        for (List<ImpactData.FollowUpFigures> rounds : byCooperative.values()) {
            Optional<ImpactData.FollowUpFigures> first = rounds.stream().filter(f -> f.round() == FollowUpRound.BASELINE).findFirst();
            Optional<ImpactData.FollowUpFigures> last = rounds.stream().filter(f -> !f.round().isBaseline())
                    .max(Comparator.comparing(ImpactData.FollowUpFigures::round));
            if (first.isPresent() && last.isPresent()) {
                jobs += last.get().paidJobsWomen() + last.get().paidJobsMen() - first.get().paidJobsWomen() - first.get().paidJobsMen();
                womenJobs += last.get().paidJobsWomen() - first.get().paidJobsWomen();
            }
        }
        indicators.add(Indicator.count("jobsCreated", "8.5", jobs));
        indicators.add(Indicator.count("womenJobsCreated", "5.5", womenJobs));
        // The mean over trainees and courses of "after" minus "before" in the diagnostic quiz (quiz.control.LearningGains
        // gives the same per course for trainers); not measured while nobody took one before and after.
        indicators.add(data.gains().isEmpty() ? Indicator.notMeasured("learningGain", "8.5")
                : Indicator.points("learningGain", "8.5", data.gains().stream().mapToDouble(ImpactData.GainFigures::gain).average().orElse(0),
                        data.gains().size()));
        return List.copyOf(indicators);
    }

    private static long sum(ImpactData data, java.util.function.ToIntFunction<ImpactData.Trainee> figure) {
        return data.trainees().stream().mapToLong(figure::applyAsInt).sum();
    }
}

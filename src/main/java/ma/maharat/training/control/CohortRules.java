package ma.maharat.training.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import ma.maharat.training.entity.CohortDetails;

/**
 * The rules a cohort's details follow by themselves, without the database: a name, a period whose
 * last day comes after its first, at least one cooperative and one course. Names are tidied (spaces)
 * and repeated ids dropped, keeping the first place of a course in the programme.
 */
public final class CohortRules {

    /** The length of the {@code cohort.name} column. */
    public static final int NAME_MAX = 200;

    private CohortRules() {}

    /** The tidied details and, when they break rules, every problem found. */
    public record Checked(CohortDetails details, List<CohortProblem> problems) {

        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Checked check(CohortDetails details) {
        List<CohortProblem> problems = new ArrayList<>();
        String name = details.name() == null ? "" : details.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            problems.add(CohortProblem.of("name", "cohort.required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(CohortProblem.of("name", "cohort.tooLong", NAME_MAX));
        }
        if (details.startDate() == null) {
            problems.add(CohortProblem.of("start-date", "cohort.required"));
        }
        if (details.endDate() == null) {
            problems.add(CohortProblem.of("end-date", "cohort.required"));
        } else if (details.startDate() != null && !details.endDate().isAfter(details.startDate())) {
            problems.add(CohortProblem.of("end-date", "cohort.endNotAfterStart"));
        }
        List<Long> cooperativeIds = distinct(details.cooperativeIds());
        if (cooperativeIds.isEmpty()) {
            problems.add(CohortProblem.of("cooperatives", "cohort.noCooperative"));
        }
        List<Long> courseIds = distinct(details.courseIds());
        if (courseIds.isEmpty()) {
            problems.add(CohortProblem.of("programme", "cohort.noCourse"));
        }
        return new Checked(new CohortDetails(name, details.startDate(), details.endDate(), cooperativeIds, courseIds), problems);
    }

    private static List<Long> distinct(List<Long> ids) {
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}

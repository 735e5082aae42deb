package ma.maharat.training.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an administrator enters for a cohort: its name, its period, the ids of its cooperatives and
 * the ids of its programme's courses in the order they are taken (empty choices are dropped).
 */
public record CohortDetails(String name, LocalDate startDate, LocalDate endDate, List<Long> cooperativeIds,
        List<Long> courseIds) {

    public CohortDetails {
        cooperativeIds = withoutNulls(cooperativeIds);
        courseIds = withoutNulls(courseIds);
    }

    private static List<Long> withoutNulls(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList();
    }
}

package ma.maharat.day.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A training cycle she takes part in (through her cooperative), with the position of each course of
 * its programme (course id to position, from {@code cohort_course.position}).
 */
public record Cycle(long id, String name, LocalDate firstDay, LocalDate lastDay, Map<Long, Integer> programme) {

    public Cycle {
        programme = Map.copyOf(programme);
    }

    public boolean isUnderWay(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /**
     * Her cycle today: the one under way (the latest started if several), else the next to begin, else the
     * last one that ended. Empty when her cooperative takes part in none.
     */
    public static Optional<Cycle> current(List<Cycle> cycles, LocalDate today) {
        Optional<Cycle> underWay = cycles.stream().filter(c -> c.isUnderWay(today))
                .max(Comparator.comparing(Cycle::firstDay).thenComparing(Cycle::id));
        if (underWay.isPresent()) {
            return underWay;
        }
        Optional<Cycle> next = cycles.stream().filter(c -> c.firstDay().isAfter(today))
                .min(Comparator.comparing(Cycle::firstDay).thenComparing(Cycle::id));
        return next.or(() -> cycles.stream().max(Comparator.comparing(Cycle::lastDay).thenComparing(Cycle::id)));
    }
}

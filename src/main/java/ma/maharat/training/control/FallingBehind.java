package ma.maharat.training.control;

import java.util.List;

/**
 * Who is behind in a course, as the trainers' progress grid marks it: a trainee is behind when she has
 * done fewer of the course's lessons than the cohort's median for that course (half the cohort has done
 * at least as many). Compared with the cohort rather than with the calendar on purpose: the programme
 * has no per-course schedule, and a share of the cycle elapsed would mark everybody behind in a course
 * the cohort has not reached yet. When the median is 0 nobody is behind; when everybody is level,
 * nobody either.
 */
public final class FallingBehind {

    private FallingBehind() {}

    /** The median of lessons done; the mean of the two middle values for an even count, 0 for nobody. */
    public static double median(List<Integer> lessonsDone) {
        if (lessonsDone.isEmpty()) {
            return 0;
        }
        List<Integer> sorted = lessonsDone.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** For each trainee, in the given order, whether she is behind the others in the course. */
    public static List<Boolean> of(List<Integer> lessonsDone) {
        double median = median(lessonsDone);
        return lessonsDone.stream().map(done -> done < median).toList();
    }
}

package ma.maharat.day.control;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Her courses in the order her cycle takes them ({@code cohort_course.position}), the courses outside its
 * programme after them in the order they came (the catalogue's). Pure and stable.
 */
public final class ProgrammeOrder {

    private ProgrammeOrder() {}

    public static <T> List<T> of(List<T> courses, ToLongFunction<T> courseId, Map<Long, Integer> programme) {
        Comparator<T> byPosition = Comparator.comparingInt(course -> programme.getOrDefault(courseId.applyAsLong(course), Integer.MAX_VALUE));
        return courses.stream().sorted(byPosition).toList();
    }
}

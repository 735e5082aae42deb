package ma.maharat.certificate.control;

import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * What "My certificates" tells a trainee besides her certificates: the courses she completed that no
 * certificate of hers covers yet (the center issues certificates, it takes a little while), and whether
 * to encourage her to finish a course — only when she has completed none and holds none. Pure.
 */
public final class AwaitedCertificates {

    private AwaitedCertificates() {}

    /**
     * @param completed the courses she completed, in the order to show them
     * @param covered ids of the courses a certificate of hers names, whatever its status (a revoked one is
     *        the center's decision, not a promise to keep), directly or through a programme certificate
     */
    public static <T> List<T> awaited(List<T> completed, ToLongFunction<T> courseId, Set<Long> covered) {
        return completed.stream().filter(course -> !covered.contains(courseId.applyAsLong(course))).toList();
    }

    public static boolean encouragement(int completedCourses, int certificates) {
        return completedCourses == 0 && certificates == 0;
    }
}

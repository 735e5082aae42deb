package ma.maharat.certificate.control;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.training.entity.Cohort;

/**
 * The eligibility of a group for a course's certificate (programme null) or for a cohort's
 * programme certificate (course null), with the lessons concerned by id for naming what is missing.
 */
public record EligibilityReport(Course course, Cohort programme, List<Candidate> candidates, Map<Long, Lesson> lessons) implements Serializable {

    /** Who bulk issuing gives a certificate to: the eligible without one yet. */
    public List<Long> toIssue() {
        return candidates.stream().filter(Candidate::willReceive).map(Candidate::accountId).toList();
    }

    public long count(Predicate<Candidate> which) {
        return candidates.stream().filter(which).count();
    }
}

package ma.maharat.certificate.control;

import java.io.Serializable;
import ma.maharat.course.entity.Course;

/**
 * A trainee's standing in one course: the course and her verdict by the completion rules.
 * {@code required} is false for a course her cooperative's personalised programme makes optional
 * (ADR 23): it is shown, but does not count against the programme's completion.
 */
public record CourseStanding(Course course, CompletionRules.Eligibility eligibility, boolean required) implements Serializable {

    public CourseStanding(Course course, CompletionRules.Eligibility eligibility) {
        this(course, eligibility, true);
    }
}

package ma.maharat.certificate.control;

import ma.maharat.course.entity.Course;

/** A trainee's standing in one course: the course and her verdict by the completion rules. */
public record CourseStanding(Course course, CompletionRules.Eligibility eligibility) {}

package ma.maharat.learning.control;

import ma.maharat.course.entity.Course;

/**
 * Something beyond lessons and the final quiz that a course may require before a trainee completes it,
 * contributed by a feature above learning (practical tasks signed off by a trainer). Learning asks every
 * CDI bean of this type and never imports their features; they call
 * {@link Learning#recheckCompletion} when what they track changes.
 */
public interface CompletionRequirement {

    /** Whether the trainee meets this requirement in the course (true when the course asks nothing of it). */
    boolean isMetBy(long traineeId, Course course);
}

package ma.maharat.practical.control;

/**
 * Which trainer assesses which trainee's practical work in which course. The answer lives with the
 * trainer assignments (the {@code training} feature), which sits above this one and implements this
 * rule; asking through an interface keeps the dependency pointing one way.
 */
public interface AssessorRule {

    /** Whether the trainer is assigned to the course in a cohort the trainee belongs to. */
    boolean mayAssess(long trainerId, long traineeId, long courseId);
}

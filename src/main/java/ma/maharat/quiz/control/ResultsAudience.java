package ma.maharat.quiz.control;

import java.util.Set;

/**
 * Whose quiz results a trainer may see: the trainees of the cohorts the trainer is assigned to, as for
 * the progress grids. The answer lives with the trainer assignments (the {@code training} feature),
 * which sits above this one and implements this rule; asking through an interface keeps the dependency
 * pointing one way (as {@code practical.control.AssessorRule} does).
 */
public interface ResultsAudience {

    /** The account ids of the trainees whose attempts the trainer may see. */
    Set<Long> traineesVisibleTo(long trainerId);
}

package ma.maharat.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import ma.maharat.quiz.control.ResultsAudience;

/** A trainer sees the quiz results of the trainees of the cohorts they are assigned to, and no one else's. */
@ApplicationScoped
public class AssignedCohortsAudience implements ResultsAudience {

    @Inject
    TrainerAssignments assignments;

    @Override
    public Set<Long> traineesVisibleTo(long trainerId) {
        return assignments.traineeIdsOf(trainerId);
    }
}

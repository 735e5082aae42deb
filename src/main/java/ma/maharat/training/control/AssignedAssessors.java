package ma.maharat.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.maharat.practical.control.AssessorRule;

/** Practical work is signed off by the trainers assigned to the course in the trainee's cohort. */
@ApplicationScoped
public class AssignedAssessors implements AssessorRule {

    @Inject
    TrainerAssignments assignments;

    @Override
    public boolean mayAssess(long trainerId, long traineeId, long courseId) {
        return assignments.mayAssess(trainerId, traineeId, courseId);
    }
}

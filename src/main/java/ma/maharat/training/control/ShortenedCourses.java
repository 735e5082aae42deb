package ma.maharat.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.maharat.practical.control.PracticalWaiver;

/** Practical work is waived where the trainee's personalised programme shortens the course (ADR 23). */
@ApplicationScoped
public class ShortenedCourses implements PracticalWaiver {

    @Inject
    PersonalisedProgrammes programmes;

    @Override
    public boolean isWaived(long traineeId, long courseId) {
        return programmes.isPracticalWaived(traineeId, courseId);
    }
}

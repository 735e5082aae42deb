package ma.maharat.practical.control;

/**
 * Whether a trainee's practical work in a course is waived: a cooperative's personalised programme may
 * shorten a course it already masters (ADR 23). The programmes live with the cohorts ({@code training}),
 * which sits above this feature and implements this rule; asking through an interface keeps the
 * dependency pointing one way, as {@link AssessorRule} does.
 */
public interface PracticalWaiver {

    /** Whether the course's required practical tasks are not required of this trainee. */
    boolean isWaived(long traineeId, long courseId);
}

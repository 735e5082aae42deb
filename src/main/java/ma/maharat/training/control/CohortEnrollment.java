package ma.maharat.training.control;

/**
 * What enrolling a cohort did: how many active trainees its cooperatives have, how many enrolments
 * (trainee and course) were created, and how many already existed and were left as they were.
 */
public record CohortEnrollment(int trainees, int enrolled, int alreadyEnrolled) {}

package ma.maharat.training.entity;

/**
 * How a cooperative's trainees take one course of their cohort's programme (ADR 23). FULL is what every
 * course was before personalised programmes and stays the default.
 */
public enum CourseTreatment {

    /** The course, its final quiz and its practical work are required. */
    FULL,
    /** Required, but its practical work is waived: the lessons and the final quiz complete it. */
    SHORTENED,
    /** Offered and open, but not required for the programme: it does not count against its completion. */
    OPTIONAL;

    /** Whether the course counts toward completing the cohort's programme. */
    public boolean countsForProgramme() {
        return this != OPTIONAL;
    }

    /** Whether the course's required practical tasks must be signed off to complete it. */
    public boolean requiresPracticalWork() {
        return this != SHORTENED;
    }
}

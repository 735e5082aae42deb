package ma.maharat.quiz.control;

/**
 * Where a trainee stands with a course's diagnostic quiz. Her first submitted attempt is her "before",
 * offered until she finishes her first lesson; her second is her "after", offered once she has finished
 * every lesson. Neither ever blocks a lesson: skipping the "before" only means no gain is measured for her.
 */
public enum DiagnosticStep {
    /** Nothing submitted, no lesson done: "What I already know" is offered. */
    BEFORE,
    /** The "before" is submitted, some lessons are still to do. */
    WAITING,
    /** The "before" is submitted and every lesson is done: "What I learned" is offered. */
    AFTER,
    /** Both submitted. */
    DONE,
    /** She started the lessons without the "before": too late to measure what she knew. */
    MISSED;

    /**
     * @param submitted   her finished attempts of the diagnostic
     * @param lessonsDone the course's lessons she has finished
     * @param lessonCount the course's lessons
     */
    public static DiagnosticStep of(int submitted, int lessonsDone, int lessonCount) {
        if (submitted >= 2) {
            return DONE;
        }
        if (submitted == 1) {
            return lessonsDone >= lessonCount ? AFTER : WAITING;
        }
        return lessonsDone == 0 ? BEFORE : MISSED;
    }

    /** Whether an attempt may start now. */
    public boolean isOffered() {
        return this == BEFORE || this == AFTER;
    }
}

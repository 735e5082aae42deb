package ma.maharat.learning.control;

/**
 * A trainee's enrolments or done lessons were written in the current transaction (enrolled, a lesson
 * marked done, a quiz passed, a course completed, another lesson opened): once that commits,
 * {@link ProgressMemory} reads her progress again.
 */
public record ProgressChanged(long traineeId) {
}

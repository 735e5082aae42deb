package ma.maharat.course.control;

/**
 * A course's content (description, prerequisites, modules, lessons, versions, media or quizzes) was
 * written in the current transaction. Observers that keep the published courses in memory drop them
 * after the commit ({@code TransactionPhase.AFTER_SUCCESS}); a failed import leaves them as they were.
 */
public record CourseContentChanged(String courseCode) {
}

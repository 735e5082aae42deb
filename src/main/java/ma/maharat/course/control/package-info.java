/**
 * What other features learn about courses without reading them: {@link CourseContentChanged}, fired
 * inside the transaction that imports or publishes a course, so that what is kept in memory about
 * the published courses is renewed once the change is committed.
 */
package ma.maharat.course.control;

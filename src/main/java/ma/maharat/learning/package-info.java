/**
 * A trainee's learning: the courses she is enrolled in, the lessons she has done (and which version
 * she read), where to continue, and when she completed a course.
 */
package ma.maharat.learning;

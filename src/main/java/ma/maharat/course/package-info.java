/**
 * The curriculum: courses with their prerequisites, modules, lessons and the versions of each lesson
 * (HTML rendered and sanitized once, at import), and the images lessons show.
 */
package ma.maharat.course;

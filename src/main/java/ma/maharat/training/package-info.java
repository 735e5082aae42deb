/**
 * Training cycles run by the center: cohorts (a period, the cooperatives that take part and their
 * ordered programme of courses), enrolled in one action, and their progress for the programme's partners
 * ({@code /api/cohorts}). Builds on cooperative, course and learning; reads quiz attempts for the progress.
 */
package ma.maharat.training;

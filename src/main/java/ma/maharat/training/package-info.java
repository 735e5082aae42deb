/**
 * Training cycles run by the center: cohorts (a period, the cooperatives that take part and their
 * ordered programme of courses), enrolled in one action. Builds on cooperative, course and learning.
 */
package ma.maharat.training;

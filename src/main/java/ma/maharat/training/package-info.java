/**
 * Training cycles run by the center: cohorts (a period, the cooperatives that take part and their
 * ordered programme of courses), enrolled in one action, and their progress for the programme's partners
 * ({@code /api/cohorts}) and its trainers (progress grids per cohort, CSV and XLSX). Builds on cooperative, course and learning; reads quiz attempts for the progress.
 */
package ma.maharat.training;

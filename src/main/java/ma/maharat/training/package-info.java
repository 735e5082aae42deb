/**
 * Training cycles run by the center: cohorts (a period, the cooperatives that take part and their
 * ordered programme of courses), enrolled in one action, and their progress for the programme's partners
 * ({@code /api/cohorts}) and its trainers (progress grids per cohort, CSV and XLSX, for the cohorts a
 * trainer is assigned to). Also who teaches what: trainers assigned to a course of a cohort for a period,
 * the sessions planned at the center (no trainer or room booked twice, always inside an assignment) and
 * who attended them. Builds on cooperative, course, identity and learning; reads quiz attempts for the progress.
 */
package ma.maharat.training;

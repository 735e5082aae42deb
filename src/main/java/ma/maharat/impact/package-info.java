/**
 * Impact of the programme (issue 16): follow-ups of each cooperative after a cohort (by an administrator
 * or by its president through a link), and the indicators computed from them and from training, mapped to
 * SDG targets. Reads the features below it; nothing reads it but the demo data.
 */
package ma.maharat.impact;

/** Recording follow-ups (bounds, rounds due and missing, links) and computing the indicators, in plain classes. */
package ma.maharat.impact.control;

/** A cooperative's follow-ups after a cohort, their orders, and the links sent to presidents. */
package ma.maharat.impact.entity;

/**
 * Reads and writes question banks in Moodle's GIFT format.
 *
 * <p>{@link ma.maharat.quiz.gift.GiftParser} turns a GIFT file into questions of
 * {@code ma.maharat.quiz.question}, or into a list of errors with line and column, never into a
 * partial bank: importing half a file would leave a course with questions missing without anyone
 * noticing. {@link ma.maharat.quiz.gift.GiftWriter} writes questions back so that parsing the output
 * gives equal questions.
 *
 * <p>One extension is understood: a comment line {@code // @case-sensitive} in a short-answer
 * question's block makes it case-sensitive. Moodle ignores it as a comment.
 */
package ma.maharat.quiz.gift;

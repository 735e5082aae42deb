/**
 * Immutable quiz questions and their grading, independent of any file format or persistence.
 *
 * <p>Questions are records behind the sealed {@link ma.maharat.quiz.question.Question} interface, so
 * code that handles "every question type" is checked by the compiler when a type is added. Each
 * record validates its invariants on construction: an instance that exists is always gradable and
 * always writable as GIFT. {@link ma.maharat.quiz.question.Grader} turns a question and a trainee's
 * {@link ma.maharat.quiz.question.Response} into a score in [0, 1].
 */
package ma.maharat.quiz.question;

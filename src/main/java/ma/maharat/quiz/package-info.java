/**
 * Questions and quizzes: the question model with grading, Moodle GIFT import and export, and the
 * parse endpoint authoring tools use. Attempts and quizzes per lesson build on this.
 */
package ma.maharat.quiz;

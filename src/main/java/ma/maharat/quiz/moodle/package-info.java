/**
 * Moodle XML, the one exchange format that carries Moodle's <em>calculated</em> questions (GIFT has no such
 * type): a writer of a course's question bank in one language, calculated questions with their datasets, and
 * a reader of such a file back into GIFT questions and calculated templates, safe against hostile files.
 * Choices and losses are in ADR 0026.
 */
package ma.maharat.quiz.moodle;

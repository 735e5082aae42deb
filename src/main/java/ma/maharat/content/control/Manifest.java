package ma.maharat.content.control;

import java.util.List;
import java.util.Set;

import ma.maharat.content.entity.DiagnosticSettings;
import ma.maharat.content.entity.LocalizedText;
import ma.maharat.content.entity.PracticalTaskDefinition;
import ma.maharat.content.entity.QuizSettings;

/**
 * What course.yaml says, as far as it could be read. Fields are {@code null} when the value was missing
 * or wrong (a problem has then been reported): the folder checks still run on what is there, so the
 * author gets every problem in one pass.
 *
 * @param id               the course id, when present and valid
 * @param title            the title, when complete
 * @param description      the description, when complete
 * @param estimatedHours   the estimated hours, when a positive integer
 * @param prerequisites    the valid prerequisite ids, each once
 * @param modules          the modules that could be read
 * @param declaredLessons  every lesson id written in the manifest, valid or not, or {@code null} when
 *                         the module list itself could not be read (then lesson files are not
 *                         checked for being unlisted)
 * @param quizBank         the question bank base path, when present and valid
 * @param quiz             the course quiz's settings, when the quiz block is a map
 * @param practical        the practical tasks that were read without a problem (none without the key)
 * @param diagnostic       the diagnostic quiz, or {@code null} when the manifest has no {@code diagnostic} map
 */
record Manifest(Located<String> id, LocalizedText title, LocalizedText description, Integer estimatedHours,
                List<Located<String>> prerequisites, List<Module> modules, Set<String> declaredLessons,
                Located<String> quizBank, Quiz quiz,
                List<PracticalTaskDefinition> practical, Diagnostic diagnostic) {

    /**
     * A module entry.
     *
     * @param id      the id when valid and not a duplicate
     * @param title   the title, when complete
     * @param lessons the lesson entries
     */
    record Module(Located<String> id, LocalizedText title, List<Lesson> lessons) {
    }

    /**
     * A lesson entry.
     *
     * @param id      the id when valid and not a duplicate (only then are its files read)
     * @param title   the title, when complete
     * @param minutes the minutes, when a positive integer
     * @param quiz    the lesson's own quiz, or {@code null} when the lesson has no quiz key or its
     *                value is not a map
     */
    record Lesson(Located<String> id, LocalizedText title, Integer minutes, Quiz quiz) {
    }

    /**
     * A quiz's settings as written: the course quiz or a lesson's own quiz.
     *
     * @param name      how messages name the quiz: {@code quiz} or {@code quiz of lesson 'x'}
     * @param questions how many questions it draws, with its line, when written and valid; kept apart
     *                  so the count can be checked against the bank even when another setting is wrong
     * @param settings  the settings, defaults filled in, or {@code null} when any of them is wrong
     */
    record Quiz(String name, Located<Integer> questions, QuizSettings settings) {
    }

    /**
     * The diagnostic quiz as written.
     *
     * @param line      the line of the {@code diagnostic} key
     * @param questions how many questions each attempt draws, with its line, when written and valid
     * @param category  the bank category, with its line, when written (its existence is checked with the bank)
     * @param settings  the settings, or {@code null} when any of them is wrong
     */
    record Diagnostic(int line, Located<Integer> questions, Located<String> category, DiagnosticSettings settings) {
    }
}

package ma.maharat.content.control;

import java.util.List;
import java.util.Set;

import ma.maharat.content.entity.LocalizedText;

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
 */
record Manifest(Located<String> id, LocalizedText title, LocalizedText description, Integer estimatedHours,
                List<Located<String>> prerequisites, List<Module> modules, Set<String> declaredLessons,
                Located<String> quizBank) {

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
     */
    record Lesson(Located<String> id, LocalizedText title, Integer minutes) {
    }
}

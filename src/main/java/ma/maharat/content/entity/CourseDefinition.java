package ma.maharat.content.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course folder that passed every check: everything the importer needs to write the course into the
 * database, with nothing left to validate. Only built when the folder has no problem at all.
 *
 * @param id             course id, equal to the folder name
 * @param title          course title
 * @param description    course description
 * @param estimatedHours estimated total hours
 * @param prerequisites  ids of the courses to take first, in manifest order
 * @param modules        modules in learning order
 * @param media          the images referenced by the lessons, each once, by path
 * @param quizBank       the question bank files
 * @param quiz           how the course quiz is taken; {@link QuizSettings#defaults()} when the manifest
 *                       gives only the bank
 * @param practicalTasks the practical tasks with their rubrics, in manifest order (none when the manifest
 *                       has no {@code practical} list)
 * @param diagnostic     the diagnostic quiz taken before and after the course, or {@code null} when the
 *                       manifest declares none
 */
public record CourseDefinition(String id, LocalizedText title, LocalizedText description, int estimatedHours,
                               List<String> prerequisites, List<ModuleDefinition> modules,
                               List<MediaFile> media, QuizBank quizBank, QuizSettings quiz,
                               List<PracticalTaskDefinition> practicalTasks, DiagnosticSettings diagnostic) {

    public CourseDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quizBank, "quizBank");
        Objects.requireNonNull(quiz, "quiz");
        prerequisites = List.copyOf(prerequisites);
        modules = List.copyOf(modules);
        media = List.copyOf(media);
        practicalTasks = List.copyOf(practicalTasks);
    }

    /** A course without a diagnostic. */
    public CourseDefinition(String id, LocalizedText title, LocalizedText description, int estimatedHours,
                            List<String> prerequisites, List<ModuleDefinition> modules,
                            List<MediaFile> media, QuizBank quizBank, QuizSettings quiz,
                            List<PracticalTaskDefinition> practicalTasks) {
        this(id, title, description, estimatedHours, prerequisites, modules, media, quizBank, quiz, practicalTasks, null);
    }

    /** A course without practical tasks. */
    public CourseDefinition(String id, LocalizedText title, LocalizedText description, int estimatedHours,
                            List<String> prerequisites, List<ModuleDefinition> modules,
                            List<MediaFile> media, QuizBank quizBank, QuizSettings quiz) {
        this(id, title, description, estimatedHours, prerequisites, modules, media, quizBank, quiz, List.of());
    }

    /** All lessons of all modules, in learning order. */
    public List<LessonDefinition> lessons() {
        return modules.stream().flatMap(module -> module.lessons().stream()).toList();
    }

    /** The lesson with this id, if the course has one. */
    public Optional<LessonDefinition> lesson(String lessonId) {
        return lessons().stream().filter(lesson -> lesson.id().equals(lessonId)).findFirst();
    }

    /** The media file with this path ({@code media/<name>}), if a lesson references it. */
    public Optional<MediaFile> mediaFile(String path) {
        return media.stream().filter(file -> file.path().equals(path)).findFirst();
    }
}

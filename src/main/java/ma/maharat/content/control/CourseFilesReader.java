package ma.maharat.content.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.CourseFiles;
import ma.maharat.content.entity.CourseReadResult;

/**
 * Reads a course held in memory (a draft, an uploaded zip) exactly as the disk import reads a folder:
 * the files are written to a temporary folder named after the course and go through the same
 * {@link CourseFolderReader} with the GIFT check. The rules that span courses are checked against the
 * courses already published (instead of the other folders of modules-content): every prerequisite must
 * exist and none may lead back to this course.
 */
public final class CourseFilesReader {

    private final CourseFolderReader reader = new CourseFolderReader(new GiftQuestionBankCheck());

    /**
     * @param courseCode   the course's id: the folder name its files are read under
     * @param files        the course folder's files
     * @param otherCourses every other published course's id with its prerequisites' ids
     */
    public CourseReadResult read(String courseCode, CourseFiles files, Map<String, List<String>> otherCourses) {
        Path modulesContent;
        try {
            modulesContent = Files.createTempDirectory("maharat-draft");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
        try {
            Path folder = modulesContent.resolve(courseCode);
            CourseArchive.writeFolder(files, folder);
            CourseReading reading = reader.readWithLocations(folder);
            List<ContentProblem> problems = new ArrayList<>(reading.problems());
            for (Located<String> prerequisite : reading.prerequisites()) {
                if (prerequisite.value().equals(courseCode) || !otherCourses.containsKey(prerequisite.value())) {
                    problems.add(new ContentProblem(reading.manifestFile(), prerequisite.line(),
                            "unknown prerequisite '" + prerequisite.value() + "'"));
                }
            }
            Map<String, List<String>> graph = new LinkedHashMap<>(otherCourses);
            graph.put(courseCode, reading.prerequisites().stream().map(Located::value).toList());
            List<String> cycle = new PrerequisiteGraph(graph).cycles().get(courseCode);
            if (cycle != null) {
                problems.add(new ContentProblem(reading.manifestFile(), 0, "circular prerequisites: " + String.join(" -> ", cycle)));
            }
            problems.sort(ContentProblem.READING_ORDER);
            return problems.isEmpty() && reading.course() != null
                    ? CourseReadResult.valid(courseCode, reading.course())
                    : CourseReadResult.invalid(courseCode, problems.isEmpty()
                            ? List.of(new ContentProblem(reading.manifestFile(), 0, "the course cannot be read"))
                            : problems);
        } finally {
            CourseArchive.deleteFolder(modulesContent);
        }
    }
}

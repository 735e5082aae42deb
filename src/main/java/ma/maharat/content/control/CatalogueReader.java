package ma.maharat.content.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ma.maharat.content.entity.Catalogue;
import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.CourseDefinition;

/**
 * Reads the whole modules-content folder: every course folder, then the rules that span courses
 * (duplicate course ids, unknown and circular prerequisites). A course with a problem is rejected
 * alone, and so is, transitively, every course that requires it (a learner could never unlock it);
 * all other courses remain valid and importable.
 *
 * <p>Every sub-folder whose name does not start with '.' is taken as a course; files at the top level
 * (README.md) are ignored. Stateless and thread-safe.
 */
public final class CatalogueReader {

    private final CourseFolderReader courseReader;

    /** A catalogue reader whose course reader does not parse the GIFT banks. */
    public CatalogueReader() {
        this(new CourseFolderReader());
    }

    /** A catalogue reader using the given course reader (for instance one with the GIFT check). */
    public CatalogueReader(CourseFolderReader courseReader) {
        this.courseReader = Objects.requireNonNull(courseReader, "courseReader");
    }

    /**
     * Reads and checks every course of the folder.
     *
     * @param modulesContent the modules-content folder
     * @throws IllegalArgumentException if it is not a folder (a deployment error, not a content problem)
     */
    public Catalogue read(Path modulesContent) {
        if (!Files.isDirectory(modulesContent)) {
            throw new IllegalArgumentException("not a folder: " + modulesContent);
        }
        Map<String, CourseReading> readings = new LinkedHashMap<>();
        for (Path folder : courseFolders(modulesContent)) {
            CourseReading reading = courseReader.readWithLocations(folder);
            readings.put(reading.folder(), reading);
        }
        Map<String, List<ContentProblem>> problems = new TreeMap<>();
        readings.forEach((folder, reading) -> problems.put(folder, new ArrayList<>(reading.problems())));

        reportDuplicateIds(readings, problems);
        reportUnknownPrerequisites(readings, problems);
        reportCircularPrerequisites(readings, problems);
        rejectCoursesRequiringRejected(readings, problems);

        return catalogue(readings, problems);
    }

    private static List<Path> courseFolders(Path modulesContent) {
        try (Stream<Path> entries = Files.list(modulesContent)) {
            return entries.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + modulesContent, e);
        }
    }

    /**
     * Two manifests with the same id: the one in the folder of that name keeps it, the others are told
     * (their id also does not match their folder, which is reported too).
     */
    private static void reportDuplicateIds(Map<String, CourseReading> readings,
                                           Map<String, List<ContentProblem>> problems) {
        Map<String, List<CourseReading>> byId = readings.values().stream()
                .filter(reading -> reading.declaredId() != null)
                .collect(Collectors.groupingBy(reading -> reading.declaredId().value(), TreeMap::new, Collectors.toList()));
        byId.forEach((id, declaring) -> {
            if (declaring.size() < 2) {
                return;
            }
            for (CourseReading reading : declaring) {
                if (reading.folder().equals(id)) {
                    continue;
                }
                String others = declaring.stream()
                        .filter(other -> other != reading)
                        .map(CourseReading::manifestFile)
                        .collect(Collectors.joining(", "));
                problems.get(reading.folder()).add(new ContentProblem(reading.manifestFile(),
                        reading.declaredId().line(), "duplicate course id '" + id + "': also declared in " + others));
            }
        });
    }

    private static void reportUnknownPrerequisites(Map<String, CourseReading> readings,
                                                   Map<String, List<ContentProblem>> problems) {
        for (CourseReading reading : readings.values()) {
            for (Located<String> prerequisite : reading.prerequisites()) {
                if (!readings.containsKey(prerequisite.value())) {
                    problems.get(reading.folder()).add(new ContentProblem(reading.manifestFile(), prerequisite.line(),
                            "unknown prerequisite '" + prerequisite.value() + "'"));
                }
            }
        }
    }

    private static void reportCircularPrerequisites(Map<String, CourseReading> readings,
                                                    Map<String, List<ContentProblem>> problems) {
        PrerequisiteGraph graph = new PrerequisiteGraph(prerequisiteIds(readings));
        graph.cycles().forEach((folder, cycle) -> {
            CourseReading reading = readings.get(folder);
            int line = lineOfPrerequisite(reading, cycle.get(1));
            problems.get(folder).add(new ContentProblem(reading.manifestFile(), line,
                    "circular prerequisites: " + String.join(" -> ", cycle)));
        });
    }

    /** Repeats until stable, so that rejection follows chains of prerequisites. */
    private static void rejectCoursesRequiringRejected(Map<String, CourseReading> readings,
                                                      Map<String, List<ContentProblem>> problems) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (CourseReading reading : readings.values()) {
                List<ContentProblem> own = problems.get(reading.folder());
                if (!own.isEmpty()) {
                    continue;
                }
                for (Located<String> prerequisite : reading.prerequisites()) {
                    List<ContentProblem> theirs = problems.get(prerequisite.value());
                    if (theirs != null && !theirs.isEmpty()) {
                        own.add(new ContentProblem(reading.manifestFile(), prerequisite.line(),
                                "prerequisite '" + prerequisite.value()
                                        + "' is rejected because of its own problems, so this course is rejected too"));
                        changed = true;
                    }
                }
            }
        }
    }

    private static Catalogue catalogue(Map<String, CourseReading> readings, Map<String, List<ContentProblem>> problems) {
        Map<String, CourseDefinition> valid = new LinkedHashMap<>();
        Map<String, List<ContentProblem>> rejected = new LinkedHashMap<>();
        problems.forEach((folder, found) -> {
            if (found.isEmpty()) {
                valid.put(folder, readings.get(folder).course());
            } else {
                found.sort(ContentProblem.READING_ORDER);
                rejected.put(folder, found);
            }
        });
        List<CourseDefinition> ordered = new PrerequisiteGraph(prerequisiteIds(readings))
                .prerequisitesFirst(valid.keySet()).stream()
                .map(valid::get)
                .toList();
        return new Catalogue(ordered, rejected);
    }

    private static Map<String, List<String>> prerequisiteIds(Map<String, CourseReading> readings) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        readings.forEach((folder, reading) ->
                ids.put(folder, reading.prerequisites().stream().map(Located::value).toList()));
        return ids;
    }

    private static int lineOfPrerequisite(CourseReading reading, String prerequisite) {
        return reading.prerequisites().stream()
                .filter(located -> located.value().equals(prerequisite))
                .mapToInt(Located::line)
                .findFirst()
                .orElse(0);
    }
}

package ma.maharat.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.CourseReadResult;

/**
 * Writes small valid courses into a temporary modules-content folder, for tests to break one thing at a
 * time. The manifest's line numbers are fixed (see {@link #MANIFEST}) so tests can assert exact lines.
 */
final class CourseFixture {

    /**
     * A valid manifest. Line numbers used by tests: 1 id, 2 title, 6 description, 9 estimatedHours,
     * 10 prerequisites, 11 modules, 12 module id, 13 module title, 14 lessons, 15 first lesson id,
     * 16 its title, 17 its minutes, 18 second lesson id, 21 quiz, 22 bank.
     */
    static final String MANIFEST = """
            id: COURSE
            title:
              ar: التوريد
              fr: Approvisionnement
              en: Sourcing
            description:
              ar: كيف تختار التعاونية مورديها
              fr: Comment une coopérative choisit ses fournisseurs
            estimatedHours: 10
            prerequisites: []
            modules:
              - id: suppliers
                title: {ar: الموردون, fr: Fournisseurs}
                lessons:
                  - id: finding-suppliers
                    title: {ar: إيجاد الموردين, fr: Trouver des fournisseurs}
                    minutes: 40
                  - id: comparing-offers
                    title: {ar: مقارنة العروض, fr: Comparer les offres}
                    minutes: 30
            quiz:
              bank: quiz/bank
            """;

    static final String FRENCH_LESSON = """
            Un bon fournisseur livre à temps.

            ## Exemple chiffré

            | Tissu | Prix (MAD/m) |
            |:--|--:|
            | Coton | 28 |
            """;

    static final String ARABIC_LESSON = """
            المورد الجيد يسلّم في الوقت المحدد.

            ## مثال بالأرقام
            """;

    private final Path modulesContent;

    CourseFixture(Path modulesContent) {
        this.modulesContent = modulesContent;
    }

    /** Writes a complete valid course named {@code id} and returns its folder. */
    Path validCourse(String id) {
        return validCourse(id, "[]");
    }

    /** Writes a complete valid course with the given prerequisites list (YAML flow text, e.g. "[a, b]"). */
    Path validCourse(String id, String prerequisites) {
        Path course = modulesContent.resolve(id);
        write(course, "course.yaml", MANIFEST.replace("COURSE", id).replace("prerequisites: []",
                "prerequisites: " + prerequisites));
        for (String lesson : List.of("finding-suppliers", "comparing-offers")) {
            write(course, "lessons/" + lesson + ".fr.md", FRENCH_LESSON);
            write(course, "lessons/" + lesson + ".ar.md", ARABIC_LESSON);
        }
        write(course, "quiz/bank.fr.gift", "::" + id + "-q01:: Un bon fournisseur livre à temps {T}\n");
        write(course, "quiz/bank.ar.gift", "::" + id + "-q01:: المورد الجيد يسلّم في الوقت {T}\n");
        return course;
    }

    /** Replaces text in the course's manifest; fails if the text is not there (keeps tests honest). */
    static void editManifest(Path course, String old, String replacement) {
        String manifest = read(course.resolve("course.yaml"));
        assertTrue(manifest.contains(old), "fixture manifest has no '" + old + "'");
        write(course, "course.yaml", manifest.replace(old, replacement));
    }

    static void write(Path course, String relative, String text) {
        write(course, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path course, String relative, byte[] bytes) {
        try {
            Path file = course.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path course, String relative) {
        try {
            Files.delete(course.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the exact problems, in reading order. */
    static void assertProblems(CourseReadResult result, ContentProblem... expected) {
        assertEquals(List.of(expected), result.problems(), () -> "problems were:\n" + lines(result.problems()));
    }

    static void assertProblems(List<ContentProblem> actual, ContentProblem... expected) {
        assertEquals(List.of(expected), actual, () -> "problems were:\n" + lines(actual));
    }

    static ContentProblem problem(String file, int line, String message) {
        return new ContentProblem(file, line, message);
    }

    private static String lines(List<ContentProblem> problems) {
        StringBuilder text = new StringBuilder();
        problems.forEach(problem -> text.append("  ").append(problem).append('\n'));
        return text.toString();
    }
}

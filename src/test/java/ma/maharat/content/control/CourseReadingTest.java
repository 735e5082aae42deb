package ma.maharat.content.control;

import static ma.maharat.content.control.CourseFixture.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseReadResult;
import ma.maharat.platform.i18n.Language;
import ma.maharat.content.entity.LessonDefinition;
import ma.maharat.content.entity.LessonText;
import ma.maharat.content.entity.LocalizedText;

/** A valid course is read completely, and content hashes follow the lesson text. */
class CourseReadingTest {

    @TempDir
    Path modulesContent;

    @Test
    void validCourseIsReadCompletely() {
        Path course = new CourseFixture(modulesContent).validCourse("sourcing");
        CourseReadResult result = new CourseFolderReader().read(course);
        assertProblems(result);
        CourseDefinition definition = result.course().orElseThrow();

        assertEquals("sourcing", definition.id());
        assertEquals(new LocalizedText("التوريد", "Approvisionnement", "Sourcing"), definition.title());
        assertEquals(new LocalizedText("كيف تختار التعاونية مورديها", "Comment une coopérative choisit ses fournisseurs",
                null), definition.description());
        assertEquals(10, definition.estimatedHours());
        assertEquals(List.of(), definition.prerequisites());
        assertEquals(1, definition.modules().size());
        assertEquals("suppliers", definition.modules().get(0).id());
        assertEquals("Fournisseurs", definition.modules().get(0).title().fr());
        assertEquals(List.of("finding-suppliers", "comparing-offers"),
                definition.lessons().stream().map(LessonDefinition::id).toList());

        LessonDefinition first = definition.lessons().get(0);
        assertEquals("suppliers", first.moduleId());
        assertEquals(40, first.minutes());
        assertEquals("Trouver des fournisseurs", first.title().fr());
        assertEquals(List.of(Language.AR, Language.FR), List.copyOf(first.texts().keySet()));
        LessonText french = first.text(Language.FR).orElseThrow();
        assertEquals("sourcing/lessons/finding-suppliers.fr.md", french.file());
        assertEquals(CourseFixture.FRENCH_LESSON, french.markdown());
        assertTrue(french.html().contains("<h2>Exemple chiffré</h2>"), french.html());
        assertTrue(french.html().contains("<td align=\"right\">28</td>"), french.html());
        assertTrue(french.contentHash().matches("[0-9a-f]{64}"));

        assertEquals("quiz/bank", definition.quizBank().basePath());
        assertEquals("sourcing/quiz/bank.ar.gift", definition.quizBank().file(Language.AR).orElseThrow().file());
        assertTrue(definition.quizBank().file(Language.FR).orElseThrow().text().startsWith("::sourcing-q01::"));
        assertEquals(List.of(), definition.media());
    }

    @Test
    void contentHashIsStableAndChangesWithTheLesson() {
        Path course = new CourseFixture(modulesContent).validCourse("sourcing");
        CourseFolderReader reader = new CourseFolderReader();
        String first = frenchHash(reader.read(course));
        assertEquals(first, frenchHash(reader.read(course)));
        assertEquals(ContentHash.sha256(CourseFixture.FRENCH_LESSON), first);

        CourseFixture.write(course, "lessons/finding-suppliers.fr.md", CourseFixture.FRENCH_LESSON.replace("28", "29"));
        String changed = frenchHash(reader.read(course));
        assertNotEquals(first, changed);
        String arabic = reader.read(course).course().orElseThrow().lessons().get(0).text(Language.AR).orElseThrow()
                .contentHash();
        assertEquals(ContentHash.sha256(CourseFixture.ARABIC_LESSON), arabic);
    }

    @Test
    void byteOrderMarkIsNotPartOfTheLessonOrItsHash() {
        Path course = new CourseFixture(modulesContent).validCourse("sourcing");
        CourseFixture.write(course, "lessons/finding-suppliers.fr.md", "\uFEFF" + CourseFixture.FRENCH_LESSON);
        CourseDefinition definition = new CourseFolderReader().read(course).course().orElseThrow();
        assertEquals(ContentHash.sha256(CourseFixture.FRENCH_LESSON),
                definition.lessons().get(0).text(Language.FR).orElseThrow().contentHash());
    }

    private static String frenchHash(CourseReadResult result) {
        return result.course().orElseThrow().lessons().get(0).text(Language.FR).orElseThrow().contentHash();
    }
}

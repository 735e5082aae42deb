package ma.maharat.content.control;

import static ma.maharat.content.control.CourseFixture.assertProblems;
import static ma.maharat.content.control.CourseFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.maharat.content.entity.CourseReadResult;
import ma.maharat.platform.i18n.Language;

/** Lesson and question bank files: present in Arabic and French, not empty, UTF-8, listed in the manifest. */
class LessonAndBankFilesTest {

    private static final String MANIFEST = "sourcing/course.yaml";

    @TempDir
    Path modulesContent;

    private Path course;

    @BeforeEach
    void writeValidCourse() {
        course = new CourseFixture(modulesContent).validCourse("sourcing");
    }

    private CourseReadResult read() {
        return new CourseFolderReader().read(course);
    }

    @Test
    void missingArabicLessonIsReportedAtTheLessonInTheManifest() {
        CourseFixture.delete(course, "lessons/finding-suppliers.ar.md");
        assertProblems(read(), problem(MANIFEST, 15, "missing Arabic lesson file lessons/finding-suppliers.ar.md"));
    }

    @Test
    void missingFrenchLessonIsReportedAtTheLessonInTheManifest() {
        CourseFixture.delete(course, "lessons/comparing-offers.fr.md");
        assertProblems(read(), problem(MANIFEST, 18, "missing French lesson file lessons/comparing-offers.fr.md"));
    }

    @Test
    void blankLessonFileIsEmpty() {
        CourseFixture.write(course, "lessons/finding-suppliers.fr.md", " \n\n");
        assertProblems(read(), problem("sourcing/lessons/finding-suppliers.fr.md", 0, "lesson file is empty"));
    }

    @Test
    void misspeltLessonFileNameIsBothMissingAndUnlisted() {
        CourseFixture.delete(course, "lessons/comparing-offers.ar.md");
        CourseFixture.write(course, "lessons/comparing-offer.ar.md", CourseFixture.ARABIC_LESSON);
        assertProblems(read(),
                problem(MANIFEST, 18, "missing Arabic lesson file lessons/comparing-offers.ar.md"),
                problem("sourcing/lessons/comparing-offer.ar.md", 0,
                        "lesson file is not listed in course.yaml (no lesson with id 'comparing-offer')"));
    }

    @Test
    void strayFileInLessonsFolderIsReported() {
        CourseFixture.write(course, "lessons/notes.txt", "à faire");
        assertProblems(read(), problem("sourcing/lessons/notes.txt", 0,
                "unexpected file in lessons/: lesson files are named <lesson-id>.ar.md, <lesson-id>.fr.md or <lesson-id>.en.md"));
    }

    @Test
    void lessonSavedInLatin1IsReportedWithTheLineOfTheFirstBadByte() {
        CourseFixture.write(course, "lessons/finding-suppliers.fr.md",
                "Une ligne correcte.\nLa coop\u00e9rative ach\u00e8te.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertProblems(read(), problem("sourcing/lessons/finding-suppliers.fr.md", 2,
                "file is not UTF-8 text: save it with the UTF-8 encoding"));
    }

    @Test
    void missingArabicQuestionBankIsReportedAtTheBankLine() {
        CourseFixture.delete(course, "quiz/bank.ar.gift");
        assertProblems(read(), problem(MANIFEST, 22, "missing Arabic question bank file quiz/bank.ar.gift"));
    }

    @Test
    void emptyFrenchQuestionBankIsReported() {
        CourseFixture.write(course, "quiz/bank.fr.gift", "");
        assertProblems(read(), problem("sourcing/quiz/bank.fr.gift", 0, "question bank file is empty"));
    }

    @Test
    void pluggedQuestionBankCheckReceivesTheBankAndItsProblemsRejectTheCourse() {
        List<String> seen = new ArrayList<>();
        QuestionBankCheck gift = (courseId, moduleIds, bank) -> {
            seen.add(courseId + " " + moduleIds + " " + bank.basePath() + " " + bank.files().keySet());
            return List.of(problem(bank.file(Language.AR).orElseThrow().file(), 1,
                    "question 'sourcing-q01' has a different answer in the Arabic bank"));
        };
        CourseReadResult result = new CourseFolderReader(gift).read(course);
        assertEquals(List.of("sourcing [suppliers] quiz/bank [AR, FR]"), seen);
        assertProblems(result, problem("sourcing/quiz/bank.ar.gift", 1,
                "question 'sourcing-q01' has a different answer in the Arabic bank"));
    }

    @Test
    void englishLessonAndBankAreOptionalButReadWhenPresent() {
        assertTrue(read().isValid());
        CourseFixture.write(course, "lessons/finding-suppliers.en.md", "A good supplier delivers on time.");
        CourseFixture.write(course, "quiz/bank.en.gift", "::sourcing-q01:: A good supplier delivers on time {T}");
        var definition = read().course().orElseThrow();
        assertTrue(definition.lesson("finding-suppliers").orElseThrow().text(Language.EN).isPresent());
        assertTrue(definition.lesson("comparing-offers").orElseThrow().text(Language.EN).isEmpty());
        assertTrue(definition.quizBank().file(Language.EN).isPresent());
    }
}

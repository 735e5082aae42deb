package ma.maharat.content.control;

import static ma.maharat.content.control.CourseFixture.assertProblems;
import static ma.maharat.content.control.CourseFixture.editManifest;
import static ma.maharat.content.control.CourseFixture.problem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.maharat.content.entity.CourseReadResult;

/** course.yaml problems: each one reported with the file, the line of the key or value, and a plain message. */
class ManifestValidationTest {

    private static final String MANIFEST = "sourcing/course.yaml";

    @TempDir
    Path modulesContent;

    private Path course;
    private final CourseFolderReader reader = new CourseFolderReader();

    @BeforeEach
    void writeValidCourse() {
        course = new CourseFixture(modulesContent).validCourse("sourcing");
    }

    private CourseReadResult read() {
        CourseReadResult result = reader.read(course);
        assertFalse(result.isValid(), "the course should be rejected");
        return result;
    }

    @Test
    void missingManifestIsReportedForTheWholeFile() {
        CourseFixture.delete(course, "course.yaml");
        assertProblems(read(), problem(MANIFEST, 0, "missing manifest file course.yaml"));
    }

    @Test
    void emptyManifestIsReported() {
        CourseFixture.write(course, "course.yaml", "# nothing yet\n");
        assertProblems(read(), problem(MANIFEST, 0, "course.yaml is empty"));
    }

    @Test
    void yamlSyntaxErrorPointsAtTheLineOfTheMistake() {
        editManifest(course, "estimatedHours: 10", "estimatedHours: 10: hours");
        assertProblems(read(), problem(MANIFEST, 9, "YAML syntax error: mapping values are not allowed here"));
    }

    @Test
    void tabIndentationIsAYamlSyntaxErrorWithItsLine() {
        editManifest(course, "  bank: quiz/bank", "\tbank: quiz/bank");
        assertProblems(read(), problem(MANIFEST, 22,
                "YAML syntax error: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)"));
    }

    @Test
    void missingRequiredTopLevelKeyConcernsTheWholeFile() {
        editManifest(course, "estimatedHours: 10\n", "");
        assertProblems(read(), problem(MANIFEST, 0, "missing required key 'estimatedHours'"));
    }

    @Test
    void missingLessonMinutesPointsAtTheLesson() {
        editManifest(course, "        minutes: 30\n", "");
        assertProblems(read(), problem(MANIFEST, 18, "missing required key 'minutes' in lesson 'comparing-offers'"));
    }

    @Test
    void estimatedHoursThatIsNotANumberIsReportedWithTheValueFound() {
        editManifest(course, "estimatedHours: 10", "estimatedHours: ten");
        assertProblems(read(), problem(MANIFEST, 9, "estimatedHours must be a positive whole number, found 'ten'"));
    }

    @Test
    void zeroMinutesIsNotAPositiveNumber() {
        editManifest(course, "minutes: 40", "minutes: 0");
        assertProblems(read(), problem(MANIFEST, 17,
                "minutes of lesson 'finding-suppliers' must be a positive whole number, found '0'"));
    }

    @Test
    void quotedNumberIsAText() {
        editManifest(course, "estimatedHours: 10", "estimatedHours: \"10\"");
        assertProblems(read(), problem(MANIFEST, 9, "estimatedHours must be a number without quotes, found '10' in quotes"));
    }

    @Test
    void courseIdWithUppercaseIsInvalid() {
        editManifest(course, "id: sourcing", "id: Sourcing");
        assertProblems(read(), problem(MANIFEST, 1,
                "course id 'Sourcing' is invalid: use only lowercase letters a-z, digits 0-9 and '-'"));
    }

    @Test
    void courseIdMustEqualTheFolderName() {
        editManifest(course, "id: sourcing", "id: purchasing");
        assertProblems(read(), problem(MANIFEST, 1, "course id 'purchasing' does not match its folder name 'sourcing'"));
    }

    @Test
    void lessonIdWithSpaceIsInvalid() {
        editManifest(course, "- id: comparing-offers", "- id: comparing offers");
        assertProblems(read(), problem(MANIFEST, 18,
                "lesson id 'comparing offers' is invalid: use only lowercase letters a-z, digits 0-9 and '-'"),
                problem("sourcing/lessons/comparing-offers.ar.md", 0,
                        "lesson file is not listed in course.yaml (no lesson with id 'comparing-offers')"),
                problem("sourcing/lessons/comparing-offers.fr.md", 0,
                        "lesson file is not listed in course.yaml (no lesson with id 'comparing-offers')"));
    }

    @Test
    void missingArabicTitlePointsAtTheTitleKey() {
        editManifest(course, "  ar: التوريد\n", "");
        assertProblems(read(), problem(MANIFEST, 2, "missing Arabic (ar) title"));
    }

    @Test
    void missingFrenchModuleTitleNamesTheModule() {
        editManifest(course, "{ar: الموردون, fr: Fournisseurs}", "{ar: الموردون}");
        assertProblems(read(), problem(MANIFEST, 13, "missing French (fr) title of module 'suppliers'"));
    }

    @Test
    void emptyFrenchDescriptionIsReportedAtItsLine() {
        editManifest(course, "  fr: Comment une coopérative choisit ses fournisseurs", "  fr: \"\"");
        assertProblems(read(), problem(MANIFEST, 8, "empty French (fr) description"));
    }

    @Test
    void languageOtherThanArFrEnIsRejected() {
        editManifest(course, "  en: Sourcing", "  es: Abastecimiento");
        assertProblems(read(), problem(MANIFEST, 5, "unknown language 'es' in title (allowed: ar, fr, en)"));
    }

    @Test
    void misspeltTopLevelKeyIsReportedWithASuggestion() {
        editManifest(course, "description:", "descripton:");
        assertProblems(read(),
                problem(MANIFEST, 0, "missing required key 'description'"),
                problem(MANIFEST, 6, "unknown key 'descripton' (did you mean 'description'?)"));
    }

    @Test
    void unknownLessonKeyListsTheAllowedKeys() {
        editManifest(course, "        minutes: 30\n", "        minutes: 30\n        video: intro.mp4\n");
        assertProblems(read(), problem(MANIFEST, 21,
                "unknown key 'video' in lesson 'comparing-offers' (allowed keys: id, title, minutes, quiz)"));
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondOccurrence() {
        editManifest(course, "estimatedHours: 10\n", "estimatedHours: 10\nestimatedHours: 12\n");
        assertProblems(read(), problem(MANIFEST, 10, "duplicate key 'estimatedHours' (first written on line 9)"));
    }

    @Test
    void duplicateLessonIdIsReportedWithTheFirstLine() {
        editManifest(course, "- id: comparing-offers", "- id: finding-suppliers");
        assertProblems(read(), problem(MANIFEST, 18, "duplicate lesson id 'finding-suppliers' (already used on line 15)"),
                problem("sourcing/lessons/comparing-offers.ar.md", 0,
                        "lesson file is not listed in course.yaml (no lesson with id 'comparing-offers')"),
                problem("sourcing/lessons/comparing-offers.fr.md", 0,
                        "lesson file is not listed in course.yaml (no lesson with id 'comparing-offers')"));
    }

    @Test
    void duplicateModuleIdIsReportedWithTheFirstLine() {
        editManifest(course, "quiz:\n", """
                  - id: suppliers
                    title: {ar: الموردون, fr: Fournisseurs}
                    lessons:
                      - id: negotiating
                        title: {ar: التفاوض, fr: Négocier}
                        minutes: 20
                quiz:
                """);
        CourseFixture.write(course, "lessons/negotiating.fr.md", "Négocier le prix.");
        CourseFixture.write(course, "lessons/negotiating.ar.md", "التفاوض على السعر.");
        assertProblems(read(), problem(MANIFEST, 21, "duplicate module id 'suppliers' (already used on line 12)"));
    }

    @Test
    void prerequisitesMustBeAList() {
        editManifest(course, "prerequisites: []", "prerequisites: modeling");
        assertProblems(read(), problem(MANIFEST, 10, "prerequisites must be a list of course ids, e.g. [modeling]"));
    }

    @Test
    void quizBankMustBeTheBasePath() {
        editManifest(course, "bank: quiz/bank", "bank: quiz/bank.fr.gift");
        assertProblems(read(), problem(MANIFEST, 22,
                "quiz bank 'quiz/bank.fr.gift' must be the base path without language and extension, e.g. quiz/bank"));
    }

    @Test
    void quizBankMayNotLeaveTheCourseFolder() {
        editManifest(course, "bank: quiz/bank", "bank: ../other/quiz/bank");
        assertProblems(read(), problem(MANIFEST, 22,
                "quiz bank '../other/quiz/bank' must be a path inside the course folder, e.g. quiz/bank"));
    }

    @Test
    void modulesMustNotBeEmpty() {
        CourseFixture.write(course, "course.yaml", CourseFixture.read(course.resolve("course.yaml"))
                .replaceAll("(?s)modules:.*quiz:", "modules: []\nquiz:"));
        assertProblems(read(),
                problem(MANIFEST, 11, "modules must contain at least one module"),
                problem("sourcing/lessons/comparing-offers.ar.md", 0,
                        "lesson file is not listed in course.yaml (no lesson with id 'comparing-offers')"),
                problem("sourcing/lessons/comparing-offers.fr.md", 0,
                        "lesson file is not listed in course.yaml (no lesson with id 'comparing-offers')"),
                problem("sourcing/lessons/finding-suppliers.ar.md", 0,
                        "lesson file is not listed in course.yaml (no lesson with id 'finding-suppliers')"),
                problem("sourcing/lessons/finding-suppliers.fr.md", 0,
                        "lesson file is not listed in course.yaml (no lesson with id 'finding-suppliers')"));
    }

    @Test
    void manifestThatIsAListIsRejected() {
        CourseFixture.write(course, "course.yaml", "- id: sourcing\n");
        assertProblems(read(), problem(MANIFEST, 1,
                "course.yaml must be a map of keys (id, title, description, estimatedHours, prerequisites, modules, quiz, practical, diagnostic)"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        editManifest(course, "estimatedHours: 10", "estimatedHours: -3");
        editManifest(course, "minutes: 40", "minutes: forty");
        CourseFixture.delete(course, "lessons/comparing-offers.ar.md");
        assertProblems(read(),
                problem(MANIFEST, 9, "estimatedHours must be a positive whole number, found '-3'"),
                problem(MANIFEST, 17, "minutes of lesson 'finding-suppliers' must be a positive whole number, found 'forty'"),
                problem(MANIFEST, 18, "missing Arabic lesson file lessons/comparing-offers.ar.md"));
    }
}

package ma.maharat.content.control;

import static ma.maharat.content.control.CourseFixture.assertProblems;
import static ma.maharat.content.control.CourseFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseReadResult;
import ma.maharat.content.entity.PracticalTaskDefinition;

/**
 * The {@code practical:} list of course.yaml and its rubric rules, appended to {@link CourseFixture}'s
 * manifest: {@code practical:} is on line 23, the task's id on 24, {@code levels:} on 27 with its three
 * levels on 28–30, {@code passLevel} on 31, {@code criteria:} on 32, the first criterion on 33–38 (its
 * {@code levels:} on 35) and the second on 39–44 (its {@code levels:} on 41).
 */
class PracticalTaskManifestTest {

    private static final String MANIFEST = "sourcing/course.yaml";

    private static final String TASK = """
            practical:
              - id: supplier-visit
                title: {ar: زيارة مورد, fr: Visite d’un fournisseur}
                description: {ar: زوري موردا وقارني عينتين, fr: Visitez un fournisseur et comparez deux échantillons}
                levels:
                  - {id: not-yet, points: 0, title: {ar: ليس بعد, fr: Pas encore}}
                  - {id: acceptable, points: 1, title: {ar: مقبول, fr: Acceptable}}
                  - {id: excellent, points: 2, title: {ar: ممتاز, fr: Excellent}}
                passLevel: acceptable
                criteria:
                  - id: samples
                    title: {ar: العينات, fr: Échantillons}
                    levels:
                      not-yet: {ar: لا عينة, fr: Aucun échantillon}
                      acceptable: {ar: عينتان, fr: Deux échantillons}
                      excellent: {ar: عينتان مع الأسعار, fr: Deux échantillons avec leurs prix}
                  - id: report
                    title: {ar: التقرير, fr: Compte rendu}
                    levels:
                      not-yet: {ar: لا تقرير, fr: Pas de compte rendu}
                      acceptable: {ar: تقرير قصير, fr: Un compte rendu court}
                      excellent: {ar: تقرير مفصل, fr: Un compte rendu détaillé}
            """;

    @TempDir
    Path modulesContent;

    private Path course;
    private final CourseFolderReader reader = new CourseFolderReader();

    @BeforeEach
    void writeValidCourse() {
        course = new CourseFixture(modulesContent).validCourse("sourcing");
    }

    private void practical(String yaml) {
        CourseFixture.editManifest(course, "  bank: quiz/bank\n", "  bank: quiz/bank\n" + yaml);
    }

    private CourseReadResult rejected() {
        CourseReadResult result = reader.read(course);
        assertFalse(result.isValid(), "the course should be rejected");
        return result;
    }

    private CourseDefinition accepted() {
        CourseReadResult result = reader.read(course);
        assertProblems(result);
        return result.course().orElseThrow();
    }

    @Test
    void aCourseWithoutPracticalTasksHasNone() {
        assertEquals(List.of(), accepted().practicalTasks());
    }

    @Test
    void aTaskIsReadWithItsScaleItsPassLevelAndWhatEachLevelMeansForEachCriterion() {
        practical(TASK);
        PracticalTaskDefinition task = accepted().practicalTasks().get(0);
        assertEquals("supplier-visit", task.id());
        assertEquals("Visite d’un fournisseur", task.title().fr());
        assertTrue(task.required(), "a task is required unless it says otherwise");
        assertEquals(List.of("not-yet", "acceptable", "excellent"), task.levels().stream().map(PracticalTaskDefinition.Level::id).toList());
        assertEquals("acceptable", task.passLevel());
        assertEquals(1, task.passPoints());
        assertEquals(List.of("samples", "report"), task.criteria().stream().map(PracticalTaskDefinition.Criterion::id).toList());
        assertEquals("Deux échantillons avec leurs prix", task.criteria().get(0).descriptions().get("excellent").fr());
        assertEquals("تقرير قصير", task.criteria().get(1).descriptions().get("acceptable").ar());
    }

    @Test
    void aTaskMayBeOptional() {
        practical(TASK.replace("    passLevel: acceptable\n", "    passLevel: acceptable\n    required: false\n"));
        assertFalse(accepted().practicalTasks().get(0).required());
    }

    @Test
    void levelsMustBeListedFromLowestToHighest() {
        practical(TASK.replace("{id: excellent, points: 2", "{id: excellent, points: 1"));
        assertProblems(rejected(), problem(MANIFEST, 30, "points of level 'excellent' of practical task 'supplier-visit' (1)"
                + " must be higher than those of the level before it, 'acceptable' (1): list the levels from lowest to highest"));
    }

    @Test
    void thePassLevelMustBeOneOfTheLevels() {
        practical(TASK.replace("passLevel: acceptable", "passLevel: good"));
        assertProblems(rejected(), problem(MANIFEST, 31,
                "passLevel 'good' of practical task 'supplier-visit' is not one of its levels (not-yet, acceptable, excellent)"));
    }

    @Test
    void aTaskNeedsAtLeastTwoLevels() {
        practical(TASK.replace("      - {id: not-yet, points: 0, title: {ar: ليس بعد, fr: Pas encore}}\n", "")
                .replace("      - {id: excellent, points: 2, title: {ar: ممتاز, fr: Excellent}}\n", "")
                .replace("          not-yet: {ar: لا عينة, fr: Aucun échantillon}\n", "")
                .replace("          excellent: {ar: عينتان مع الأسعار, fr: Deux échantillons avec leurs prix}\n", "")
                .replace("          not-yet: {ar: لا تقرير, fr: Pas de compte rendu}\n", "")
                .replace("          excellent: {ar: تقرير مفصل, fr: Un compte rendu détaillé}\n", ""));
        assertProblems(rejected(), problem(MANIFEST, 27,
                "practical task 'supplier-visit' must have at least two levels (one that passes, one that does not yet)"));
    }

    @Test
    void everyCriterionDescribesEveryLevelAndNoOther() {
        practical(TASK.replace("          excellent: {ar: عينتان مع الأسعار, fr: Deux échantillons avec leurs prix}\n", "")
                .replace("          excellent: {ar: تقرير مفصل", "          excelent: {ar: تقرير مفصل"));
        assertProblems(rejected(),
                problem(MANIFEST, 35, "missing required key 'excellent' in levels of criterion 'samples' of practical task 'supplier-visit'"),
                // One line up: the first criterion lost a line.
                problem(MANIFEST, 40, "missing required key 'excellent' in levels of criterion 'report' of practical task 'supplier-visit'"),
                problem(MANIFEST, 43, "unknown key 'excelent' in levels of criterion 'report' of practical task 'supplier-visit'"
                        + " (did you mean 'excellent'?)"));
    }

    @Test
    void taskIdsAreUniqueInTheCourse() {
        practical(TASK + TASK.substring("practical:\n".length()));
        assertProblems(rejected(), problem(MANIFEST, 45, "duplicate practical task id 'supplier-visit' (already used on line 24)"));
    }

    @Test
    void theFingerprintChangesWhenATaskChangesAndOnlyThen() {
        practical(TASK);
        String first = CourseFingerprint.of(accepted());
        assertEquals(first, CourseFingerprint.of(accepted()), "unchanged files, unchanged fingerprint");
        CourseFixture.editManifest(course, "Un compte rendu court", "Un compte rendu d’une page");
        assertNotEquals(first, CourseFingerprint.of(accepted()));
    }
}

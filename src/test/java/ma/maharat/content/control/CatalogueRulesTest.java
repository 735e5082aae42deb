package ma.maharat.content.control;

import static ma.maharat.content.control.CourseFixture.assertProblems;
import static ma.maharat.content.control.CourseFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.maharat.content.entity.Catalogue;
import ma.maharat.content.entity.CourseDefinition;

/** Rules across courses: prerequisites exist and form no circle; a rejected course takes its dependents with it, and only them. */
class CatalogueRulesTest {

    @TempDir
    Path modulesContent;

    private CourseFixture fixture() {
        return new CourseFixture(modulesContent);
    }

    private Catalogue read() {
        return new CatalogueReader().read(modulesContent);
    }

    private static List<String> ids(Catalogue catalogue) {
        return catalogue.courses().stream().map(CourseDefinition::id).toList();
    }

    @Test
    void validCoursesComePrerequisitesFirst() throws Exception {
        fixture().validCourse("sourcing", "[modeling, costing]");
        fixture().validCourse("modeling");
        fixture().validCourse("costing", "[modeling]");
        Files.writeString(modulesContent.resolve("README.md"), "Pour les auteurs");
        Catalogue catalogue = read();
        assertTrue(catalogue.isClean(), () -> catalogue.problems().toString());
        assertEquals(List.of("modeling", "costing", "sourcing"), ids(catalogue));
        assertEquals(List.of("modeling", "costing"), catalogue.course("sourcing").orElseThrow().prerequisites());
    }

    @Test
    void unknownPrerequisiteIsReportedAtItsLine() {
        fixture().validCourse("sourcing", "[modeling, foo]");
        fixture().validCourse("modeling");
        Catalogue catalogue = read();
        assertEquals(List.of("modeling"), ids(catalogue));
        assertProblems(catalogue.problemsByCourse().get("sourcing"),
                problem("sourcing/course.yaml", 10, "unknown prerequisite 'foo'"));
    }

    @Test
    void prerequisitesWrittenAsABlockListPointAtTheirOwnLine() {
        Path sourcing = fixture().validCourse("sourcing");
        CourseFixture.editManifest(sourcing, "prerequisites: []", "prerequisites:\n  - modeling\n  - foo");
        fixture().validCourse("modeling");
        assertProblems(read().problems(), problem("sourcing/course.yaml", 12, "unknown prerequisite 'foo'"));
    }

    @Test
    void circularPrerequisitesAreReportedOnEveryCourseOfTheCircle() {
        fixture().validCourse("a", "[b]");
        fixture().validCourse("b", "[a]");
        fixture().validCourse("c");
        Catalogue catalogue = read();
        assertEquals(List.of("c"), ids(catalogue));
        assertProblems(catalogue.problems(),
                problem("a/course.yaml", 10, "circular prerequisites: a -> b -> a"),
                problem("b/course.yaml", 10, "circular prerequisites: b -> a -> b"));
    }

    @Test
    void longerCircleAndSelfPrerequisiteAreReported() {
        fixture().validCourse("a", "[b]");
        fixture().validCourse("b", "[c]");
        fixture().validCourse("c", "[a]");
        fixture().validCourse("d", "[d]");
        assertProblems(read().problems(),
                problem("a/course.yaml", 10, "circular prerequisites: a -> b -> c -> a"),
                problem("b/course.yaml", 10, "circular prerequisites: b -> c -> a -> b"),
                problem("c/course.yaml", 10, "circular prerequisites: c -> a -> b -> c"),
                problem("d/course.yaml", 10, "circular prerequisites: d -> d"));
    }

    @Test
    void courseRequiringARejectedCourseIsRejectedWithThatReasonTransitively() {
        Path modeling = fixture().validCourse("modeling");
        CourseFixture.delete(modeling, "lessons/finding-suppliers.ar.md");
        fixture().validCourse("costing", "[modeling]");
        fixture().validCourse("sourcing", "[costing]");
        fixture().validCourse("quality");
        Catalogue catalogue = read();
        assertEquals(List.of("quality"), ids(catalogue));
        assertEquals(List.of("costing", "modeling", "sourcing"), List.copyOf(catalogue.problemsByCourse().keySet()));
        assertProblems(catalogue.problemsByCourse().get("modeling"),
                problem("modeling/course.yaml", 15, "missing Arabic lesson file lessons/finding-suppliers.ar.md"));
        assertProblems(catalogue.problemsByCourse().get("costing"), problem("costing/course.yaml", 10,
                "prerequisite 'modeling' is rejected because of its own problems, so this course is rejected too"));
        assertProblems(catalogue.problemsByCourse().get("sourcing"), problem("sourcing/course.yaml", 10,
                "prerequisite 'costing' is rejected because of its own problems, so this course is rejected too"));
    }

    @Test
    void duplicateCourseIdIsReportedOnTheCopyNotOnTheOriginal() {
        fixture().validCourse("sourcing");
        Path copy = fixture().validCourse("sourcing-v2");
        CourseFixture.editManifest(copy, "id: sourcing-v2", "id: sourcing");
        Catalogue catalogue = read();
        assertEquals(List.of("sourcing"), ids(catalogue));
        assertProblems(catalogue.problems(),
                problem("sourcing-v2/course.yaml", 1, "course id 'sourcing' does not match its folder name 'sourcing-v2'"),
                problem("sourcing-v2/course.yaml", 1, "duplicate course id 'sourcing': also declared in sourcing/course.yaml"));
    }

    @Test
    void folderWithoutManifestOrWithBadNameIsRejectedAlone() throws Exception {
        fixture().validCourse("sourcing");
        Files.createDirectories(modulesContent.resolve("Brouillon"));
        Files.createDirectories(modulesContent.resolve(".git"));
        Catalogue catalogue = read();
        assertEquals(List.of("sourcing"), ids(catalogue));
        assertProblems(catalogue.problems(),
                problem("Brouillon/", 0, "course folder name 'Brouillon' is invalid: use only lowercase letters a-z, digits 0-9 and '-'"),
                problem("Brouillon/course.yaml", 0, "missing manifest file course.yaml"));
    }

    @Test
    void missingModulesContentFolderIsADeploymentError() {
        assertThrows(IllegalArgumentException.class, () -> new CatalogueReader().read(modulesContent.resolve("nowhere")));
    }
}

package ma.maharat.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import ma.maharat.content.control.CourseFilesReader;
import ma.maharat.content.control.CourseArchive;
import ma.maharat.content.entity.CourseFiles;
import ma.maharat.content.entity.CourseReadResult;
import org.junit.jupiter.api.Test;

class CourseOutlineTest {

    static final CourseOutline.Titles CUT = new CourseOutline.Titles("القص", "Couper le tissu", null);

    static String quality() throws IOException {
        return Files.readString(Path.of("modules-content/quality/course.yaml"), StandardCharsets.UTF_8);
    }

    static List<String> lessonIds(CourseOutline outline) {
        return outline.modules().stream().flatMap(m -> m.lessons().stream()).map(CourseOutline.Lesson::id).toList();
    }

    @Test
    void readsModulesAndLessonsWithTheirTitlesInOrder() throws IOException {
        CourseOutline outline = CourseOutline.of(quality());
        assertEquals(List.of("standards-inspection", "sampling-improvement"), outline.modules().stream().map(CourseOutline.Module::id).toList());
        assertEquals("Causes racines et actions correctives", outline.lesson("root-causes").orElseThrow().title().in("fr"));
        assertEquals(Map.of("questions", 2, "passMark", 50), outline.lesson("standards-tolerances").orElseThrow().quiz());
    }

    @Test
    void rewritingWithoutChangeKeepsEveryOtherLineAndTheMeaning() throws IOException {
        String original = quality();
        String written = CourseOutline.of(original).manifest();
        String before = original.substring(0, original.indexOf("modules:"));
        assertTrue(written.startsWith(before), "lines before modules: unchanged");
        assertTrue(written.endsWith(original.substring(original.indexOf("\nquiz:"))), "lines after modules: unchanged");
        assertEquals(CourseOutline.of(original).modules(), CourseOutline.of(written).modules());
    }

    @Test
    void addedModuleAndLessonGetCodesFromTheFrenchTitleAndPassTheImportersCheck() throws IOException {
        CourseOutline outline = CourseOutline.of(quality())
                .addModule("", new CourseOutline.Titles("التشطيب", "Finitions « à la main »", "Finishing"), "", CUT, 30)
                .addLesson("finitions-a-la-main", "", CUT, 20);
        assertEquals("finitions-a-la-main", outline.modules().get(2).id());
        assertEquals(List.of("couper-le-tissu", "couper-le-tissu-2"), outline.modules().get(2).lessons().stream().map(CourseOutline.Lesson::id).toList());
        CourseFiles files = CourseArchive.readFolder(Path.of("modules-content/quality")).withText("course.yaml", outline.manifest())
                .withText("lessons/couper-le-tissu.ar.md", "نص").withText("lessons/couper-le-tissu.fr.md", "Texte")
                .withText("lessons/couper-le-tissu-2.ar.md", "نص").withText("lessons/couper-le-tissu-2.fr.md", "Texte");
        CourseReadResult read = new CourseFilesReader().read("quality", files, Map.of());
        assertEquals(List.of(), read.problems());
        assertEquals("Finitions « à la main »", read.course().orElseThrow().modules().get(2).title().in(ma.maharat.platform.i18n.Language.FR).orElseThrow());
    }

    @Test
    void movesLessonsInsideAndAcrossModulesAndModulesAround() throws IOException {
        CourseOutline outline = CourseOutline.of(quality());
        assertEquals(List.of("inspection-stages", "standards-tolerances", "defect-classification", "aql-sampling", "root-causes"),
                lessonIds(outline.moveLesson("inspection-stages", -1)));
        CourseOutline across = outline.moveLesson("aql-sampling", -1);
        assertEquals(List.of("standards-tolerances", "inspection-stages", "defect-classification", "aql-sampling"),
                across.modules().get(0).lessons().stream().map(CourseOutline.Lesson::id).toList(), "first of module 2 goes last of module 1");
        assertEquals(List.of("aql-sampling", "root-causes"),
                across.moveLesson("aql-sampling", 1).modules().get(1).lessons().stream().map(CourseOutline.Lesson::id).toList(), "and back");
        assertEquals(List.of("sampling-improvement", "standards-inspection"),
                outline.moveModule("standards-inspection", 1).modules().stream().map(CourseOutline.Module::id).toList());
        assertEquals(lessonIds(outline), lessonIds(outline.moveModule("standards-inspection", -1)), "first stays first");
        assertThrows(AuthoringRuleViolation.class, () -> outline.moveLesson("standards-tolerances", 1).moveLesson("standards-tolerances", 1).moveLesson("standards-tolerances", 1),
                "a lesson with its own quiz stays in its module");
    }

    @Test
    void archivingRemovesFromTheOutlineButNeverTheLastLessonOrModule() throws IOException {
        CourseOutline outline = CourseOutline.of(quality()).archiveLesson("root-causes");
        assertEquals(List.of("aql-sampling"), outline.modules().get(1).lessons().stream().map(CourseOutline.Lesson::id).toList());
        AuthoringRuleViolation last = assertThrows(AuthoringRuleViolation.class, () -> outline.archiveLesson("aql-sampling"));
        assertEquals("authoring.outline.lastLesson", last.messageKey());
        AuthoringRuleViolation lastModule = assertThrows(AuthoringRuleViolation.class,
                () -> outline.archiveModule("sampling-improvement").archiveModule("standards-inspection"));
        assertEquals("authoring.outline.lastModule", lastModule.messageKey());
    }

    @Test
    void refusesEmptyTooLongTitlesBadOrTakenCodesAndImpossibleMinutes() throws IOException {
        CourseOutline outline = CourseOutline.of(quality());
        assertEquals("authoring.outline.titleMissing.ar", assertThrows(AuthoringRuleViolation.class,
                () -> outline.addLesson("sampling-improvement", "", new CourseOutline.Titles(" ", "Titre", null), 10)).messageKey());
        assertEquals("authoring.outline.titleTooLong", assertThrows(AuthoringRuleViolation.class,
                () -> outline.renameModule("sampling-improvement", new CourseOutline.Titles("ع", "x".repeat(301), null))).messageKey());
        assertEquals("authoring.outline.codeTaken", assertThrows(AuthoringRuleViolation.class,
                () -> outline.addLesson("sampling-improvement", "root-causes", CUT, 10)).messageKey());
        assertEquals("authoring.outline.badCode", assertThrows(AuthoringRuleViolation.class,
                () -> outline.addLesson("sampling-improvement", "Couper_le tissu", CUT, 10)).messageKey());
        assertEquals("authoring.outline.badMinutes", assertThrows(AuthoringRuleViolation.class,
                () -> outline.addLesson("sampling-improvement", "", CUT, 0)).messageKey());
    }

    @Test
    void hostileTitlesStayTextAndLineBreaksCannotEscapeTheQuotes() throws IOException {
        String hostile = "a\"\n  - id: injected\\ \" #: {x}";
        CourseOutline outline = CourseOutline.of(quality()).renameModule("sampling-improvement", new CourseOutline.Titles(hostile, "<script>x</script>", null));
        CourseOutline read = CourseOutline.of(outline.manifest());
        assertEquals(2, read.modules().size());
        assertEquals("a\" - id: injected\\ \" #: {x}", read.modules().get(1).title().ar());
        assertEquals("<script>x</script>", read.modules().get(1).title().fr());
    }

    @Test
    void anUnreadableManifestIsRefusedNotGuessed() {
        assertEquals("authoring.outline.unreadable",
                assertThrows(AuthoringRuleViolation.class, () -> CourseOutline.of("id: x\nmodules: [")).messageKey());
    }

    @Test
    void findsTheQuestionsFiledUnderAModule() throws IOException {
        CourseFiles files = CourseArchive.readFolder(Path.of("modules-content/quality"));
        assertTrue(Drafts.hasQuestions(files, "quality", "standards-inspection"));
        assertTrue(!Drafts.hasQuestions(files, "quality", "finitions"));
    }
}

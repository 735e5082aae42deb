package ma.maharat.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseFiles;
import ma.maharat.content.entity.CourseReadResult;
import org.junit.jupiter.api.Test;

/**
 * A course's files go to a zip and back, and an in-memory course reads exactly as its folder does:
 * the ground the export round trip and publishing from a draft stand on.
 */
class CourseFilesRoundTripTest {

    private static final Path MODULES_CONTENT = Path.of("modules-content");
    private static final Map<String, List<String>> SHIPPED_OTHERS = Map.of("sourcing", List.of(), "modeling", List.of(),
            "prototyping", List.of(), "production", List.of(), "marketing", List.of());

    @Test
    void everyShippedCourseZipsAndReadsBackToTheSameFingerprint() throws Exception {
        CatalogueReader catalogueReader = new CatalogueReader(new CourseFolderReader(new GiftQuestionBankCheck()));
        for (CourseDefinition course : catalogueReader.read(MODULES_CONTENT).courses()) {
            CourseFiles files = CourseArchive.readFolder(MODULES_CONTENT.resolve(course.id()));
            CourseFiles unzipped = CourseArchive.unzip(course.id(), CourseArchive.zip(course.id(), files));
            assertEquals(files, unzipped, course.id());
            Map<String, List<String>> others = Map.of();
            if (!course.prerequisites().isEmpty()) {
                others = new java.util.HashMap<>();
                for (String prerequisite : course.prerequisites()) {
                    others.put(prerequisite, List.of());
                }
            }
            CourseReadResult read = new CourseFilesReader().read(course.id(), unzipped, others);
            assertTrue(read.isValid(), course.id() + " " + read.problems());
            assertEquals(CourseFingerprint.of(course), CourseFingerprint.of(read.course().orElseThrow()), course.id());
        }
    }

    @Test
    void anEditedLessonChangesTheFingerprintAndAProblemIsReportedWithFileAndLine() {
        CourseFiles quality = CourseArchive.readFolder(MODULES_CONTENT.resolve("quality"));
        String before = CourseFingerprint.of(new CourseFilesReader().read("quality", quality, SHIPPED_OTHERS).course().orElseThrow());
        CourseFiles edited = quality.withText("lessons/root-causes.fr.md", quality.text("lessons/root-causes.fr.md").orElseThrow() + "\nUne phrase de plus.\n");
        assertFalse(before.equals(CourseFingerprint.of(new CourseFilesReader().read("quality", edited, SHIPPED_OTHERS).course().orElseThrow())));

        CourseFiles broken = quality.withText("lessons/root-causes.fr.md", "Intro\n\n![schéma](media/absent.png)\n");
        CourseReadResult read = new CourseFilesReader().read("quality", broken, SHIPPED_OTHERS);
        assertFalse(read.isValid());
        ContentProblem problem = read.problems().get(0);
        assertEquals("quality/lessons/root-causes.fr.md", problem.file());
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("does not exist"), problem.message());
    }

    @Test
    void prerequisitesAreCheckedAgainstThePublishedCourses() {
        CourseFiles production = CourseArchive.readFolder(MODULES_CONTENT.resolve("production"));
        CourseReadResult alone = new CourseFilesReader().read("production", production, Map.of());
        assertFalse(alone.isValid());
        assertTrue(alone.problems().stream().anyMatch(p -> p.message().startsWith("unknown prerequisite")), alone.problems().toString());

        Map<String, List<String>> circular = Map.of("quality", List.of("production"), "modeling", List.of(), "sourcing", List.of(),
                "prototyping", List.of());
        CourseReadResult circle = new CourseFilesReader().read("production", production, circular);
        assertTrue(circle.problems().stream().anyMatch(p -> p.message().startsWith("circular prerequisites")), circle.problems().toString());
    }

    @Test
    void aZipThatIsNotOneCourseFolderIsRefused() throws IOException {
        assertThrows(CourseArchive.NotACourseZip.class, () -> CourseArchive.unzip("quality", zipOf("quality/../../etc/passwd", "x")));
        assertThrows(CourseArchive.NotACourseZip.class, () -> CourseArchive.unzip("quality", zipOf("quality/lessons/a.fr.md", "x")),
                "no course.yaml");
        assertThrows(CourseArchive.NotACourseZip.class, () -> CourseArchive.unzip("quality", zipOf("other/deep/er/course.yaml", "x")));
        assertThrows(CourseArchive.NotACourseZip.class, () -> CourseArchive.unzip("quality", "not a zip".getBytes(StandardCharsets.UTF_8)));
        CourseFiles topLevel = assertDoesNotThrow(zipOf("course.yaml", "id: quality\n"));
        assertEquals(List.of("course.yaml"), List.copyOf(topLevel.paths()), "the files may also sit at the top of the zip");
    }

    /** Issue 13, item 9: 20,001 empty files were accepted in 12 s and made a 29.9 MB page. */
    @Test
    void aZipOfTwentyThousandEmptyFilesIsRefusedAtTheFirstEntryTooMany() throws IOException {
        var error = assertThrows(CourseArchive.NotACourseZip.class,
                () -> CourseArchive.unzip("quality", zipOfEmptyFiles(20_001)));
        assertEquals("the zip holds more than 1000 files and folders", error.getMessage());
        assertDoesNotThrow(zipOfEmptyFiles(CourseArchive.MAX_ENTRIES - 1));
    }

    /** A course.yaml and {@code count} empty media files. */
    static byte[] zipOfEmptyFiles(int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("quality/course.yaml"));
            zip.write("id: quality\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("quality/media/f" + i + ".png"));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static CourseFiles assertDoesNotThrow(byte[] zip) {
        try {
            return CourseArchive.unzip("quality", zip);
        } catch (CourseArchive.NotACourseZip e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static byte[] zipOf(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}

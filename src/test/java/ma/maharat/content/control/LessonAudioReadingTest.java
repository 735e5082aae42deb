package ma.maharat.content.control;

import static ma.maharat.content.control.AudioFormatTest.resource;
import static ma.maharat.content.control.CourseFixture.assertProblems;
import static ma.maharat.content.control.CourseFixture.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseReadResult;
import ma.maharat.content.entity.MediaFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audio readings beside the lessons: {@code lessons/<lesson>.<language>.<ext>}, checked by content and
 * size, one per lesson and language, carried with the media (so with the fingerprint, drafts and exports).
 */
class LessonAudioReadingTest {

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
    void readingsBesideTheLessonAreImportedWithTheMedia() {
        String before = CourseFingerprint.of(read().course().orElseThrow());
        CourseFixture.write(course, "lessons/finding-suppliers.ar.ogg", resource("tone-opus.ogg"));
        CourseFixture.write(course, "lessons/finding-suppliers.fr.mp3", resource("tone-id3.mp3"));
        CourseDefinition definition = read().course().orElseThrow();
        MediaFile arabic = definition.mediaFile("lessons/finding-suppliers.ar.ogg").orElseThrow();
        assertEquals("audio/ogg", arabic.mediaType());
        assertArrayEquals(resource("tone-opus.ogg"), arabic.content());
        assertEquals("audio/mpeg", definition.mediaFile("lessons/finding-suppliers.fr.mp3").orElseThrow().mediaType());
        assertNotEquals(before, CourseFingerprint.of(definition), "a new reading is a change to import");
    }

    @Test
    void aRenamedFileIsReportedAtItsName() {
        CourseFixture.write(course, "lessons/finding-suppliers.fr.mp3", MediaReferenceTest.PNG);
        assertProblems(read(), problem("sourcing/lessons/finding-suppliers.fr.mp3", 0,
                "audio reading is refused: it is not a real MP3 audio file (its content does not match the extension)"));
    }

    @Test
    void anUnsupportedTypeSaysWhichAreAccepted() {
        CourseFixture.write(course, "lessons/finding-suppliers.fr.wav", "RIFF....WAVE");
        assertProblems(read(), problem("sourcing/lessons/finding-suppliers.fr.wav", 0,
                "audio reading has an unsupported type: use mp3, ogg, oga, opus or m4a"));
    }

    @Test
    void twoReadingsInOneLanguageAreRefused() {
        CourseFixture.write(course, "lessons/finding-suppliers.fr.mp3", resource("tone.mp3"));
        CourseFixture.write(course, "lessons/finding-suppliers.fr.ogg", resource("tone-opus.ogg"));
        assertProblems(read(), problem("sourcing/lessons/finding-suppliers.fr.ogg", 0,
                "a second audio reading of lesson 'finding-suppliers' in the same language (finding-suppliers.fr.mp3 is the first): keep one"));
    }

    @Test
    void aReadingForNoListedLessonIsReported() {
        CourseFixture.write(course, "lessons/findng-suppliers.fr.mp3", resource("tone.mp3"));
        assertProblems(read(), problem("sourcing/lessons/findng-suppliers.fr.mp3", 0,
                "audio reading is not for a lesson listed in course.yaml (no lesson with id 'findng-suppliers')"));
    }

    @Test
    void anOversizedFileIsRefusedFromItsSizeAlone() throws IOException {
        Path big = course.resolve("lessons/finding-suppliers.ar.m4a");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(20L * 1024 * 1024); // sparse: nothing is written, and the reader must not read it either
        }
        CourseReadResult result = read();
        assertEquals(List.of("audio reading is too large (20.0 MiB; the limit is 15 MiB)"),
                result.problems().stream().map(p -> p.message()).toList());
        assertTrue(result.course().isEmpty());
    }
}

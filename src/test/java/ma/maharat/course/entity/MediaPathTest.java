package ma.maharat.course.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MediaPathTest {

    @Test
    void readsTheCourseAndTheFileInsideIt() {
        MediaPath path = MediaPath.parse("/sourcing/media/cotton-2.png").orElseThrow();

        assertEquals(new MediaPath("sourcing", "media/cotton-2.png"), path);
        assertTrue(path.isMedia());
        assertFalse(path.isLessonFile());
    }

    @Test
    void readsALessonsAudioReading() {
        MediaPath path = MediaPath.parse("/quality/lessons/seams.ar.ogg").orElseThrow();

        assertEquals("quality", path.course());
        assertEquals("lessons/seams.ar.ogg", path.file());
        assertTrue(path.isLessonFile());
        assertFalse(path.isMedia());
    }

    @ParameterizedTest(name = "refused: \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {
        "/", "//", "/sourcing", "/sourcing/", "sourcing/media/a.png", "//media/a.png",
        // leaving the course folder, or the course
        "/sourcing/../production/media/a.png", "/sourcing/media/../../../etc/passwd", "/../media/a.png", "/sourcing/media/..",
        "/sourcing/./media/a.png", "/sourcing/media//a.png", "/sourcing/media/a.png/", "/sourcing//etc/passwd",
        // slashes and dots still encoded, once or twice; backslashes; path parameters
        "/sourcing%2Fmedia/a.png", "/sourcing/media%2F..%2F..%2Fcourse.yaml", "/sourcing/media/%2e%2e/course.yaml",
        "/sourcing/media%252F..%252Fcourse.yaml", "/sourcing/media\\..\\course.yaml", "/sourcing/media/a.png;jsessionid=1",
        // not a course code
        "/Sourcing/media/a.png", "/sour cing/media/a.png", "/sourcing_2/media/a.png", "/سورسينغ/media/a.png",
        // characters a file name never has
        "/sourcing/media/a b.png", "/sourcing/media/صورة.png", "/sourcing/media/a.png\u0000.txt", "/sourcing/media/a\n.png",
    })
    void refusesWhatDoesNotNameAFileInsideACourse(String pathInfo) {
        assertEquals(Optional.empty(), MediaPath.parse(pathInfo));
    }

    @Test
    void refusesAVeryLongAddressAndAVeryLongFileButNotOneJustWithinTheLimits() {
        String course = "c".repeat(64);
        String file = "media/" + "a".repeat(MediaPath.MAX_FILE_LENGTH - "media/".length() - ".png".length()) + ".png";
        assertEquals(MediaPath.MAX_FILE_LENGTH, file.length());

        assertTrue(MediaPath.parse("/" + course + "/" + file).isPresent());
        assertEquals(Optional.empty(), MediaPath.parse("/" + course + "c/" + file), "course code over 64");
        assertEquals(Optional.empty(), MediaPath.parse("/" + course + "/" + file.replace(".png", "a.png")), "file over 300");
        assertEquals(Optional.empty(), MediaPath.parse("/x/media/" + "a/".repeat(100_000) + "b.png"), "a megabyte of folders");
    }

    @Test
    void cannotBeMadeForAPathOutsideACourse() {
        assertThrows(IllegalArgumentException.class, () -> new MediaPath("sourcing", "../course.yaml"));
        assertThrows(IllegalArgumentException.class, () -> new MediaPath("../x", "media/a.png"));
    }

    @Test
    void courseFilesAcceptTheSamePaths() {
        assertTrue(MediaPath.isFileInCourse("quiz/bank.fr.gift"));
        assertFalse(MediaPath.isFileInCourse("quiz/../../bank.fr.gift"));
        assertFalse(MediaPath.isFileInCourse(null));
    }
}

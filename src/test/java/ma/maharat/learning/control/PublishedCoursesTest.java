package ma.maharat.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.maharat.course.control.CourseContentChanged;
import ma.maharat.course.entity.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublishedCoursesTest {

    /** A database whose content revision and courses the test sets, counting what is asked. */
    static class FakeReader extends PublishedCoursesReader {
        String revision = "r1";
        String title = "Coupe";
        int reads;
        int revisionChecks;
        boolean down;

        @Override
        public String revision() {
            revisionChecks++;
            if (down) {
                throw new IllegalStateException("database down");
            }
            return revision;
        }

        @Override
        public Reading read() {
            reads++;
            if (down) {
                throw new IllegalStateException("database down");
            }
            PublishedLesson lesson = new PublishedLesson(10, "cut", new LocalizedText("قص", title, null),
                    new LocalizedText("وحدة", "Module", null), Map.of("fr", "<p>" + title + "</p>"), false);
            return new Reading(revision, Map.of("cutting", new PublishedCourse(1, "cutting", new LocalizedText("ق", "C", null), Set.of(), List.of(lesson))));
        }
    }

    FakeReader reader = new FakeReader();
    PublishedCourses courses = new PublishedCourses();

    @BeforeEach
    void wire() {
        courses.reader = reader;
    }

    private String lessonTitle() {
        return courses.course("cutting").orElseThrow().lessons().get(0).title().in("fr");
    }

    @Test
    void pagesWithinTheRecheckIntervalAskTheDatabaseNothing() {
        assertEquals("Coupe", lessonTitle());
        for (int i = 0; i < 100; i++) {
            lessonTitle();
        }
        assertEquals(1, reader.reads);
        assertEquals(0, reader.revisionChecks, "no separate revision check");
    }

    @Test
    void anImportCommittedOnThisServerIsShownOnTheNextPage() {
        lessonTitle();
        reader.title = "Coupe droit fil";
        courses.contentChanged(new CourseContentChanged("cutting"));
        assertEquals("Coupe droit fil", lessonTitle());
        assertEquals(2, reader.reads);
    }

    @Test
    void anImportOnAnotherServerIsSeenAtTheNextRecheckThroughTheRevision() {
        courses.recheckNanos = 0;
        lessonTitle();
        lessonTitle();
        assertEquals(1, reader.reads, "same revision: the courses are not read again");
        reader.title = "Coupe en biais";
        reader.revision = "r2";
        assertEquals("Coupe en biais", lessonTitle());
        assertEquals(2, reader.reads);
    }

    @Test
    void aFailedReadAfterAnImportIsTriedAgainRatherThanForgotten() {
        lessonTitle();
        reader.title = "Nouveau";
        courses.contentChanged(new CourseContentChanged("cutting"));
        reader.down = true;
        assertThrows(IllegalStateException.class, this::lessonTitle);
        reader.down = false;
        assertEquals("Nouveau", lessonTitle());
    }

    @Test
    void anUnknownCourseIsEmpty() {
        assertTrue(courses.course("nothing").isEmpty());
        assertTrue(courses.course(null).isEmpty());
        assertSame(courses.course("cutting").orElseThrow(), courses.course("cutting").orElseThrow());
    }
}

package ma.maharat.authoring.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import ma.maharat.content.entity.CourseFiles;
import org.junit.jupiter.api.Test;

/** The course page lists lessons in course.yaml's order, with a lesson just declared and no file yet. */
class AuthorCourseTest {

    @Test
    void lessonsFollowTheManifestAndShowTheirLanguages() {
        CourseFiles files = CourseFiles.empty()
                .withText("course.yaml", """
                        id: demo
                        modules:
                          - id: first
                            lessons:
                              - id: sew
                              - id: cut
                          - id: second
                            lessons:
                              - id: new-one
                        """)
                .withText("lessons/cut.fr.md", "x").withText("lessons/cut.ar.md", "x")
                .withText("lessons/sew.fr.md", "x").withText("lessons/stray.fr.md", "x");

        assertEquals(List.of(new AuthorCourse.LessonFiles("sew", List.of("fr")), new AuthorCourse.LessonFiles("cut", List.of("ar", "fr")),
                new AuthorCourse.LessonFiles("new-one", List.of()), new AuthorCourse.LessonFiles("stray", List.of("fr"))),
                AuthorCourse.lessonsOf(files));
    }

    @Test
    void aManifestBeingWrittenStillListsTheLessonFiles() {
        CourseFiles files = CourseFiles.empty().withText("course.yaml", "modules: [\n").withText("lessons/cut.fr.md", "x");
        assertEquals(List.of(new AuthorCourse.LessonFiles("cut", List.of("fr"))), AuthorCourse.lessonsOf(files));
    }
}

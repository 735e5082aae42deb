package ma.maharat.content.control;

import static ma.maharat.content.control.CourseFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseReadResult;
import ma.maharat.content.entity.ImageReference;
import ma.maharat.content.entity.MediaFile;
import ma.maharat.quiz.control.QuestionHtml;
import ma.maharat.quiz.question.TextFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images in questions: checked like a lesson's, reported at the bank's line, shown only from the course's media. */
class QuestionImageTest {

    private static final String BANK = "sourcing/quiz/bank.fr.gift";

    @TempDir
    Path modulesContent;

    private Path course;

    @BeforeEach
    void writeValidCourse() {
        course = new CourseFixture(modulesContent).validCourse("sourcing");
    }

    /** Writes banks whose line 2 is a [markdown] question showing the image. */
    private CourseReadResult readWithQuestionImage(String destination, String fileName, byte[] content) {
        if (fileName != null) {
            CourseFixture.write(course, fileName, content);
        }
        CourseFixture.write(course, "quiz/bank.fr.gift", "// image\n::sourcing-q01::[markdown]Quel tissu ? ![tissu](" + destination + ") {T}\n");
        CourseFixture.write(course, "quiz/bank.ar.gift", "// صورة\n::sourcing-q01::[markdown]أي قماش؟ ![قماش](" + destination + ") {T}\n");
        return new CourseFolderReader(new GiftQuestionBankCheck()).read(course);
    }

    @Test
    void findsMarkdownAndHtmlImagesWithTheirLines() {
        assertEquals(List.of(new ImageReference("media/a.png", 2), new ImageReference("media/b.svg", 4)),
                QuestionImages.in("// x\n[markdown]![a](media/a.png) {T}\n\n[html]<p><img alt=\"b\" src=\"media/b.svg\"></p> {F}\n"));
    }

    @Test
    void aMissingImageIsReportedAtTheBanksLine() {
        CourseReadResult result = readWithQuestionImage("media/jersey.png", null, null);
        assertTrue(result.problems().contains(problem(BANK, 2, "image file media/jersey.png does not exist")), result.problems().toString());
    }

    @Test
    void anImageOutsideTheCourseIsRefused() {
        CourseReadResult result = readWithQuestionImage("media/../../x.png", null, null);
        assertTrue(result.problems().contains(problem(BANK, 2,
                "image path 'media/../../x.png' leaves the course folder: write media/<file name>")), result.problems().toString());
    }

    @Test
    void aCheckedImageIsImportedWithTheCourse() {
        CourseReadResult result = readWithQuestionImage("media/jersey.png", "media/jersey.png", MediaReferenceTest.PNG);
        CourseDefinition definition = result.course().orElseThrow(() -> new AssertionError(result.problems().toString()));
        assertTrue(definition.media().stream().map(MediaFile::path).anyMatch("media/jersey.png"::equals));
    }

    @Test
    void theQuestionShowsOnlyTheCoursesMedia() {
        assertEquals("<p>Quel tissu ? <img src=\"/course-media/sourcing/media/jersey.png\" alt=\"tissu\" /></p>\n",
                QuestionHtml.render("Quel tissu ? ![tissu](media/jersey.png)", TextFormat.MARKDOWN, "/course-media/sourcing/media/"));
        assertEquals("<p>x </p>\n", QuestionHtml.render("x ![t](https://evil.example/t.png)", TextFormat.MARKDOWN, "/m/"));
    }
}

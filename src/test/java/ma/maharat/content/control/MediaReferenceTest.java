package ma.maharat.content.control;

import static ma.maharat.content.control.CourseFixture.assertProblems;
import static ma.maharat.content.control.CourseFixture.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseReadResult;
import ma.maharat.platform.i18n.Language;
import ma.maharat.content.entity.MediaFile;

/** Images: only real, small, inert files of the course's media folder, reported at the lesson line that uses them. */
class MediaReferenceTest {

    private static final String LESSON = "sourcing/lessons/finding-suppliers.fr.md";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final String SAFE_SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 40">
              <defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>
              <rect width="100" height="40" fill="url(#g)"/><use xlink:href="#g"/>
              <text x="5" y="25" font-family="sans-serif">Tissu → Coupe (commande online = 1400)</text>
            </svg>
            """;

    @TempDir
    Path modulesContent;

    private Path course;

    @BeforeEach
    void writeValidCourse() {
        course = new CourseFixture(modulesContent).validCourse("sourcing");
    }

    /** Writes a lesson whose line 3 shows the image. */
    private CourseReadResult readWithImage(String destination) {
        CourseFixture.write(course, "lessons/finding-suppliers.fr.md", "Intro.\n\n![schéma](" + destination + ")\n");
        return new CourseFolderReader().read(course);
    }

    @Test
    void imageFileThatDoesNotExistIsReported() {
        assertProblems(readWithImage("media/flow.png"),
                problem(LESSON, 3, "image file media/flow.png does not exist"));
    }

    @Test
    void pathTraversalOutOfTheCourseIsRefused() {
        CourseFixture.write(modulesContent, "secret.png", PNG);
        assertProblems(readWithImage("media/../../secret.png"),
                problem(LESSON, 3, "image path 'media/../../secret.png' leaves the course folder: write media/<file name>"));
    }

    @Test
    void absolutePathIsRefused() {
        assertProblems(readWithImage("/etc/logo.png"),
                problem(LESSON, 3, "image path '/etc/logo.png' is absolute: write media/<file name>"));
    }

    @Test
    void webAddressIsRefused() {
        assertProblems(readWithImage("https://example.org/logo.png"), problem(LESSON, 3,
                "image 'https://example.org/logo.png' is a web address: copy the image into the course's media folder and write media/<file name>"));
    }

    @Test
    void backslashIsRefused() {
        assertProblems(readWithImage("media\\\\logo.png"),
                problem(LESSON, 3, "image path 'media\\logo.png' uses '\\': write media/<file name>"));
    }

    @Test
    void imageOutsideTheMediaFolderIsRefused() {
        CourseFixture.write(course, "images/logo.png", PNG);
        assertProblems(readWithImage("images/logo.png"),
                problem(LESSON, 3, "image path 'images/logo.png' is not directly in the media folder: write media/<file name>"));
    }

    @Test
    void unsupportedExtensionIsRefused() {
        CourseFixture.write(course, "media/logo.bmp", "BM".getBytes(StandardCharsets.US_ASCII));
        assertProblems(readWithImage("media/logo.bmp"), problem(LESSON, 3,
                "image 'media/logo.bmp' has an unsupported type: use png, jpg, jpeg, gif, webp or svg"));
    }

    @Test
    void textFileNamedPngIsNotAnImage() {
        CourseFixture.write(course, "media/prices.png", "Coton: 28 MAD/m\n");
        assertProblems(readWithImage("media/prices.png"), problem(LESSON, 3,
                "image media/prices.png is not a real PNG image (its content does not match the .png extension)"));
    }

    @Test
    void jpegNamedPngIsRefused() {
        CourseFixture.write(course, "media/photo.png", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        assertProblems(readWithImage("media/photo.png"), problem(LESSON, 3,
                "image media/photo.png is not a real PNG image (its content does not match the .png extension)"));
    }

    @Test
    void imageOverTwoMebibytesIsTooLarge() {
        byte[] large = Arrays.copyOf(PNG, CourseFolderReader.MAX_IMAGE_BYTES + 1);
        CourseFixture.write(course, "media/photo.png", large);
        assertProblems(readWithImage("media/photo.png"),
                problem(LESSON, 3, "image media/photo.png is too large (2.0 MiB; the limit is 2 MiB)"));
    }

    @Test
    void svgWithScriptIsRefused() {
        CourseFixture.write(course, "media/flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        assertProblems(readWithImage("media/flow.svg"),
                problem(LESSON, 3, "SVG image media/flow.svg contains a <script>, which is not allowed"));
    }

    @Test
    void svgWithEventHandlerIsRefused() {
        CourseFixture.write(course, "media/flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>");
        assertProblems(readWithImage("media/flow.svg"), problem(LESSON, 3,
                "SVG image media/flow.svg contains the event handler attribute 'onload', which is not allowed"));
    }

    @Test
    void svgWithJavascriptLinkIsRefused() {
        CourseFixture.write(course, "media/flow.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><text>x</text></a></svg>");
        assertProblems(readWithImage("media/flow.svg"),
                problem(LESSON, 3, "SVG image media/flow.svg contains a javascript: link, which is not allowed"));
    }

    @Test
    void svgWithExternalReferenceIsRefused() {
        CourseFixture.write(course, "media/flow.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://tracker.example/p.png\"/></svg>");
        assertProblems(readWithImage("media/flow.svg"), problem(LESSON, 3,
                "SVG image media/flow.svg references the external resource 'https://tracker.example/p.png', which is not allowed"));
    }

    @Test
    void sameBrokenImageIsReportedAtEveryLineThatUsesIt() {
        CourseFixture.write(course, "lessons/finding-suppliers.fr.md", "![a](media/x.png)\n\n![b](media/x.png)\n");
        CourseFixture.write(course, "lessons/finding-suppliers.ar.md", "نص\n![a](media/x.png)\n");
        assertProblems(new CourseFolderReader().read(course),
                problem("sourcing/lessons/finding-suppliers.ar.md", 2, "image file media/x.png does not exist"),
                problem(LESSON, 1, "image file media/x.png does not exist"),
                problem(LESSON, 3, "image file media/x.png does not exist"));
    }

    @Test
    void validPngAndSvgAreAcceptedOnceEachWithTheirBytes() {
        CourseFixture.write(course, "media/logo.png", PNG);
        CourseFixture.write(course, "media/flow.svg", SAFE_SVG);
        CourseFixture.write(course, "lessons/finding-suppliers.fr.md", "![logo](media/logo.png)\n\n![flux](media/flow.svg)\n");
        CourseFixture.write(course, "lessons/finding-suppliers.ar.md", "![شعار](media/logo.png)\n");
        CourseReadResult result = new CourseFolderReader().read(course);
        assertProblems(result);
        CourseDefinition definition = result.course().orElseThrow();
        assertEquals(2, definition.media().size());
        MediaFile logo = definition.mediaFile("media/logo.png").orElseThrow();
        assertEquals("image/png", logo.mediaType());
        assertArrayEquals(PNG, logo.content());
        assertEquals("image/svg+xml", definition.mediaFile("media/flow.svg").orElseThrow().mediaType());
        String html = definition.lesson("finding-suppliers").orElseThrow().text(Language.FR).orElseThrow().html();
        assertTrue(html.contains("<img src=\"media/logo.png\" alt=\"logo\" />"), html);
        assertTrue(html.contains("<img src=\"media/flow.svg\" alt=\"flux\" />"), html);
    }
}

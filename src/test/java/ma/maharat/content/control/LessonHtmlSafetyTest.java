package ma.maharat.content.control;

import static ma.maharat.content.control.CourseFixture.assertProblems;
import static ma.maharat.content.control.CourseFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ma.maharat.content.entity.RenderedLesson;

/** Hostile or careless Markdown: nothing dangerous reaches the HTML, and the author is told where it was. */
class LessonHtmlSafetyTest {

    private static final String LESSON = "sourcing/lessons/finding-suppliers.fr.md";

    @TempDir
    Path modulesContent;

    private Path course;
    private final LessonRenderer renderer = new LessonRenderer();

    @BeforeEach
    void writeValidCourse() {
        course = new CourseFixture(modulesContent).validCourse("sourcing");
    }

    private void writeLesson(String markdown) {
        CourseFixture.write(course, "lessons/finding-suppliers.fr.md", markdown);
    }

    @Test
    void scriptBlockIsReportedAtItsLine() {
        writeLesson("""
                Intro.

                <div>
                <script>alert('x')</script>
                </div>
                """);
        assertProblems(new CourseFolderReader().read(course),
                problem(LESSON, 4, "raw HTML <script> is not allowed and was removed"));
    }

    @Test
    void inlineEventHandlerIsReportedAtItsLine() {
        writeLesson("""
                Intro.

                Cliquez <b onclick="steal()">ici</b> pour voir.
                """);
        assertProblems(new CourseFolderReader().read(course),
                problem(LESSON, 3, "raw HTML event handler 'onclick' on <b> is not allowed and was removed"));
    }

    @Test
    void javascriptMarkdownLinkIsReported() {
        writeLesson("""
                Intro.

                Voir [le tarif](javascript:alert(1)).
                """);
        assertProblems(new CourseFolderReader().read(course), problem(LESSON, 3,
                "link to 'javascript:alert(1)' is not allowed: use an address starting with http://, https:// or mailto:"));
    }

    @Test
    void javascriptRawHtmlLinkIsReported() {
        writeLesson("""
                Intro.

                Voir <a href="javascript:alert(1)">le tarif</a>.
                """);
        assertProblems(new CourseFolderReader().read(course), problem(LESSON, 3,
                "raw HTML link was removed: only http://, https:// and mailto: addresses are allowed"));
    }

    @Test
    void iframeIsReported() {
        writeLesson("""
                Intro.

                <iframe src="https://example.org/video"></iframe>
                """);
        assertProblems(new CourseFolderReader().read(course),
                problem(LESSON, 3, "raw HTML <iframe> is not allowed and was removed"));
    }

    @Test
    void rawHtmlImageIsReportedSoAuthorsUseMarkdownImages() {
        writeLesson("""
                Intro.

                <img src="x" onerror="alert(1)">
                """);
        assertProblems(new CourseFolderReader().read(course),
                problem(LESSON, 3, "raw HTML event handler 'onerror' on <img> is not allowed and was removed"),
                problem(LESSON, 3, "raw HTML image was removed: write images as ![alt text](media/name)"));
    }

    @Test
    void harmlessRawHtmlIsDroppedQuietlyKeepingItsText() {
        RenderedLesson rendered = renderer.render("<div align=\"center\">Texte <span>gardé</span></div>\n", "f.md");
        assertEquals(0, rendered.problems().size());
        assertTrue(rendered.html().contains("Texte gardé"));
        assertFalse(rendered.html().contains("<div"));
    }

    @Test
    void hostileInputLeavesNoScriptNoHandlerNoDangerousUrlInTheHtml() {
        String hostile = """
                # Titre

                <script>alert(1)</script>

                <style>body{display:none}</style>

                Texte <img src=x onerror=alert(2)> et <svg onload=alert(3)></svg>
                <a href="JaVaScRiPt:alert(4)">a</a> <a href="data:text/html,<script>alert(5)</script>">b</a>
                <a href="jav&#x61;script:alert(6)">c</a> <iframe srcdoc="<script>alert(7)</script>"></iframe>
                <p onmouseover="alert(8)" style="background:url(javascript:alert(9))">p</p>

                [m](javascript:alert(10)) [n](data:text/html;base64,PHNjcmlwdD4=) ![i](javascript:alert(11))
                <javascript:alert(12)> [r][ref]

                [ref]: vbscript:msgbox(13)

                <object data="x.swf"></object><embed src="x.swf"><form action="https://evil"><input></form>
                """;
        RenderedLesson rendered = renderer.render(hostile, "f.md");
        String tags = String.join(" ", Pattern.compile("<[^>]*>").matcher(rendered.html().toLowerCase(Locale.ROOT))
                .results().map(MatchResult::group).toList());
        String html = rendered.html().toLowerCase(Locale.ROOT);
        assertFalse(html.contains("alert(1)") || html.contains("display:none"), rendered.html());
        for (String forbidden : new String[] {"<script", "<style", "<svg", "<iframe", "<object", "<embed", "<form",
                "<input", "onerror", "onload", "onmouseover", "javascript:", "data:", "vbscript:", "style=", "<img"}) {
            assertFalse(tags.contains(forbidden), () -> forbidden + " survived in " + rendered.html());
        }
        assertFalse(rendered.problems().isEmpty());
    }

    @Test
    void safeMarkdownKeepsStructureLinksGetRelAndImagesKeepTheirMediaPath() {
        RenderedLesson rendered = renderer.render("""
                ## Coût

                | Article | Prix |
                |:--|--:|
                | T-shirt | **25** MAD |

                Voir [le fournisseur](https://example.ma/tissus) ou [écrire](mailto:achat@coop.ma).

                ![Schéma](media/flow.svg "Flux")

                > Conseil

                1. un
                2. deux

                ```
                code
                ```
                """, "f.md");
        String html = rendered.html();
        assertEquals(0, rendered.problems().size());
        assertTrue(html.contains("<h2>Coût</h2>"), html);
        assertTrue(html.contains("<th align=\"left\">Article</th>"), html);
        assertTrue(html.contains("<td align=\"right\"><strong>25</strong> MAD</td>"), html);
        // the sanitizer writes the two rel values in no fixed order
        assertTrue(html.matches("(?s).*<a href=\"https://example.ma/tissus\" rel=\"(nofollow noopener|noopener nofollow)\">"
                + "le fournisseur</a>.*"), html);
        assertTrue(html.contains("href=\"mailto:achat&#64;coop.ma\""), html);
        assertTrue(html.contains("<img src=\"media/flow.svg\" alt=\"Schéma\" title=\"Flux\" />"), html);
        assertTrue(html.contains("<blockquote>"), html);
        assertTrue(html.contains("<ol>"), html);
        assertTrue(html.contains("<pre><code>code"), html);
    }

    @Test
    void aTableScrollsInABoxOfItsOwnThatTakesTheKeyboardAndAnAuthorCannotWriteOne() {
        String html = renderer.render("| Fibre | Usage |\n|---|---|\n| Coton | T-shirts |\n", "lessons/t.fr.md").html();
        assertTrue(html.contains("<div class=\"table-scroll\" tabindex=\"0\"><table>"), html);
        assertTrue(html.contains("</table></div>"), html);
        String forged = renderer.render("<div class=\"table-scroll\" tabindex=\"0\">x</div>\n", "lessons/t.fr.md").html();
        assertFalse(forged.contains("tabindex"), "an author's own tabindex is removed: " + forged);
    }
}

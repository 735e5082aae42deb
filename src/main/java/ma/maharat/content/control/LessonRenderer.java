package ma.maharat.content.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.ImageReference;
import ma.maharat.content.entity.RenderedLesson;

/**
 * Turns a lesson's Markdown (CommonMark + GFM tables) into HTML that is safe to show to every learner,
 * and reports, with the Markdown line, what the author should fix: dangerous raw HTML and links that are
 * not http, https or mailto. Image references are returned for the caller to check against the course's
 * media folder (this class touches no file, so it can also serve a live preview).
 *
 * <p>Image sources stay exactly {@code media/<name>} in the HTML: a path relative to the course that the
 * web layer resolves (for instance by serving the course media under {@code .../<course-id>/media/} or by
 * rewriting the prefix). Any other image source is removed by the sanitizer.
 *
 * <p>Thread-safe: the parser, renderer and policy are immutable.
 */
public final class LessonRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /**
     * Renders and sanitizes one lesson.
     *
     * @param markdown   the lesson source
     * @param lessonFile the file named in problems, relative to modules-content
     */
    public RenderedLesson render(String markdown, String lessonFile) {
        Node document = parser.parse(markdown);
        List<ContentProblem> found = new ArrayList<>();
        FileProblems problems = new FileProblems(lessonFile, found);
        List<ImageReference> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                RawHtmlInspector.inspect(block.getLiteral(), lineOf(block), problems);
            }

            @Override
            public void visit(HtmlInline inline) {
                if (!inline.getLiteral().startsWith("</")) {
                    RawHtmlInspector.inspect(inline.getLiteral(), lineOf(inline), problems);
                }
            }

            @Override
            public void visit(Link link) {
                if (!LessonHtmlPolicy.LINK_ADDRESS.matcher(link.getDestination()).matches()) {
                    problems.add(lineOf(link), "link to '" + link.getDestination()
                            + "' is not allowed: use an address starting with http://, https:// or mailto:");
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                images.add(new ImageReference(image.getDestination(), lineOf(image)));
            }
        });
        String html = scrollableTables(LessonHtmlPolicy.POLICY.sanitize(renderer.render(document)));
        return new RenderedLesson(html, List.copyOf(new LinkedHashSet<>(found)), images);
    }

    /**
     * Each table in a box of its own that scrolls sideways on a phone, rather than the whole page: a table
     * of four columns of long words does not fit 360 pixels, and breaking inside an Arabic word would pull
     * its letters apart. The box takes the keyboard focus (tabindex), so that it can be scrolled without a
     * mouse. Added after sanitizing: the policy lets no author write a tabindex, this renderer may.
     */
    static String scrollableTables(String html) {
        return html.replace("<table>", "<div class=\"table-scroll\" tabindex=\"0\"><table>").replace("</table>", "</table></div>");
    }

    /** 1-based Markdown line of a node (of its nearest ancestor with a source span). */
    private static int lineOf(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            List<SourceSpan> spans = current.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 0;
    }
}

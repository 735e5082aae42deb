package ma.maharat.quiz.control;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import ma.maharat.quiz.question.TextFormat;

/**
 * A question's texts (question, choices, feedback) as safe HTML for the quiz page, following their
 * GIFT format: plain text is escaped, Markdown rendered, and anything that can hold HTML ({@code [html]},
 * {@code [moodle]}, Markdown) goes through a sanitizer that keeps text formatting only: no script, no
 * event handler, no {@code javascript:} link, even from a trusted bank.
 */
public final class QuestionHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "em", "strong", "b", "i", "u", "sub", "sup", "code", "pre",
                    "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a", "span")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(Pattern.compile("(?i)(https?://|mailto:).+")).onElements("a")
            // Only the course's own checked images (the importer verified every media/ reference).
            .allowElements((element, attributes) -> attributes.contains("src") ? element : null, "img")
            .allowAttributes("src").matching(Pattern.compile("media/[A-Za-z0-9_-][A-Za-z0-9._-]*")).onElements("img")
            .allowAttributes("alt").onElements("img")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private QuestionHtml() {
    }

    /**
     * The texts with their images pointed at the course's media address ({@code mediaBase}, ending in
     * {@code /media/}).
     */
    public static String render(String text, TextFormat format, String mediaBase) {
        return render(text, format).replace("src=\"media/", "src=\"" + mediaBase);
    }

    public static String render(String text, TextFormat format) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return switch (format) {
            case PLAIN -> escape(text).replace("\n", "<br>");
            case MARKDOWN -> POLICY.sanitize(RENDERER.render(MARKDOWN.parse(text)));
            // Moodle's auto-format: HTML where the author wrote some, line breaks kept.
            case MOODLE -> POLICY.sanitize(text.replace("\n", "<br>"));
            case HTML -> POLICY.sanitize(text);
        };
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

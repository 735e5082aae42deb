package ma.maharat.content.control;

import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The explicit allow-list for lesson HTML. Lessons are shown to every learner of the platform, so
 * whatever the Markdown contains, only structure and text survive: no script, style, frame, form,
 * event handler or non-web URL. Everything not listed here is removed.
 *
 * <ul>
 *   <li>blocks: h1-h6, p, ul, ol (with {@code start}), li, blockquote, pre, hr, br, and tables
 *       (table, thead, tbody, tr, th, td with {@code align} left/center/right, as GFM tables produce);</li>
 *   <li>inline: em, strong, code (with a {@code language-xxx} class from fenced code blocks);</li>
 *   <li>links: {@code href} only with http://, https:// or mailto:, and always
 *       {@code rel="nofollow noopener"};</li>
 *   <li>images: {@code src} only of the form {@code media/<name>} (a file of the course, kept relative
 *       for the web layer to resolve), with alt and title; an image left without src is dropped.</li>
 * </ul>
 */
final class LessonHtmlPolicy {

    /** The only image source form that survives: a file name directly in the course's media folder. */
    static final Pattern MEDIA_SOURCE = Pattern.compile("media/[A-Za-z0-9_-][A-Za-z0-9._-]*");

    /** The only link addresses that survive. */
    static final Pattern LINK_ADDRESS = Pattern.compile("(?i)(https?://|mailto:).+");

    private static final ElementPolicy IMAGE_NEEDS_SOURCE = (element, attributes) -> hasAttribute(attributes, "src")
            ? element : null;

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "pre",
                    "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "em", "strong", "code", "a")
            .allowElements(IMAGE_NEEDS_SOURCE, "img")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#-]{1,40}")).onElements("code")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(LINK_ADDRESS).onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .requireRelsOnLinks("nofollow", "noopener")
            .allowAttributes("src").matching(MEDIA_SOURCE).onElements("img")
            .allowAttributes("alt").onElements("img")
            .toFactory();

    private LessonHtmlPolicy() {
    }

    private static boolean hasAttribute(List<String> attributes, String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }
}

package ma.maharat.content.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an SVG may be served. An SVG is a document, not just a picture: opened directly from
 * the media URL it can run scripts, follow links and load other resources. Diagrams need none of that,
 * so anything of the kind is refused (strictly, on the text: an author can always remove it).
 */
final class SvgSafety {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern SVG_ROOT = Pattern.compile("<svg[\\s>]", FLAGS);
    private static final Pattern SCRIPT = Pattern.compile("<script", FLAGS);
    private static final Pattern FOREIGN_OBJECT = Pattern.compile("<foreignObject", FLAGS);
    private static final Pattern ENTITY = Pattern.compile("<!ENTITY", FLAGS);
    private static final Pattern START_TAG = Pattern.compile("<[A-Za-z][^>]*>?");
    private static final Pattern EVENT_HANDLER = Pattern.compile("[\\s\"'/](on[a-z]+)\\s*=", FLAGS);
    private static final Pattern JAVASCRIPT = Pattern.compile("javascript\\s*:", FLAGS);
    private static final Pattern HREF = Pattern.compile("(?:xlink:)?href\\s*=\\s*([\"'])\\s*(.*?)\\1", FLAGS);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^'\")\\s]*)", FLAGS);
    private static final Pattern CSS_IMPORT = Pattern.compile("@import", FLAGS);

    private SvgSafety() {
    }

    /**
     * What makes this SVG unsafe, as message endings such as "contains a <script>"; empty when safe.
     */
    static List<String> findUnsafeParts(String svg) {
        Set<String> reasons = new LinkedHashSet<>();
        if (!SVG_ROOT.matcher(svg).find()) {
            reasons.add("is not a real SVG image (no <svg> element)");
        }
        if (SCRIPT.matcher(svg).find()) {
            reasons.add("contains a <script>");
        }
        if (FOREIGN_OBJECT.matcher(svg).find()) {
            reasons.add("contains a <foreignObject> (embedded HTML)");
        }
        if (ENTITY.matcher(svg).find()) {
            reasons.add("contains an XML entity declaration");
        }
        Matcher tag = START_TAG.matcher(svg);
        while (tag.find()) {
            Matcher handler = EVENT_HANDLER.matcher(tag.group());
            while (handler.find()) {
                reasons.add("contains the event handler attribute '" + handler.group(1).toLowerCase(Locale.ROOT) + "'");
            }
        }
        if (JAVASCRIPT.matcher(svg).find()) {
            reasons.add("contains a javascript: link");
        }
        Matcher href = HREF.matcher(svg);
        while (href.find()) {
            addExternal(href.group(2), reasons);
        }
        Matcher url = CSS_URL.matcher(svg);
        while (url.find()) {
            addExternal(url.group(1), reasons);
        }
        if (CSS_IMPORT.matcher(svg).find()) {
            reasons.add("contains a CSS @import");
        }
        return new ArrayList<>(reasons);
    }

    /** Only references to the SVG's own elements ({@code #id}) are allowed. */
    private static void addExternal(String reference, Set<String> reasons) {
        String lower = reference.toLowerCase(Locale.ROOT);
        if (!reference.isEmpty() && !reference.startsWith("#") && !lower.startsWith("javascript")) {
            reasons.add("references the external resource '" + reference + "'");
        }
    }
}

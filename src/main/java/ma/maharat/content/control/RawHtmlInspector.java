package ma.maharat.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlChangeListener;

/**
 * Tells authors about dangerous raw HTML in their Markdown. The sanitizer removes it anyway; this
 * runs the same policy on each raw HTML fragment alone and turns what it discarded into problems, so
 * that a lesson does not silently lose a part the author thought was there (and so that a pasted
 * script is noticed by a person, not just neutralised).
 *
 * <p>Harmless tags that are merely not allowed (div, span, font...) are dropped quietly: their text
 * stays and nothing is lost.
 */
final class RawHtmlInspector {

    private static final Set<String> DANGEROUS_TAGS = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "form", "input", "button", "textarea", "select", "meta", "link", "base",
            "svg", "math", "template", "noscript", "video", "audio", "source", "track", "canvas", "portal");

    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)([^>]*)>?");
    private static final Pattern EVENT_HANDLER =
            Pattern.compile("(?:^|[\\s\"'/])(on[A-Za-z]+)\\s*=", Pattern.CASE_INSENSITIVE);

    /** What the sanitizer reported for one fragment. */
    private record Discard(String tag, String attribute) {
    }

    private static final HtmlChangeListener<List<Discard>> LISTENER = new HtmlChangeListener<>() {
        @Override
        public void discardedTag(List<Discard> discards, String tag) {
            discards.add(new Discard(tag.toLowerCase(Locale.ROOT), null));
        }

        @Override
        public void discardedAttributes(List<Discard> discards, String tag, String... attributes) {
            for (String attribute : attributes) {
                discards.add(new Discard(tag.toLowerCase(Locale.ROOT), attribute.toLowerCase(Locale.ROOT)));
            }
        }
    };

    private RawHtmlInspector() {
    }

    /**
     * Reports the dangerous parts of one raw HTML fragment.
     *
     * @param html      the raw HTML as written in the Markdown
     * @param firstLine 1-based line where the fragment starts
     */
    static void inspect(String html, int firstLine, FileProblems problems) {
        List<Discard> discards = new ArrayList<>();
        LessonHtmlPolicy.POLICY.sanitize(html, LISTENER, discards);
        reportEventHandlers(html, firstLine, problems);
        for (Discard discard : discards) {
            if (discard.attribute() == null) {
                reportTag(html, firstLine, discard.tag(), problems);
            } else if (discard.attribute().equals("href") || discard.attribute().equals("src")) {
                problems.add(lineOf(html, firstLine, "\\s" + discard.attribute() + "\\s*="),
                        "raw HTML address in '" + discard.attribute() + "' of <" + discard.tag()
                                + "> is not allowed and was removed");
            }
        }
    }

    /**
     * Event handlers are looked for in the text itself, because the sanitizer reports only the tag when
     * it drops a whole element ({@code <b onclick>}, {@code <img onerror>}); no {@code on...} attribute is
     * ever allowed, so each one found was stripped.
     */
    private static void reportEventHandlers(String html, int firstLine, FileProblems problems) {
        Matcher tag = START_TAG.matcher(html);
        while (tag.find()) {
            Matcher handler = EVENT_HANDLER.matcher(tag.group(2));
            while (handler.find()) {
                problems.add(lineAt(html, firstLine, tag.start(2) + handler.start(1)),
                        "raw HTML event handler '" + handler.group(1).toLowerCase(Locale.ROOT) + "' on <"
                                + tag.group(1).toLowerCase(Locale.ROOT) + "> is not allowed and was removed");
            }
        }
    }

    private static void reportTag(String html, int firstLine, String tag, FileProblems problems) {
        int line = lineOf(html, firstLine, "<" + Pattern.quote(tag) + "\\b");
        if (DANGEROUS_TAGS.contains(tag)) {
            problems.add(line, "raw HTML <" + tag + "> is not allowed and was removed");
        } else if (tag.equals("a")) {
            problems.add(line, "raw HTML link was removed: only http://, https:// and mailto: addresses are allowed");
        } else if (tag.equals("img")) {
            problems.add(line, "raw HTML image was removed: write images as ![alt text](media/name)");
        }
    }

    /** The line inside the fragment where the pattern first matches (the first line if it does not). */
    private static int lineOf(String html, int firstLine, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(html);
        if (!matcher.find()) {
            return firstLine;
        }
        return lineAt(html, firstLine, matcher.start());
    }

    private static int lineAt(String html, int firstLine, int offset) {
        int line = firstLine;
        for (int i = 0; i < offset; i++) {
            if (html.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}

package ma.maharat.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.content.entity.ImageReference;

/**
 * The images a question bank refers to, with their lines: Markdown {@code ![alt](media/x.png)} in
 * {@code [markdown]} questions and {@code <img src="media/x.png">} in {@code [html]} ones. They are
 * checked and imported exactly like a lesson's images, so a question can only show a checked image of
 * its own course.
 */
final class QuestionImages {

    private static final Pattern MARKDOWN = Pattern.compile("!\\[[^\\]\\n]*\\]\\(\\s*([^)\\s]+)");
    private static final Pattern HTML = Pattern.compile("(?i)<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']+)[\"']");

    private QuestionImages() {
    }

    static List<ImageReference> in(String gift) {
        List<ImageReference> images = new ArrayList<>();
        for (Pattern pattern : List.of(MARKDOWN, HTML)) {
            Matcher matcher = pattern.matcher(gift);
            while (matcher.find()) {
                images.add(new ImageReference(matcher.group(1), lineAt(gift, matcher.start())));
            }
        }
        images.sort(java.util.Comparator.comparingInt(ImageReference::line));
        return images;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}

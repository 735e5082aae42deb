package ma.maharat.quiz.moodle;

import java.util.Optional;
import ma.maharat.quiz.question.TextFormat;

/** Moodle XML's names of text formats, and how a text is written inside an element. */
final class MoodleText {

    private MoodleText() {
    }

    static String formatName(TextFormat format) {
        return switch (format) {
            case HTML -> "html";
            case MOODLE -> "moodle_auto_format";
            case PLAIN -> "plain_text";
            case MARKDOWN -> "markdown";
        };
    }

    static Optional<TextFormat> format(String name) {
        return switch (name) {
            case "html" -> Optional.of(TextFormat.HTML);
            case "moodle_auto_format" -> Optional.of(TextFormat.MOODLE);
            case "plain_text" -> Optional.of(TextFormat.PLAIN);
            case "markdown" -> Optional.of(TextFormat.MARKDOWN);
            default -> Optional.empty();
        };
    }

    /**
     * A text as element content: in a CDATA section, as Moodle writes HTML, when it holds markup characters
     * ({@code ]]>} inside is split across two sections, the only way CDATA can carry it), else escaped.
     */
    static String content(String text) {
        String clean = xmlCharacters(text);
        if (clean.indexOf('<') >= 0 || clean.indexOf('&') >= 0) {
            return "<![CDATA[" + clean.replace("]]>", "]]]]><![CDATA[>") + "]]>";
        }
        return escape(clean);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : xmlCharacters(text).toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Drops the control characters XML 1.0 cannot carry at all (a question text never needs them). */
    private static String xmlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}

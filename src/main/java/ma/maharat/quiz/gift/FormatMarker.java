package ma.maharat.quiz.gift;

import java.util.Optional;
import ma.maharat.quiz.question.TextFormat;

/**
 * A text-format marker such as {@code [html]} at the start of a text. As in Moodle, only the four
 * known names, in lower case, are markers; any other bracketed word is ordinary text.
 *
 * @param format the format named
 * @param end    the index just after the closing {@code ]}
 */
record FormatMarker(TextFormat format, int end) {

    /** The marker starting exactly at {@code at}, if there is one inside [at, to). */
    static Optional<FormatMarker> at(BlockText text, int at, int to) {
        for (TextFormat format : TextFormat.values()) {
            String marker = "[" + format.giftName() + "]";
            if (text.startsWith(marker, at, to)) {
                return Optional.of(new FormatMarker(format, at + marker.length()));
            }
        }
        return Optional.empty();
    }

    /** Whether a model text would be read as starting with a marker, so the writer must protect it. */
    static boolean startsWithMarker(String text) {
        for (TextFormat format : TextFormat.values()) {
            if (text.startsWith("[" + format.giftName() + "]")) {
                return true;
            }
        }
        return false;
    }
}

package ma.maharat.quiz.question;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a question's texts are meant to be rendered. The text itself is stored as the author wrote it;
 * rendering (and sanitising HTML) is the job of whoever displays it, so that one bank can be shown
 * in several places without being re-imported.
 *
 * <p>{@link #MOODLE} is the default, as in Moodle, when a GIFT text has no format marker.
 */
public enum TextFormat {
    HTML("html"),
    MOODLE("moodle"),
    PLAIN("plain"),
    MARKDOWN("markdown");

    private final String giftName;

    TextFormat(String giftName) {
        this.giftName = giftName;
    }

    /** The name used in a GIFT marker such as {@code [html]}. */
    public String giftName() {
        return giftName;
    }

    /** The format whose GIFT marker name is exactly {@code name} (case-sensitive, as in Moodle). */
    public static Optional<TextFormat> fromGiftName(String name) {
        return Arrays.stream(values()).filter(format -> format.giftName.equals(name)).findFirst();
    }
}

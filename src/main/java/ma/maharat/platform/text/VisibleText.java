package ma.maharat.platform.text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * A name as people type it must also be a name others can read and find: the names of people,
 * cooperatives and tokens pass here before they are stored.
 *
 * <p>It is put in one form first (Unicode NFC, blanks around removed, runs of blanks made one space),
 * so that the same name typed on a phone and on a terminal compares equal. Then it is refused when it
 * holds a control character (NUL and its kin), an invisible format character (a zero-width space, a
 * right-to-left override U+202E that turns a name around on screen, a byte-order mark), or nothing
 * visible at all: such a name looks like another one, or like none, and a search never finds it.
 * Pure and thread-safe.
 */
public final class VisibleText {

    /** Why a text was refused. */
    public enum Problem {
        /** A control or invisible format character. */
        INVISIBLE_CHARACTER,
        /** No letter, digit or symbol at all. */
        NOTHING_VISIBLE,
        /** Longer than allowed once normalised. */
        TOO_LONG
    }

    private VisibleText() {
    }

    /** The one form a name is compared and stored in; {@code null} stays {@code null}. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** What is wrong with a (normalised) name, if anything. */
    public static Optional<Problem> problem(String text, int maxLength) {
        if (text == null) {
            return Optional.empty();
        }
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                return Optional.of(Problem.INVISIBLE_CHARACTER);
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.NON_SPACING_MARK
                    && type != Character.ENCLOSING_MARK && c != '\u3164' && c != '\u115F' && c != '\u1160') {
                visible = true;
            }
            i += Character.charCount(c);
        }
        if (!visible) {
            return Optional.of(Problem.NOTHING_VISIBLE);
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }

    /** Whether a password holds a control character (NUL, a line break...), which no keyboard types. */
    public static boolean hasControlCharacter(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }
}

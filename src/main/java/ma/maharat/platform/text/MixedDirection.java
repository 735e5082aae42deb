package ma.maharat.platform.text;

/**
 * Names written in one direction inside a sentence written in the other, for plain text where no
 * {@code <bdi>} exists (PDF lines, Faces messages, the audit log's sentences): a French room name or an
 * e-mail address inside an Arabic sentence, an Arabic cooperative name inside a French one. Without help
 * the Unicode bidirectional algorithm joins the name's neutral characters (digits, dots, dashes,
 * parentheses) to the sentence around it and the words come out in scrambled order.
 *
 * <p>Each such value is wrapped in FIRST STRONG ISOLATE (U+2068) … POP DIRECTIONAL ISOLATE (U+2069): the
 * name takes the direction of its own first letter and the sentence treats it as one neutral block, the
 * plain-text twin of {@code <bdi>}. Both characters are invisible. Pure and thread-safe.
 */
public final class MixedDirection {

    /** FIRST STRONG ISOLATE. */
    public static final char FSI = '\u2068';
    /** POP DIRECTIONAL ISOLATE. */
    public static final char PDI = '\u2069';

    private MixedDirection() {
    }

    /** The text as one isolated block; {@code null} and empty texts stay as they are. */
    public static String isolate(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FSI + text + PDI;
    }

    /**
     * Isolates an argument of a sentence in the given direction when it could be mixed up: in a
     * right-to-left sentence every text argument (names are often Latin there), in a left-to-right one
     * only those that hold right-to-left letters. Left-to-right sentences with left-to-right names stay
     * exactly as typed, with nothing invisible added.
     */
    public static Object isolateArgument(Object argument, boolean rightToLeftSentence) {
        if (!(argument instanceof CharSequence text)) {
            return argument;
        }
        String value = text.toString();
        return rightToLeftSentence || hasRightToLeft(value) ? isolate(value) : value;
    }

    /** Whether the text holds a letter of a right-to-left script (Arabic, Hebrew, Thaana, N'Ko...). */
    public static boolean hasRightToLeft(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The text without isolates, to compare what a reader sees. */
    public static String withoutIsolates(String text) {
        return text == null ? null : text.replace(String.valueOf(FSI), "").replace(String.valueOf(PDI), "");
    }
}

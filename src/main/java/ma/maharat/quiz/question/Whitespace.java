package ma.maharat.quiz.question;

/**
 * Decides which characters are insignificant around texts, so that the model, the GIFT parser and
 * grading all agree on what "the same text" means.
 *
 * <p>Besides ordinary and no-break spaces, the invisible bidirectional marks that Arabic editors
 * insert (LRM, RLM, ALM, embeddings and isolates) and a byte-order mark count as blank: an author
 * cannot see them, so they must neither change the meaning of a GIFT file nor make a trainee's
 * otherwise identical answer wrong.
 */
public final class Whitespace {

    private Whitespace() {
    }

    /** Whether the code point is white space, a no-break space, a bidi mark or a byte-order mark. */
    public static boolean isBlank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || isInvisibleMark(codePoint);
    }

    /** Whether the text is empty or made only of blank code points. */
    public static boolean isBlank(CharSequence text) {
        return text.codePoints().allMatch(Whitespace::isBlank);
    }

    /** The text without blank code points at either end. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isBlank(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /**
     * The form every model text is kept in: line breaks as {@code \n} only, no blank ends. Keeping one
     * canonical form is what lets a written and re-parsed question be {@code equals} to the original.
     */
    public static String canonical(String text) {
        return strip(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /**
     * The form used to compare a trainee's free text with an accepted answer: invisible marks removed,
     * every run of blanks turned into one space, ends stripped.
     */
    public static String collapse(String text) {
        StringBuilder result = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isInvisibleMark(codePoint)) {
                continue;
            }
            if (isBlank(codePoint)) {
                pendingSpace = result.length() > 0;
                continue;
            }
            if (pendingSpace) {
                result.append(' ');
                pendingSpace = false;
            }
            result.appendCodePoint(codePoint);
        }
        return result.toString();
    }

    private static boolean isInvisibleMark(int codePoint) {
        return codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C || codePoint == 0xFEFF
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}

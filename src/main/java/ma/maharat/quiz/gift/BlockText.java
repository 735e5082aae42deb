package ma.maharat.quiz.gift;

import java.util.List;
import ma.maharat.quiz.question.Whitespace;

/**
 * The text of one question block with GIFT escapes resolved, where every character still knows its
 * line and column in the file and whether it was escaped.
 *
 * <p>Resolving escapes first and remembering which characters were escaped lets the parser ask one
 * simple question, "is this an unescaped {@code ~}?", instead of re-reading backslashes everywhere,
 * and keeps error positions exact. The lines are joined with an unescaped {@code \n}.
 */
final class BlockText {

    /** Characters that a backslash turns into literal text; {@code \n} is handled apart. */
    private static final String ESCAPABLE = "~=#{}:\\";

    private final String chars;
    private final boolean[] escaped;
    private final int[] lines;
    private final int[] columns;
    private final SourcePosition end;

    private BlockText(String chars, boolean[] escaped, int[] lines, int[] columns, SourcePosition end) {
        this.chars = chars;
        this.escaped = escaped;
        this.lines = lines;
        this.columns = columns;
        this.end = end;
    }

    static BlockText of(List<SourceLine> sourceLines) {
        int capacity = sourceLines.stream().mapToInt(line -> line.text().length() + 1).sum();
        StringBuilder chars = new StringBuilder(capacity);
        boolean[] escaped = new boolean[capacity];
        int[] lines = new int[capacity];
        int[] columns = new int[capacity];
        SourcePosition end = new SourcePosition(1, 1);
        for (int l = 0; l < sourceLines.size(); l++) {
            SourceLine line = sourceLines.get(l);
            String text = line.text();
            int column = 1;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                int width = 1;
                char value = c;
                boolean isEscaped = false;
                if (c == '\\' && i + 1 < text.length()) {
                    char next = text.charAt(i + 1);
                    if (ESCAPABLE.indexOf(next) >= 0 || next == 'n') {
                        value = next == 'n' ? '\n' : next;
                        isEscaped = true;
                        width = 2;
                    }
                }
                int at = chars.length();
                chars.append(value);
                escaped[at] = isEscaped;
                lines[at] = line.number();
                columns[at] = column;
                i += width;
                // A surrogate pair is one code point: both halves share a column.
                if (!(Character.isHighSurrogate(c) && i < text.length() && Character.isLowSurrogate(text.charAt(i)))) {
                    column += width;
                }
            }
            end = new SourcePosition(line.number(), column);
            if (l < sourceLines.size() - 1) {
                int at = chars.length();
                chars.append('\n');
                lines[at] = line.number();
                columns[at] = column;
            }
        }
        return new BlockText(chars.toString(), escaped, lines, columns, end);
    }

    int length() {
        return chars.length();
    }

    char charAt(int i) {
        return chars.charAt(i);
    }

    /** Whether the character at {@code i} is {@code c} and was not escaped, i.e. is GIFT syntax. */
    boolean isSyntax(int i, char c) {
        return i >= 0 && i < chars.length() && chars.charAt(i) == c && !escaped[i];
    }

    /** Whether {@code syntax} starts at {@code i}, none of its characters escaped. */
    boolean startsWithSyntax(int i, String syntax) {
        for (int k = 0; k < syntax.length(); k++) {
            if (!isSyntax(i + k, syntax.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The first unescaped {@code c} in [from, to), or -1. */
    int indexOfSyntax(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isSyntax(i, c)) {
                return i;
            }
        }
        return -1;
    }

    /** The first unescaped occurrence of {@code syntax} wholly inside [from, to), or -1. */
    int indexOfSyntax(String syntax, int from, int to) {
        for (int i = from; i + syntax.length() <= to; i++) {
            if (startsWithSyntax(i, syntax)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first occurrence of {@code literal} wholly inside [from, to), escaped or not, or -1. The search
     * stops at {@code to}: searching the rest of the block for every answer made a block of many
     * answers cost the square of its length.
     */
    int indexOf(String literal, int from, int to) {
        for (int i = from; i + literal.length() <= to; i++) {
            if (chars.startsWith(literal, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code literal} starts at {@code at} and ends at or before {@code to}, escaped or not. */
    boolean startsWith(String literal, int at, int to) {
        return at >= 0 && at + literal.length() <= to && chars.startsWith(literal, at);
    }

    /** The first index in [from, to) that is not blank, or {@code to}. */
    int skipBlank(int from, int to) {
        int i = from;
        while (i < to && Whitespace.isBlank(chars.codePointAt(i))) {
            i += Character.charCount(chars.codePointAt(i));
        }
        return Math.min(i, to);
    }

    /** The end of [from, to) once blanks at its end are left out. */
    int trimEnd(int from, int to) {
        int i = to;
        while (i > from && Whitespace.isBlank(chars.codePointBefore(i))) {
            i -= Character.charCount(chars.codePointBefore(i));
        }
        return Math.max(i, from);
    }

    /** The characters of [from, to) exactly, escapes resolved. */
    String raw(int from, int to) {
        return chars.substring(from, to);
    }

    /** The text of [from, to) in the model's canonical form. */
    String text(int from, int to) {
        return Whitespace.canonical(raw(from, to));
    }

    /** Where the character at {@code i} came from; past the end, the end of the last line. */
    SourcePosition position(int i) {
        if (i >= chars.length()) {
            return end;
        }
        return new SourcePosition(lines[i], columns[i]);
    }

    GiftSyntaxException error(int i, String message) {
        return new GiftSyntaxException(position(i), message);
    }
}

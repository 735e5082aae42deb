package ma.maharat.quiz.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.maharat.quiz.question.Whitespace;

/**
 * A run of non-blank lines: GIFT separates questions (and {@code $CATEGORY:} lines) by blank lines.
 * Comment lines ({@code //} first on the line) belong to the block but are kept apart, since they
 * are not part of any text; Moodle does the same.
 *
 * @param lines    the non-comment lines, in order
 * @param comments the comment lines, in order
 */
record SourceBlock(List<SourceLine> lines, List<SourceLine> comments) {

    private static final String CASE_SENSITIVE = "@case-sensitive";

    /** Splits a whole file into blocks; a byte-order mark and any line-break convention are accepted. */
    static List<SourceBlock> split(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        String[] physicalLines = text.split("\r\n|\r|\n", -1);
        List<SourceBlock> blocks = new ArrayList<>();
        List<SourceLine> lines = new ArrayList<>();
        List<SourceLine> comments = new ArrayList<>();
        for (int i = 0; i < physicalLines.length; i++) {
            SourceLine line = new SourceLine(i + 1, physicalLines[i]);
            if (Whitespace.isBlank(line.text())) {
                addBlock(blocks, lines, comments);
                lines = new ArrayList<>();
                comments = new ArrayList<>();
            } else if (isComment(line)) {
                comments.add(line);
            } else {
                lines.add(line);
            }
        }
        addBlock(blocks, lines, comments);
        return blocks;
    }

    private static void addBlock(List<SourceBlock> blocks, List<SourceLine> lines, List<SourceLine> comments) {
        if (!lines.isEmpty() || !comments.isEmpty()) {
            blocks.add(new SourceBlock(List.copyOf(lines), List.copyOf(comments)));
        }
    }

    private static boolean isComment(SourceLine line) {
        return Whitespace.strip(line.text()).startsWith("//");
    }

    /** Where the block's {@code // @case-sensitive} directive is, if it has one. */
    Optional<SourcePosition> caseSensitiveDirective() {
        for (SourceLine comment : comments) {
            String text = comment.text();
            int slashes = text.indexOf("//");
            if (Whitespace.strip(text.substring(slashes + 2)).equals(CASE_SENSITIVE)) {
                int at = text.indexOf(CASE_SENSITIVE);
                return Optional.of(new SourcePosition(comment.number(), text.codePointCount(0, at) + 1));
            }
        }
        return Optional.empty();
    }
}

package ma.maharat.quiz.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import ma.maharat.quiz.question.TextFormat;

/**
 * The answers part of a question's {@code {...}} block (general feedback already cut off), with the
 * reading steps every answer type shares: splitting at {@code =}/{@code ~}, reading texts with their
 * format marker, reading feedback, and turning the model's own validation into a located error.
 */
final class AnswerBlock {

    /**
     * More answers than a trainee can read on one screen, far more than any real question (Moodle's
     * forms offer 5 and grow by 3): a block with more is refused before any of them is read, so that a
     * hostile block of 500,000 answers costs one scan.
     */
    static final int MAX_ANSWERS = 100;

    private final BlockText text;
    private final int from;
    private final int to;
    private final int open;
    private final TextFormat format;

    /**
     * @param from   the first index of the answers
     * @param to     the index just after the answers
     * @param open   where the block's opening <code>&#123;</code> is, the place to report errors about the whole block
     * @param format the question's text format, which every text of the block must share
     */
    AnswerBlock(BlockText text, int from, int to, int open, TextFormat format) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.open = open;
        this.format = format;
    }

    BlockText text() {
        return text;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    /** The index of the first non-blank character of the answers. */
    int first() {
        return text.skipBlank(from, to);
    }

    /** The answers, each starting at one of the unescaped {@code markers}. */
    List<RawAnswer> split(String markers) {
        return split(markers, from, to);
    }

    /** The answers in [start, end), each starting at one of the unescaped {@code markers}. */
    List<RawAnswer> split(String markers, int start, int end) {
        List<Integer> starts = new ArrayList<>();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (markers.indexOf(c) >= 0 && text.isSyntax(i, c)) {
                if (starts.size() == MAX_ANSWERS) {
                    throw text.error(i, "a question has at most " + MAX_ANSWERS + " answers; this is answer "
                            + (MAX_ANSWERS + 1));
                }
                starts.add(i);
            }
        }
        int first = text.skipBlank(start, end);
        if (starts.isEmpty() || first < starts.get(0)) {
            throw text.error(first, "unexpected text before the first answer; answers start with '=' or '~'");
        }
        List<RawAnswer> answers = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int at = starts.get(k);
            int next = k + 1 < starts.size() ? starts.get(k + 1) : end;
            answers.add(new RawAnswer(text.charAt(at), at, next));
        }
        return answers;
    }

    /** The weight right after the marker, if written. */
    Optional<GiftWeight> weight(RawAnswer answer) {
        return GiftWeight.read(text, text.skipBlank(answer.contentStart(), answer.end()), answer.end());
    }

    /** The first unescaped {@code #} of [start, end), or {@code end}: where a text stops and its feedback starts. */
    int feedbackMark(int start, int end) {
        int hash = text.indexOfSyntax('#', start, end);
        return hash < 0 ? end : hash;
    }

    /**
     * The text of [start, end): an optional format marker, which must name the question's format
     * since a question has one format, then the text itself.
     */
    String formattedText(int start, int end) {
        int at = text.skipBlank(start, end);
        Optional<FormatMarker> marker = FormatMarker.at(text, at, end);
        if (marker.isPresent()) {
            TextFormat marked = marker.get().format();
            if (marked != format) {
                throw text.error(at, "this text is marked [" + marked.giftName() + "] but the question is ["
                        + format.giftName() + "]; a question has only one text format");
            }
            at = marker.get().end();
        }
        return text.text(at, end);
    }

    /** The feedback after the {@code #} at {@code hash} up to {@code end}; empty when there is no {@code #}. */
    String feedback(int hash, int end) {
        if (hash >= end) {
            return "";
        }
        int second = text.indexOfSyntax('#', hash + 1, end);
        if (second >= 0) {
            throw text.error(second, "unexpected '#': an answer has only one feedback; write \\# for a literal '#'");
        }
        return formattedText(hash + 1, end);
    }

    /**
     * Builds a model object, reporting its validation failure (no correct answer, too few choices...)
     * at the opening <code>&#123;</code>.
     */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** An error about the block as a whole, reported at its opening <code>&#123;</code>. */
    GiftSyntaxException error(String message) {
        return text.error(open, message);
    }
}

package ma.maharat.quiz.gift;

import java.util.Locale;
import java.util.Set;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.TrueFalseQuestion;

/**
 * Reads {@code {T}}, {@code {TRUE}}, {@code {F}}, {@code {FALSE}}, optionally followed by
 * {@code #feedback when wrong#feedback when right}. The keywords are upper case only, as in Moodle;
 * a lower-case one is reported rather than read as a short answer.
 */
final class TrueFalseAnswer {

    private static final Set<String> KEYWORDS = Set.of("T", "TRUE", "F", "FALSE");

    private TrueFalseAnswer() {
    }

    /** Whether the answers are a true/false keyword, in any case, before any feedback. */
    static boolean isKeyword(AnswerBlock block, boolean ignoreCase) {
        String keyword = keyword(block);
        return ignoreCase ? KEYWORDS.contains(keyword.toUpperCase(Locale.ROOT)) : KEYWORDS.contains(keyword);
    }

    static TrueFalseQuestion read(AnswerBlock block, QuestionHeader header) {
        BlockText text = block.text();
        boolean correctAnswer = keyword(block).startsWith("T");
        int wrongMark = block.feedbackMark(block.first(), block.to());
        if (wrongMark == block.to()) {
            return TrueFalseQuestion.of(header, correctAnswer);
        }
        int rightMark = block.feedbackMark(wrongMark + 1, block.to());
        String wrongFeedback = block.formattedText(wrongMark + 1, rightMark);
        String rightFeedback = "";
        if (rightMark < block.to()) {
            int extra = text.indexOfSyntax('#', rightMark + 1, block.to());
            if (extra >= 0) {
                throw text.error(extra, "a true/false answer has at most two feedbacks, '#wrong#right';"
                        + " write \\# for a literal '#'");
            }
            rightFeedback = block.formattedText(rightMark + 1, block.to());
        }
        return new TrueFalseQuestion(header, correctAnswer, wrongFeedback, rightFeedback);
    }

    private static String keyword(AnswerBlock block) {
        return block.text().text(block.first(), block.feedbackMark(block.first(), block.to()));
    }
}

package ma.maharat.quiz.gift;

import java.util.ArrayList;
import java.util.List;
import ma.maharat.quiz.question.MatchingPair;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.QuestionHeader;

/**
 * Reads a block of {@code =prompt -> answer} pairs. The prompt may carry a format marker, the answer
 * is plain text, as in Moodle. Moodle would keep a {@code #} in a pair as text; it is reported here
 * because it is almost always feedback the author expected to work.
 */
final class MatchingAnswers {

    private MatchingAnswers() {
    }

    static MatchingQuestion read(AnswerBlock block, QuestionHeader header) {
        List<MatchingPair> pairs = new ArrayList<>();
        for (RawAnswer answer : block.split("=")) {
            pairs.add(pair(block, answer));
        }
        return block.build(() -> new MatchingQuestion(header, pairs));
    }

    private static MatchingPair pair(AnswerBlock block, RawAnswer answer) {
        BlockText text = block.text();
        int start = answer.contentStart();
        int end = answer.end();
        int hash = text.indexOfSyntax('#', start, end);
        if (hash >= 0) {
            throw text.error(hash, "a matching pair cannot have feedback; write \\# for a literal '#'");
        }
        int arrow = text.indexOf("->", start, end);
        if (arrow < 0) {
            throw text.error(answer.markerIndex(), "this matching pair has no '->' between its prompt and its answer");
        }
        String prompt = block.formattedText(start, arrow);
        if (prompt.isEmpty()) {
            throw text.error(answer.markerIndex(), "this matching pair has no prompt before '->'"
                    + " (extra answers without a prompt are not supported)");
        }
        String pairAnswer = text.text(arrow + 2, end);
        if (pairAnswer.isEmpty()) {
            throw text.error(arrow, "this matching pair has no answer after '->'");
        }
        return new MatchingPair(prompt, pairAnswer);
    }
}

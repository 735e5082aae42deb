package ma.maharat.quiz.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.maharat.quiz.question.NumericTarget;
import ma.maharat.quiz.question.NumericalAnswer;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.ValueRange;
import ma.maharat.quiz.question.ValueWithTolerance;
import ma.maharat.quiz.question.Weight;

/**
 * Reads a block starting with {@code #}: one answer ({@code {#1822}}, {@code {#1822:5}},
 * {@code {#1817..1827}}, each with an optional {@code #feedback}) or a list of {@code =} answers with
 * weights ({@code {#=1822:0 =%50%1822:2#close}}).
 */
final class NumericalAnswers {

    private NumericalAnswers() {
    }

    static NumericalQuestion read(AnswerBlock block, QuestionHeader header) {
        BlockText text = block.text();
        int hash = block.first();
        int bodyStart = hash + 1;
        int tilde = text.indexOfSyntax('~', bodyStart, block.to());
        if (tilde >= 0) {
            throw text.error(tilde, "'~' (feedback for any other number) is not supported in numerical questions");
        }
        int first = text.skipBlank(bodyStart, block.to());
        if (first == block.to()) {
            throw text.error(hash, "the numerical answer block has no number after '#'");
        }
        List<NumericalAnswer> answers = new ArrayList<>();
        if (text.isSyntax(first, '=')) {
            for (RawAnswer answer : block.split("=", bodyStart, block.to())) {
                answers.add(listed(block, answer));
            }
        } else {
            int feedbackMark = block.feedbackMark(first, block.to());
            answers.add(new NumericalAnswer(target(text, first, feedbackMark), Weight.FULL,
                    block.feedback(feedbackMark, block.to())));
        }
        return block.build(() -> new NumericalQuestion(header, answers));
    }

    private static NumericalAnswer listed(AnswerBlock block, RawAnswer answer) {
        BlockText text = block.text();
        Weight weight = Weight.FULL;
        int valueStart = answer.contentStart();
        Optional<GiftWeight> written = block.weight(answer);
        if (written.isPresent()) {
            weight = written.get().weight();
            if (weight.isNegative()) {
                throw text.error(text.skipBlank(valueStart, answer.end()),
                        "negative weights are only allowed in multiple-choice answers");
            }
            valueStart = written.get().end();
        }
        int feedbackMark = block.feedbackMark(valueStart, answer.end());
        return new NumericalAnswer(target(text, valueStart, feedbackMark), weight,
                block.feedback(feedbackMark, answer.end()));
    }

    /** {@code value}, {@code value:tolerance} or {@code min..max} in [from, to). */
    private static NumericTarget target(BlockText text, int from, int to) {
        int start = text.skipBlank(from, to);
        int end = text.trimEnd(start, to);
        int dots = text.indexOf("..", start, end);
        if (dots >= 0) {
            BigDecimal min = GiftNumber.read(text, start, dots, "the range minimum");
            BigDecimal max = GiftNumber.read(text, dots + 2, end, "the range maximum");
            if (min.compareTo(max) > 0) {
                throw text.error(start, "the range minimum " + min.toPlainString()
                        + " is greater than its maximum " + max.toPlainString());
            }
            return new ValueRange(min, max);
        }
        int colon = text.indexOfSyntax(':', start, end);
        if (colon < 0) {
            return new ValueWithTolerance(GiftNumber.read(text, start, end, "the number"), BigDecimal.ZERO);
        }
        BigDecimal value = GiftNumber.read(text, start, colon, "the number");
        BigDecimal tolerance = GiftNumber.read(text, colon + 1, end, "the tolerance");
        if (tolerance.signum() < 0) {
            throw text.error(text.skipBlank(colon + 1, end),
                    "the tolerance " + tolerance.toPlainString() + " must not be negative");
        }
        return new ValueWithTolerance(value, tolerance);
    }
}

package ma.maharat.quiz.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.Weight;

/** Reads a block of {@code =} answers with no {@code ->}: the texts a short-answer question accepts. */
final class ShortAnswers {

    private ShortAnswers() {
    }

    static ShortAnswerQuestion read(AnswerBlock block, QuestionHeader header, boolean caseSensitive) {
        List<AcceptedAnswer> answers = new ArrayList<>();
        for (RawAnswer answer : block.split("=")) {
            answers.add(accepted(block, answer));
        }
        return block.build(() -> new ShortAnswerQuestion(header, answers, caseSensitive));
    }

    private static AcceptedAnswer accepted(AnswerBlock block, RawAnswer answer) {
        BlockText text = block.text();
        Weight weight = Weight.FULL;
        int textStart = answer.contentStart();
        Optional<GiftWeight> written = block.weight(answer);
        if (written.isPresent()) {
            weight = written.get().weight();
            if (weight.isNegative()) {
                throw text.error(text.skipBlank(textStart, answer.end()),
                        "negative weights are only allowed in multiple-choice answers");
            }
            textStart = written.get().end();
        }
        int hash = block.feedbackMark(textStart, answer.end());
        String answerText = block.formattedText(textStart, hash);
        if (answerText.isEmpty()) {
            throw text.error(answer.markerIndex(), "the answer after '=' has no text");
        }
        return new AcceptedAnswer(answerText, weight, block.feedback(hash, answer.end()));
    }
}

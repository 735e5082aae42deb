package ma.maharat.quiz.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.ChoiceSelection;
import ma.maharat.quiz.question.ChoiceSelections;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MatchingResponse;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumberResponse;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.Response;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TextResponse;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.TrueFalseResponse;
import ma.maharat.quiz.question.ValueRange;
import ma.maharat.quiz.question.ValueWithTolerance;

/**
 * A response that earns a question's full marks: what the demo data's trainees answer when they pass
 * a quiz, and what tests and the load benchmark send to know the score to expect.
 */
public final class AnswerKey {

    private AnswerKey() {
    }

    public static Response rightResponse(Question question) {
        if (question instanceof SingleChoiceQuestion single) {
            return new ChoiceSelection(IntStream.range(0, single.choices().size())
                    .filter(i -> single.choices().get(i).weight().isFull()).findFirst().orElseThrow());
        }
        if (question instanceof MultipleResponseQuestion multiple) {
            Set<Integer> positive = IntStream.range(0, multiple.choices().size())
                    .filter(i -> multiple.choices().get(i).weight().isPositive()).boxed().collect(Collectors.toSet());
            return new ChoiceSelections(positive);
        }
        if (question instanceof TrueFalseQuestion trueFalse) {
            return new TrueFalseResponse(trueFalse.correctAnswer());
        }
        if (question instanceof ShortAnswerQuestion shortAnswer) {
            return new TextResponse(shortAnswer.answers().stream().filter(a -> a.weight().isFull())
                    .map(AcceptedAnswer::text).findFirst().orElseThrow());
        }
        if (question instanceof NumericalQuestion numerical) {
            return numerical.answers().stream().filter(a -> a.weight().isFull()).findFirst()
                    .map(a -> a.target() instanceof ValueWithTolerance exact ? new NumberResponse(exact.value())
                            : new NumberResponse(((ValueRange) a.target()).min()))
                    .orElseThrow();
        }
        MatchingQuestion matching = (MatchingQuestion) question;
        Map<Integer, String> pairs = new HashMap<>();
        IntStream.range(0, matching.pairs().size()).forEach(i -> pairs.put(i, matching.pairs().get(i).answer()));
        return new MatchingResponse(pairs);
    }

    /** The right response of a stored question, as the quiz page would send it. */
    public static String rightResponseJson(String questionGift) {
        return ResponseCodec.canonical(rightResponse(QuestionCache.parse(questionGift)));
    }
}

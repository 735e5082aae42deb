package ma.maharat.quiz.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.CalculatedVariable;
import ma.maharat.quiz.calculated.DrawnValues;
import ma.maharat.quiz.entity.AttemptAnswer;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.ChoiceSelection;
import ma.maharat.quiz.question.ChoiceSelections;
import ma.maharat.quiz.question.MatchingPair;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MatchingResponse;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumberResponse;
import ma.maharat.quiz.question.NumericalAnswer;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.Response;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TextResponse;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.TrueFalseResponse;

/**
 * One answer of an attempt as a trainer reads it in plain text, for the per-response export and, for a
 * calculated question, the item analysis's row of each trainee: her values (drawn for her attempt), the right
 * answer (for her values), her answer as she gave it, and the share of the marks she earned. Everything comes
 * from what the attempt stored (the question as asked, the template and values, her response), so a later
 * edit of the bank changes none of it.
 *
 * @param attempt   the attempt, with its trainee
 * @param question  the question's name
 * @param values    a calculated question's values by name, as the export writes them ({@code pieces=125; price=31,5});
 *                  empty for other questions
 * @param labelled  the same values with their labels in the reader's language ({@code pièces = 125 ; prix = 31,5})
 * @param rightAnswer the right answer (a calculated question's: for her values, with its unit in the reader's language)
 * @param given     her answer as given (a number as she typed it), empty when she did not answer
 * @param fraction  the share of the marks earned, null before grading
 */
public record AnswerRow(QuizAttempt attempt, String question, String values, String labelled, String rightAnswer, String given,
        BigDecimal fraction) {

    /** The words a true/false answer is written with in the reader's language. */
    public record Words(String yes, String no) {
    }

    /** Whether she earned all the marks. */
    public boolean isRight() {
        return fraction != null && fraction.compareTo(BigDecimal.ONE) >= 0;
    }

    public boolean isAnswered() {
        return !given.isEmpty();
    }

    /** The marks as a plain number with the reader's separator ({@code 1}, {@code 0,5}), empty before grading. */
    public String points(Language language) {
        return fraction == null ? "" : CalculatedQuestion.written(fraction, language);
    }

    /**
     * @param language the reader's language: labels, and numbers with a decimal comma except in English
     * @throws ma.maharat.trade.TradeFormula.FormulaException only if a calculated question's stored values no longer solve
     */
    public static AnswerRow of(AttemptAnswer answer, Language language, Words words) {
        boolean comma = language != Language.EN;
        Question question = QuestionCache.parse(answer.getQuestionGift());
        Optional<Response> response = ResponseCodec.stored(question, answer.getResponse());
        String given = response.map(r -> given(question, r, answer.getResponse(), comma, words)).orElse("");
        String right = right(question, comma, words);
        String values = "";
        String labelled = "";
        if (answer.getCalculation().isPresent()) {
            CalculatedQuestion calculated = CalculatedQuestions.parse(answer.getCalculation().get());
            Map<String, BigDecimal> drawn = DrawnValues.read(answer.getDrawnValues());
            List<String> named = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (CalculatedVariable variable : calculated.variables()) {
                String value = drawn.containsKey(variable.name()) ? CalculatedQuestion.written(drawn.get(variable.name()), language) : "";
                named.add(variable.name() + "=" + value);
                labels.add(variable.label(language) + " = " + value);
            }
            values = String.join("; ", named);
            // The Arabic semicolon between an Arabic reader's labels, French spacing otherwise.
            labelled = String.join(language == Language.AR ? " ؛ " : " ; ", labels);
            // The reader's language, as the labels: one export, one language, whichever language each trainee took it in.
            String unit = calculated.unit(language);
            right = CalculatedQuestion.written(calculated.solve(drawn).answer(), language) + (unit.isEmpty() ? "" : " " + unit);
        }
        return new AnswerRow(answer.getAttempt(), answer.getQuestionName(), values, labelled, right, given, answer.getFraction());
    }

    private static String given(Question question, Response response, String stored, boolean comma, Words words) {
        if (question instanceof SingleChoiceQuestion single) {
            return single.choices().get(((ChoiceSelection) response).index()).text();
        } else if (question instanceof MultipleResponseQuestion multiple) {
            return ((ChoiceSelections) response).indexes().stream().sorted().map(index -> multiple.choices().get(index).text())
                    .collect(Collectors.joining(" | "));
        } else if (question instanceof TrueFalseQuestion) {
            return ((TrueFalseResponse) response).value() ? words.yes() : words.no();
        } else if (question instanceof ShortAnswerQuestion) {
            return ((TextResponse) response).text();
        } else if (question instanceof NumericalQuestion) {
            String typed = ((NumberResponse) response).typed();
            return typed != null ? typed : SlotView.decimal(SlotView.storedNumber(stored), comma);
        } else if (question instanceof MatchingQuestion matching) {
            Map<Integer, String> chosen = ((MatchingResponse) response).answersByPair();
            List<String> pairs = new ArrayList<>();
            for (int pair = 0; pair < matching.pairs().size(); pair++) {
                pairs.add(matching.pairs().get(pair).prompt() + " → " + chosen.getOrDefault(pair, "—"));
            }
            return String.join(" | ", pairs);
        }
        return "";
    }

    private static String right(Question question, boolean comma, Words words) {
        if (question instanceof SingleChoiceQuestion single) {
            return single.choices().stream().filter(choice -> choice.weight().isFull()).map(Choice::text).findFirst()
                    .orElse(single.choices().stream().filter(choice -> choice.weight().isPositive()).map(Choice::text).findFirst().orElse(""));
        } else if (question instanceof MultipleResponseQuestion multiple) {
            return multiple.choices().stream().filter(choice -> choice.weight().isPositive()).map(Choice::text)
                    .collect(Collectors.joining(" | "));
        } else if (question instanceof TrueFalseQuestion trueFalse) {
            return trueFalse.correctAnswer() ? words.yes() : words.no();
        } else if (question instanceof ShortAnswerQuestion shortAnswer) {
            return shortAnswer.answers().stream().filter(a -> a.weight().isFull()).map(AcceptedAnswer::text).findFirst()
                    .orElse(shortAnswer.answers().get(0).text());
        } else if (question instanceof NumericalQuestion numerical) {
            NumericalAnswer best = numerical.answers().stream().filter(a -> a.weight().isFull()).findFirst().orElse(numerical.answers().get(0));
            return SlotView.decimal(SlotView.describe(best), comma);
        } else if (question instanceof MatchingQuestion matching) {
            return matching.pairs().stream().map(AnswerRow::pair).collect(Collectors.joining(" | "));
        }
        return "";
    }

    private static String pair(MatchingPair pair) {
        return pair.prompt() + " → " + pair.answer();
    }
}

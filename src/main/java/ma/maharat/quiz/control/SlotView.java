package ma.maharat.quiz.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.maharat.quiz.calculated.DrawnValues;
import ma.maharat.quiz.calculated.WorkedSolution;
import ma.maharat.quiz.entity.AttemptAnswer;
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
import ma.maharat.quiz.question.TextFormat;
import ma.maharat.quiz.question.TextResponse;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.TrueFalseResponse;
import ma.maharat.quiz.question.ValueRange;
import ma.maharat.quiz.question.ValueWithTolerance;

/**
 * One question of an attempt as the quiz and result pages show it: texts as safe HTML, options in the
 * attempt's order with what the trainee chose, and (for the result page, when the quiz's review
 * settings allow it) the right answers, the feedback and the marks earned.
 *
 * @param type     the question type's wire name ({@code single_choice}, ...), which the page's script reads
 * @param options  choices (single choice, multiple response) in the order shown, by original index
 * @param prompts  matching prompts, each with the answers to pick from in the order shown
 * @param text     what was typed (short answer, numerical), empty when nothing
 * @param verdict  true/false: "true", "false" or "" when not answered
 * @param response the saved answer as JSON, {@code null} when none
 * @param fraction the share of the marks earned, once graded
 * @param worked   a calculated question's worked solution with her values, {@code null} for other questions
 *                 and while the attempt runs
 * @param calculated whether the question is calculated (asked with this attempt's own values)
 * @param unit     a calculated question's unit in the attempt's language («DH», «قطعة»), shown beside the answer
 *                 box and with the answers; from the template stored with the attempt, so a later bank edit does
 *                 not change it; empty for other questions
 */
public record SlotView(int slot, int number, String type, String html, List<Option> options, List<Prompt> prompts,
        String text, String verdict, String response, int revision, BigDecimal fraction, String rightAnswerHtml,
        List<String> feedbackHtml, WorkedSolution worked, boolean calculated, String unit) {

    /** Looked up once, as in {@link ResponseCodec}. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    /** A choice: its original index, its text, whether chosen, and on review whether it earns marks. */
    public record Option(int index, String html, boolean selected, boolean earnsMarks, String feedbackHtml) {}

    /** A matching prompt: its pair index, its text, the answer chosen and the answers to choose from. */
    public record Prompt(int pair, String html, String chosen, List<String> answers, String rightAnswer) {

        /** Whether the answer chosen for this prompt is its match (the result page marks each pair). */
        public boolean isRight() {
            return chosen.equals(rightAnswer);
        }
    }

    /**
     * How the question went, for the result page's mark (an icon and a word, never colour alone):
     * {@code right} with all its marks, {@code wrong} with none (or unanswered), {@code partly} in
     * between, empty before grading.
     */
    public String mark() {
        if (fraction == null) {
            return "";
        }
        if (fraction.compareTo(BigDecimal.ONE) >= 0) {
            return "right";
        }
        return fraction.signum() > 0 ? "partly" : "wrong";
    }

    /** The marks earned in percent, rounded to a whole number, for display; empty before grading. */
    public String marks() {
        return fraction == null ? "" : fraction.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public boolean isAnswered() {
        return response != null;
    }

    /** @param mediaBase the address of the course's images, ending in {@code /media/} */
    public static SlotView of(AttemptAnswer answer, String mediaBase) {
        return of(answer, mediaBase, false);
    }

    /**
     * @param mediaBase    the address of the course's images, ending in {@code /media/}
     * @param decimalComma numbers written with a decimal comma, as French and Moroccan Arabic readers write them
     *     ({@code 0,44}); the stored answer keeps the point the quiz page sends
     */
    public static SlotView of(AttemptAnswer answer, String mediaBase, boolean decimalComma) {
        java.util.function.BiFunction<String, TextFormat, String> render = (text, format) -> QuestionHtml.render(text, format, mediaBase);
        Question question = QuestionCache.parse(answer.getQuestionGift());
        Optional<Response> response = ResponseCodec.stored(question, answer.getResponse());
        TextFormat format = question.format();
        List<Option> options = new ArrayList<>();
        List<Prompt> prompts = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        String text = "";
        String verdict = "";
        String right = "";
        if (question instanceof SingleChoiceQuestion single) {
            Integer chosen = response.map(r -> ((ChoiceSelection) r).index()).orElse(null);
            for (int index : answer.getChoiceOrder()) {
                Choice choice = single.choices().get(index);
                boolean selected = Integer.valueOf(index).equals(chosen);
                options.add(new Option(index, render.apply(choice.text(), format), selected, choice.weight().isPositive(),
                        render.apply(choice.feedback(), format)));
                if (selected && !choice.feedback().isEmpty()) {
                    feedback.add(render.apply(choice.feedback(), format));
                }
            }
        } else if (question instanceof MultipleResponseQuestion multiple) {
            var chosen = response.map(r -> ((ChoiceSelections) r).indexes()).orElse(java.util.Set.of());
            for (int index : answer.getChoiceOrder()) {
                Choice choice = multiple.choices().get(index);
                boolean selected = chosen.contains(index);
                options.add(new Option(index, render.apply(choice.text(), format), selected, choice.weight().isPositive(),
                        render.apply(choice.feedback(), format)));
                if (selected && !choice.feedback().isEmpty()) {
                    feedback.add(render.apply(choice.feedback(), format));
                }
            }
        } else if (question instanceof TrueFalseQuestion trueFalse) {
            verdict = response.map(r -> Boolean.toString(((TrueFalseResponse) r).value())).orElse("");
            right = Boolean.toString(trueFalse.correctAnswer());
            if (!verdict.isEmpty()) {
                String said = verdict.equals(right) ? trueFalse.rightFeedback() : trueFalse.wrongFeedback();
                if (!said.isEmpty()) {
                    feedback.add(render.apply(said, format));
                }
            }
        } else if (question instanceof ShortAnswerQuestion shortAnswer) {
            text = response.map(r -> ((TextResponse) r).text()).orElse("");
            right = QuestionHtml.escape(shortAnswer.answers().stream().filter(a -> a.weight().isFull())
                    .map(AcceptedAnswer::text).findFirst().orElse(shortAnswer.answers().get(0).text()));
            String typed = text;
            shortAnswer.answers().stream().filter(a -> a.matches(typed, shortAnswer.caseSensitive()) && !a.feedback().isEmpty())
                    .findFirst().ifPresent(a -> feedback.add(render.apply(a.feedback(), format)));
        } else if (question instanceof NumericalQuestion numerical) {
            // As she typed it («0,44», «٠٫٤٤») when the page sent that; else the number as stored (its own
            // digits, trailing zeros kept), not as re-parsed: "0.440" stays "0,440".
            text = response.map(r -> ((NumberResponse) r).typed())
                    .orElse(response.isPresent() ? decimal(storedNumber(answer.getResponse()), decimalComma) : "");
            NumericalAnswer best = numerical.answers().stream().filter(a -> a.weight().isFull()).findFirst()
                    .orElse(numerical.answers().get(0));
            right = decimal(describe(best), decimalComma);
            response.ifPresent(r -> numerical.answers().stream()
                    .filter(a -> a.target().accepts(((NumberResponse) r).value()) && !a.feedback().isEmpty())
                    .findFirst().ifPresent(a -> feedback.add(render.apply(a.feedback(), format))));
        } else if (question instanceof MatchingQuestion matching) {
            Map<Integer, String> chosen = response.map(r -> ((MatchingResponse) r).answersByPair()).orElse(Map.of());
            List<String> all = AttemptLayout.matchingAnswers(matching);
            List<String> shown = answer.getChoiceOrder().stream().map(all::get).toList();
            for (int pair = 0; pair < matching.pairs().size(); pair++) {
                MatchingPair item = matching.pairs().get(pair);
                prompts.add(new Prompt(pair, render.apply(item.prompt(), format), chosen.getOrDefault(pair, ""), shown,
                        item.answer()));
            }
        }
        if (!question.generalFeedback().isEmpty()) {
            feedback.add(render.apply(question.generalFeedback(), format));
        }
        return new SlotView(answer.getSlot(), answer.getSlot() + 1, question.type().wireName(),
                render.apply(question.text(), format), options, prompts, text, verdict, answer.getResponse(),
                answer.getRevision(), answer.getFraction(), right, feedback, worked(answer, response),
                answer.getCalculation().isPresent(), unit(answer));
    }

    /** The unit of a calculated question as the attempt stored its template, in the language it was asked in. */
    private static String unit(AttemptAnswer answer) {
        return answer.getCalculation().map(template -> CalculatedQuestions.parse(template).unit(answer.getLanguage())).orElse("");
    }

    /** The worked solution of a calculated question, with the values this attempt drew and her number. */
    private static WorkedSolution worked(AttemptAnswer answer, Optional<Response> response) {
        if (answer.getCalculation().isEmpty() || !answer.isAttemptOver()) {
            return null;
        }
        return answer.getCalculation().map(template -> WorkedSolution.of(CalculatedQuestions.parse(template),
                DrawnValues.read(answer.getDrawnValues()),
                response.map(r -> ((NumberResponse) r).value()).orElse(null), answer.getLanguage())).orElse(null);
    }

    /** The text of a stored numerical answer ({@code {"number": "0.44"}}), which {@link ResponseCodec#read} accepted. */
    static String storedNumber(String json) {
        try (var reader = JSON.createReader(new java.io.StringReader(json))) {
            return reader.readObject().getString("number");
        }
    }

    /** A plain decimal ({@code 0.44}, {@code 1 – 2.5}) with the reader's decimal separator. */
    static String decimal(String plain, boolean comma) {
        return comma ? plain.replace('.', ',') : plain;
    }

    static String describe(NumericalAnswer answer) {
        if (answer.target() instanceof ValueWithTolerance exact) {
            return exact.tolerance().signum() == 0 ? exact.value().toPlainString()
                    : exact.value().toPlainString() + " ± " + exact.tolerance().toPlainString();
        }
        ValueRange range = (ValueRange) answer.target();
        return range.min().toPlainString() + " – " + range.max().toPlainString();
    }
}

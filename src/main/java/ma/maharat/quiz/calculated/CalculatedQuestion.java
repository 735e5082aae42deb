package ma.maharat.quiz.calculated;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.question.NumericalAnswer;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.TextFormat;
import ma.maharat.quiz.question.ValueWithTolerance;
import ma.maharat.trade.TradeFormula;

/**
 * A calculated question: named variables with the values they may take, intermediate steps, the answer's
 * formula with its tolerance, the sensible range every answer must fall in, and the text in each language
 * with {@code {variable}} where a value goes.
 *
 * <p>An attempt {@linkplain #draw draws} one value per variable and asks the question as a GIFT numerical
 * question with those numbers ({@link #asked}); the draw is kept with the attempt, so grading, the result
 * page and the {@linkplain #solve worked solution} all use her numbers.
 */
public record CalculatedQuestion(String name, String category, List<CalculatedVariable> variables, List<CalculatedStep> steps,
        TradeFormula answer, Tolerance tolerance, BigDecimal lowest, BigDecimal highest, Map<Language, String> units,
        Map<Language, String> texts) {

    /** {@code {name}} in a text: where a variable's value is written. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    public CalculatedQuestion {
        variables = List.copyOf(variables);
        steps = List.copyOf(steps);
        units = Map.copyOf(units);
        texts = Map.copyOf(texts);
    }

    /** How many draws there are: the product of the variables' value counts. */
    public long gridSize() {
        long size = 1;
        for (CalculatedVariable variable : variables) {
            size = Math.multiplyExact(size, variable.values().size());
        }
        return size;
    }

    /** One value per variable, each picked uniformly from its values: the same random seed gives the same draw. */
    public Map<String, BigDecimal> draw(Random random) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (CalculatedVariable variable : variables) {
            values.put(variable.name(), variable.values().get(random.nextInt(variable.values().size())));
        }
        return values;
    }

    /** The draw number {@code index} of the whole grid (0 to {@link #gridSize()} - 1), to check every draw. */
    public Map<String, BigDecimal> gridPoint(long index) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        long rest = index;
        for (CalculatedVariable variable : variables) {
            int count = variable.values().size();
            values.put(variable.name(), variable.values().get((int) (rest % count)));
            rest /= count;
        }
        return values;
    }

    /**
     * The steps and the answer for a draw, with the trade calculations each one called.
     *
     * @throws TradeFormula.FormulaException when a formula cannot be evaluated with these values
     */
    public Solution solve(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> known = new LinkedHashMap<>(values);
        List<StepResult> results = new ArrayList<>();
        for (CalculatedStep step : steps) {
            TradeFormula.Evaluation evaluation = step.formula().evaluateShowingCalls(known);
            known.put(step.name(), evaluation.value());
            results.add(new StepResult(step, evaluation.value(), evaluation.calls()));
        }
        TradeFormula.Evaluation evaluation = answer.evaluateShowingCalls(known);
        return new Solution(values, results, evaluation.value(), evaluation.calls(), tolerance.around(evaluation.value()));
    }

    /** The question as asked with these values, a GIFT numerical question graded with the tolerance. */
    public NumericalQuestion asked(Language language, Map<String, BigDecimal> values) {
        Solution solution = solve(values);
        QuestionHeader header = new QuestionHeader(name, category, text(language, values), TextFormat.MOODLE, "");
        return new NumericalQuestion(header, List.of(NumericalAnswer.of(new ValueWithTolerance(solution.answer(), solution.tolerance()))));
    }

    /** The text in a language with the values written in, in Western digits with the language's decimal separator. */
    public String text(Language language, Map<String, BigDecimal> values) {
        Matcher matcher = PLACEHOLDER.matcher(Labels.in(texts, language, ""));
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            BigDecimal value = values.get(matcher.group(1));
            matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? matcher.group() : written(value, language)));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /** The text as written, {@code {variables}} and all: what the question is whatever the draw. */
    public String template(Language language) {
        return Labels.in(texts, language, "");
    }

    public String unit(Language language) {
        return Labels.in(units, language, "");
    }

    /** A number as the trainee reads it: Western digits, a decimal comma in Arabic and French (ADR 0003). */
    public static String written(BigDecimal value, Language language) {
        String plain = value.stripTrailingZeros().toPlainString();
        return language == Language.EN ? plain : plain.replace('.', ',');
    }

    /** An intermediate result with the trade calculations it called. */
    public record StepResult(CalculatedStep step, BigDecimal value, List<TradeFormula.TableCall> calls) {
    }

    /** A solved draw: the values, the steps, the answer and the accepted distance from it. */
    public record Solution(Map<String, BigDecimal> values, List<StepResult> steps, BigDecimal answer,
            List<TradeFormula.TableCall> answerCalls, BigDecimal tolerance) {

        /** Whether a trainee's number is close enough to the answer. */
        public boolean accepts(BigDecimal given) {
            return given.subtract(answer).abs().compareTo(tolerance) <= 0;
        }
    }
}

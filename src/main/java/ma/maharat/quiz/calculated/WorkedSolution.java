package ma.maharat.quiz.calculated;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.maharat.platform.i18n.Language;
import ma.maharat.trade.AqlSampling;
import ma.maharat.trade.TradeFormula;

/**
 * The worked solution of one calculated question for one trainee, after her attempt: her values, each
 * step with its formula and result, the table rows the trade's calculations used, the answer, and where
 * her answer departed from it. Numbers are written in Western digits with the language's separator; the
 * fixed phrases are message keys ({@code calc.*}) with their arguments, filled in by the page.
 *
 * @param departure how her answer compares: {@code right}, {@code unanswered}, {@code step} (she gave an
 *                  intermediate result: args are the step's label and value), {@code scale} (right but for a
 *                  power of ten: arg is the factor), {@code off} (args: the gap)
 *
 * <p>Serializable (strings and lists of them) so that a page may keep one in view scope (the authoring preview).
 */
public record WorkedSolution(List<Line> values, List<Step> steps, String answer, String tolerance, String unit, String given,
        String departure, List<String> departureArgs) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A labelled value. */
    public record Line(String label, String value) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A step: its label, formula, result, and the table rows behind it. */
    public record Step(String label, String formula, String value, List<Table> tables) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A table row used, as a message key ({@code calc.table.aql} or {@code calc.table.call}) and its arguments. */
    public record Table(String key, List<String> args) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final List<BigDecimal> SCALES = List.of(BigDecimal.TEN, BigDecimal.valueOf(100), BigDecimal.valueOf(1000));

    /**
     * @param given her number, {@code null} when she did not answer
     * @throws TradeFormula.FormulaException only if the stored values no longer solve (they did when drawn)
     */
    public static WorkedSolution of(CalculatedQuestion question, Map<String, BigDecimal> values, BigDecimal given, Language language) {
        CalculatedQuestion.Solution solution = question.solve(values);
        List<Line> lines = new ArrayList<>();
        for (CalculatedVariable variable : question.variables()) {
            BigDecimal value = values.get(variable.name());
            lines.add(new Line(variable.label(language), value == null ? "" : written(value, language)));
        }
        List<Step> steps = new ArrayList<>();
        List<Table> shown = new ArrayList<>();
        for (CalculatedQuestion.StepResult step : solution.steps()) {
            steps.add(new Step(step.step().label(language), step.step().formula().text(), written(step.value(), language),
                    tables(step.calls(), language, shown)));
        }
        steps.add(new Step("", question.answer().text(), written(solution.answer(), language),
                tables(solution.answerCalls(), language, shown)));
        String departure;
        List<String> args = List.of();
        if (given == null) {
            departure = "unanswered";
        } else if (solution.accepts(given)) {
            departure = "right";
        } else {
            CalculatedQuestion.StepResult stopped = solution.steps().stream()
                    .filter(step -> step.value().compareTo(given) == 0).findFirst().orElse(null);
            BigDecimal scale = scale(solution, given);
            if (stopped != null) {
                departure = "step";
                args = List.of(stopped.step().label(language), written(stopped.value(), language));
            } else if (scale != null) {
                departure = "scale";
                args = List.of(written(scale, language));
            } else {
                departure = "off";
                args = List.of(written(given.subtract(solution.answer()).abs(), language));
            }
        }
        return new WorkedSolution(lines, steps, written(solution.answer(), language), written(solution.tolerance(), language),
                question.unit(language), given == null ? "" : written(given, language), departure, args);
    }

    /** The power of ten her number is off by (she wrote 0.85 for 85, or 1,250 for 12.5), or null. */
    private static BigDecimal scale(CalculatedQuestion.Solution solution, BigDecimal given) {
        for (BigDecimal factor : SCALES) {
            if (solution.accepts(given.multiply(factor)) || solution.accepts(given.divide(factor, MathContext.DECIMAL64))) {
                return factor;
            }
        }
        return null;
    }

    /** The rows behind one step; an AQL row already shown by an earlier step (the same lot, level and AQL) is not repeated. */
    private static List<Table> tables(List<TradeFormula.TableCall> calls, Language language, List<Table> shown) {
        List<Table> tables = new ArrayList<>();
        for (TradeFormula.TableCall call : calls) {
            if (call.function().startsWith("AQL_")) {
                Table row = aql(call, language);
                if (!shown.contains(row)) {
                    shown.add(row);
                    tables.add(row);
                }
            } else {
                List<String> arguments = new ArrayList<>();
                for (int i = 0; i < call.arguments().size(); i++) {
                    arguments.add(call.parameters().get(i) + " = " + written(call.arguments().get(i), language));
                }
                tables.add(new Table("calc.table.call", List.of(call.function(), String.join(" ; ", arguments), written(call.result(), language))));
            }
        }
        return tables;
    }

    /** ISO 2859-1's rows for the lot: Table 1's code letter, Table 2-A's sample size and Ac/Re. */
    private static Table aql(TradeFormula.TableCall call, Language language) {
        long lot = call.arguments().get(0).longValueExact();
        AqlSampling.InspectionLevel level = AqlSampling.InspectionLevel.values()[call.arguments().get(1).intValueExact() - 1];
        AqlSampling.SamplingPlan plan = AqlSampling.plan(lot, level, call.arguments().get(2).doubleValue());
        return new Table("calc.table.aql", List.of(written(call.arguments().get(0), language), level.name(),
                written(call.arguments().get(2), language), String.valueOf(plan.codeLetter()), String.valueOf(plan.planLetter()),
                String.valueOf(plan.sampleSize()), String.valueOf(plan.accept()), String.valueOf(plan.reject())));
    }

    private static String written(BigDecimal value, Language language) {
        return CalculatedQuestion.written(value, language);
    }
}

package ma.maharat.trade;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.FunctionDictionaryIfc;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.config.OperatorDictionaryIfc;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.CeilingFunction;
import com.ezylang.evalex.functions.basic.FloorFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.functions.basic.SqrtFunction;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.parser.ParseException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ma.maharat.trade.AqlSampling.InspectionLevel;

/**
 * A formula of a calculated exercise: the answer (or a step of the worked solution) from the exercise's
 * variables, e.g. {@code ROUND(fabric * price + trims, 2)} or {@code AQL_ACCEPT(lot, 2, 2.5)}.
 *
 * <p>Formulas are written by trainers, so they are evaluated by EvalEx with a configuration that allows
 * nothing but the four operations, parentheses, the few number functions below and the trade's
 * calculations: no power operator (one exponent would cost unbounded time), no strings, dates, arrays or
 * structures, no reflection and no I/O (EvalEx has none), numbers to 16 significant digits, nesting and
 * length bounded. An unknown name, a variable the exercise does not declare or a malformed formula is
 * refused when the exercise is read; a division by zero or a trade calculation refusing its numbers is
 * refused when it is evaluated, with the reason.
 */
public final class TradeFormula {

    /** The longest formula accepted, in characters. */
    public static final int LONGEST = 300;

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** The functions a formula may call, by name (EvalEx looks names up without regard to case). */
    static final Map<String, TradeFunction> TRADE_FUNCTIONS = tradeFunctions();

    private static final ExpressionConfiguration CONFIGURATION = configuration();

    /** The calls being noted by {@link #evaluateShowingCalls}; empty otherwise, so evaluation costs nothing more. */
    private static final ThreadLocal<List<TableCall>> CALLS = new ThreadLocal<>();

    private final String text;
    private final Expression parsed;

    private TradeFormula(String text, Expression parsed) {
        this.text = text;
        this.parsed = parsed;
    }

    /**
     * Reads a formula.
     *
     * @param variables the names the exercise declares
     * @throws FormulaException when it is too long, malformed, or names something not declared or not allowed
     */
    public static TradeFormula parse(String text, Set<String> variables) {
        if (text == null || text.isBlank()) {
            throw new FormulaException("the formula is empty");
        }
        if (text.length() > LONGEST) {
            throw new FormulaException("a formula has at most " + LONGEST + " characters: " + text.length());
        }
        Expression expression = new Expression(text, CONFIGURATION);
        try {
            expression.validate();
            Set<String> unknown = new LinkedHashSet<>(expression.getUsedVariables());
            unknown.removeAll(variables);
            unknown.removeAll(CONFIGURATION.getDefaultConstants().keySet());
            if (!unknown.isEmpty()) {
                throw new FormulaException("not a variable of this exercise: " + String.join(", ", unknown));
            }
        } catch (ParseException e) {
            throw new FormulaException(e.getMessage());
        }
        return new TradeFormula(text, expression);
    }

    /**
     * The formula's value for one draw of the variables.
     *
     * @throws FormulaException for a division by zero, a missing value, or a trade calculation refusing its numbers
     */
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
        try {
            Expression expression = parsed.copy();
            for (Map.Entry<String, BigDecimal> value : values.entrySet()) {
                expression.with(value.getKey(), value.getValue());
            }
            Set<String> missing = new LinkedHashSet<>(expression.getUndefinedVariables());
            if (!missing.isEmpty()) {
                throw new FormulaException("no value for " + String.join(", ", missing));
            }
            EvaluationValue result = expression.evaluate();
            if (!result.isNumberValue()) {
                throw new FormulaException("the formula gives no number");
            }
            return result.getNumberValue().round(PRECISION);
        } catch (EvaluationException e) {
            throw new FormulaException(e.getMessage());
        } catch (ParseException e) {
            throw new FormulaException(e.getMessage());
        } catch (ArithmeticException e) {
            throw new FormulaException(e.getMessage());
        }
    }

    /**
     * The formula's value and the trade calculations it called on the way, in order: the worked solution
     * shows them as the table rows used ("lot 1,400 at level II: code letter K, 125 pieces").
     */
    public Evaluation evaluateShowingCalls(Map<String, BigDecimal> values) {
        List<TableCall> calls = new ArrayList<>();
        CALLS.set(calls);
        try {
            return new Evaluation(evaluate(values), List.copyOf(calls));
        } finally {
            CALLS.remove();
        }
    }

    /** Called by {@link TradeFunction}: only while {@link #evaluateShowingCalls} runs on this thread. */
    static void record(String function, List<String> parameters, BigDecimal[] arguments, BigDecimal result) {
        List<TableCall> calls = CALLS.get();
        if (calls != null && calls.size() < 100) {
            calls.add(new TableCall(function.toUpperCase(java.util.Locale.ROOT), parameters, List.of(arguments), result));
        }
    }

    /** A value with the trade calculations that produced it. */
    public record Evaluation(BigDecimal value, List<TableCall> calls) {
    }

    /** One call of a trade calculation: its name, its parameters' names, the numbers given and the result. */
    public record TableCall(String function, List<String> parameters, List<BigDecimal> arguments, BigDecimal result) {
    }

    /**
     * Whether a name cannot be a variable: EvalEx reads names without regard to case, so a variable called
     * {@code vat} would hide the constant {@code VAT}, and one called {@code round} a function.
     */
    public static boolean isReserved(String name) {
        return CONFIGURATION.getDefaultConstants().keySet().stream().anyMatch(name::equalsIgnoreCase)
                || CONFIGURATION.getFunctionDictionary().hasFunction(name);
    }

    public String text() {
        return text;
    }

    private static ExpressionConfiguration configuration() {
        OperatorDictionaryIfc operators = MapBasedOperatorDictionary.ofOperators(
                Map.entry("+", new InfixPlusOperator()),
                Map.entry("-", new InfixMinusOperator()),
                Map.entry("*", new InfixMultiplicationOperator()),
                Map.entry("/", new InfixDivisionOperator()));
        operators.addOperator("-", new PrefixMinusOperator());
        operators.addOperator("+", new PrefixPlusOperator());
        FunctionDictionaryIfc functions = MapBasedFunctionDictionary.ofFunctions(
                Map.entry("ROUND", new RoundFunction()),
                Map.entry("CEILING", new CeilingFunction()),
                Map.entry("FLOOR", new FloorFunction()),
                Map.entry("MIN", new MinFunction()),
                Map.entry("MAX", new MaxFunction()),
                Map.entry("ABS", new AbsFunction()),
                Map.entry("SQRT", new SqrtFunction()));
        TRADE_FUNCTIONS.forEach(functions::addFunction);
        return ExpressionConfiguration.builder()
                .operatorDictionary(operators)
                .functionDictionary(functions)
                .defaultConstants(Map.of("VAT", EvaluationValue.numberValue(GarmentCosting.MOROCCAN_VAT)))
                .mathContext(PRECISION)
                .arraysAllowed(false)
                .structuresAllowed(false)
                .implicitMultiplicationAllowed(false)
                .singleQuoteStringLiteralsAllowed(false)
                .maxRecursionDepth(40)
                .build();
    }

    private static Map<String, TradeFunction> tradeFunctions() {
        Map<String, TradeFunction> functions = new TreeMap<>();
        functions.put("AQL_SAMPLE", new TradeFunction(List.of("lot", "level", "aql"), n -> BigDecimal.valueOf(aql(n).sampleSize())));
        functions.put("AQL_ACCEPT", new TradeFunction(List.of("lot", "level", "aql"), n -> BigDecimal.valueOf(aql(n).accept())));
        functions.put("AQL_REJECT", new TradeFunction(List.of("lot", "level", "aql"), n -> BigDecimal.valueOf(aql(n).reject())));
        functions.put("MARKER_EFFICIENCY", new TradeFunction(List.of("piecesArea", "markerLength", "fabricWidth"),
                n -> decimal(FabricConsumption.markerEfficiency(n[0].doubleValue(), n[1].doubleValue(), n[2].doubleValue()))));
        functions.put("FABRIC_PER_GARMENT", new TradeFunction(List.of("markerLength", "endAllowance", "garmentsInMarker"),
                n -> decimal(FabricConsumption.perGarment(n[0].doubleValue(), n[1].doubleValue(), whole(n[2])))));
        functions.put("FABRIC_FOR_ORDER", new TradeFunction(List.of("perGarment", "garments", "wasteRate"),
                n -> BigDecimal.valueOf(FabricConsumption.forOrder(n[0].doubleValue(), whole(n[1]), n[2].doubleValue()))));
        functions.put("OUTPUT_PER_HOUR", new TradeFunction(List.of("operators", "standardMinutes", "efficiency"),
                n -> decimal(LineBalancing.outputPerHour(whole(n[0]), n[1].doubleValue(), n[2].doubleValue()))));
        functions.put("OUTPUT_PER_DAY", new TradeFunction(List.of("operators", "standardMinutes", "efficiency", "hoursPerDay"),
                n -> BigDecimal.valueOf(LineBalancing.outputPerDay(whole(n[0]), n[1].doubleValue(), n[2].doubleValue(), n[3].doubleValue()))));
        functions.put("OPERATORS_NEEDED", new TradeFunction(List.of("piecesPerDay", "standardMinutes", "efficiency", "hoursPerDay"),
                n -> BigDecimal.valueOf(LineBalancing.operatorsNeeded(whole(n[0]), n[1].doubleValue(), n[2].doubleValue(), n[3].doubleValue()))));
        functions.put("DAYS_FOR", new TradeFunction(List.of("garments", "operators", "standardMinutes", "efficiency", "hoursPerDay"),
                n -> BigDecimal.valueOf(LineBalancing.daysFor(whole(n[0]), whole(n[1]), n[2].doubleValue(), n[3].doubleValue(), n[4].doubleValue()))));
        functions.put("LINE_EFFICIENCY", new TradeFunction(List.of("pieces", "standardMinutes", "operators", "hoursWorked"),
                n -> decimal(LineBalancing.efficiency(whole(n[0]), n[1].doubleValue(), whole(n[2]), n[3].doubleValue()))));
        functions.put("MINUTE_COST", new TradeFunction(List.of("monthlyCostOfLine", "operators", "workingDays", "hoursPerDay", "efficiency"),
                n -> GarmentCosting.minuteCost(n[0], whole(n[1]), whole(n[2]), n[3], n[4])));
        return Map.copyOf(functions);
    }

    private static AqlSampling.SamplingPlan aql(BigDecimal[] n) {
        int level = whole(n[1]);
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("the inspection level is 1, 2 or 3: " + level);
        }
        return AqlSampling.plan(whole(n[0]), InspectionLevel.values()[level - 1], n[2].doubleValue());
    }

    private static int whole(BigDecimal number) {
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a whole number is expected: " + number.toPlainString());
        }
    }

    private static BigDecimal decimal(double value) {
        return new BigDecimal(value, PRECISION).setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** A formula that cannot be read, or cannot be evaluated with the numbers given: the message says why. */
    public static final class FormulaException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        FormulaException(String message) {
            super(message);
        }
    }
}

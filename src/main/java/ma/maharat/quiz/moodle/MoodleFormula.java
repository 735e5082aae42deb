package ma.maharat.quiz.moodle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.CalculatedStep;
import ma.maharat.trade.GarmentCosting;

/**
 * Translates formulas between Maharat (EvalEx: {@code ROUND(price * pieces, 2)}, the trade's table functions)
 * and Moodle's calculated questions ({@code round({price} * {pieces}, 2)}, PHP's arithmetic functions).
 *
 * <p>Only what both evaluate alike is translated: numbers, the four operations, parentheses and the
 * functions both have. A Maharat step is written into the answer in parentheses (Moodle has one formula);
 * the constant {@code VAT} becomes its value. A formula that calls a trade table (AQL, line balancing...)
 * has no Moodle form: {@link #toMoodle} says so and the writer ships precomputed answers instead.
 */
public final class MoodleFormula {

    /** Maharat's function names and Moodle's, both ways: the functions the two have in common. */
    private static final Map<String, String> TO_MOODLE = Map.of("ROUND", "round", "CEILING", "ceil", "FLOOR", "floor",
            "MIN", "min", "MAX", "max", "ABS", "abs", "SQRT", "sqrt");
    private static final Map<String, String> FROM_MOODLE = Map.of("round", "ROUND", "ceil", "CEILING", "floor", "FLOOR",
            "min", "MIN", "max", "MAX", "abs", "ABS", "sqrt", "SQRT");
    /** Moodle's pi() as a number with EvalEx's 16 significant digits. */
    private static final String PI = "3.141592653589793";

    private MoodleFormula() {
    }

    /** A formula Moodle's text cannot be read as: the message says what and where. */
    public static final class Untranslatable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Untranslatable(String message) {
            super(message);
        }
    }

    /**
     * The answer's formula as Moodle writes it, every step written in; empty when a formula calls a function
     * Moodle does not have (the trade's tables).
     */
    public static Optional<String> toMoodle(CalculatedQuestion question) {
        Map<String, String> names = new HashMap<>();
        question.variables().forEach(variable -> names.put(variable.name().toLowerCase(Locale.ROOT), "{" + variable.name() + "}"));
        try {
            for (CalculatedStep step : question.steps()) {
                names.put(step.name().toLowerCase(Locale.ROOT), "(" + toMoodle(step.formula().text(), names) + ")");
            }
            return Optional.of(toMoodle(question.answer().text(), names));
        } catch (Untranslatable e) {
            return Optional.empty();
        }
    }

    private static String toMoodle(String formula, Map<String, String> names) {
        StringBuilder out = new StringBuilder();
        List<Token> tokens = tokens(formula, false);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind == Kind.NAME) {
                boolean call = i + 1 < tokens.size() && tokens.get(i + 1).text.equals("(");
                String upper = token.text.toUpperCase(Locale.ROOT);
                if (call && TO_MOODLE.containsKey(upper)) {
                    out.append(TO_MOODLE.get(upper));
                } else if (!call && upper.equals("VAT")) {
                    out.append(GarmentCosting.MOROCCAN_VAT.toPlainString());
                } else if (!call && names.containsKey(token.text.toLowerCase(Locale.ROOT))) {
                    out.append(names.get(token.text.toLowerCase(Locale.ROOT)));
                } else {
                    throw new Untranslatable("'" + token.text + "' has no Moodle form");
                }
            } else {
                out.append(token.text);
            }
        }
        return out.toString();
    }

    /**
     * A Moodle formula as Maharat writes it: {@code {x}} becomes {@code x}, Moodle's functions Maharat's.
     *
     * @throws Untranslatable for a function or an operator Maharat's formulas do not have (powers, logarithms,
     *                        trigonometry, PHP's operators)
     */
    public static String fromMoodle(String formula) {
        StringBuilder out = new StringBuilder();
        List<Token> tokens = tokens(formula, true);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).text.equals("(");
            if (token.kind == Kind.WILDCARD) {
                out.append(token.text, 1, token.text.length() - 1);
            } else if (token.kind == Kind.NAME && call && token.text.equalsIgnoreCase("pi")) {
                if (i + 2 >= tokens.size() || !tokens.get(i + 2).text.equals(")")) {
                    throw new Untranslatable("pi() takes no argument");
                }
                out.append(PI);
                i += 2;
            } else if (token.kind == Kind.NAME && call && FROM_MOODLE.containsKey(token.text.toLowerCase(Locale.ROOT))) {
                out.append(FROM_MOODLE.get(token.text.toLowerCase(Locale.ROOT)));
            } else if (token.kind == Kind.NAME) {
                throw new Untranslatable(call ? "the function " + token.text + "() has no Maharat form (Maharat's formulas have "
                        + String.join(", ", FROM_MOODLE.keySet().stream().sorted().toList()) + ")"
                        : "'" + token.text + "' is neither a number nor a {wildcard}");
            } else {
                out.append(token.text);
            }
        }
        return out.toString();
    }

    private enum Kind { NUMBER, NAME, WILDCARD, SYMBOL }

    private record Token(Kind kind, String text) {
    }

    private static List<Token> tokens(String formula, boolean moodle) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < formula.length()) {
            char c = formula.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.') {
                int end = i;
                while (end < formula.length() && (Character.isDigit(formula.charAt(end)) || formula.charAt(end) == '.')) {
                    end++;
                }
                if (end < formula.length() && (formula.charAt(end) == 'e' || formula.charAt(end) == 'E')) {
                    int exponent = end + 1;
                    if (exponent < formula.length() && (formula.charAt(exponent) == '+' || formula.charAt(exponent) == '-')) {
                        exponent++;
                    }
                    if (exponent < formula.length() && Character.isDigit(formula.charAt(exponent))) {
                        end = exponent;
                        while (end < formula.length() && Character.isDigit(formula.charAt(end))) {
                            end++;
                        }
                    }
                }
                String number = formula.substring(i, end);
                try {
                    new BigDecimal(number);
                } catch (NumberFormatException e) {
                    throw new Untranslatable("'" + number + "' is not a number");
                }
                tokens.add(new Token(Kind.NUMBER, number));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < formula.length() && (Character.isLetterOrDigit(formula.charAt(end)) || formula.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Kind.NAME, formula.substring(i, end)));
                i = end;
            } else if (moodle && c == '{') {
                int end = formula.indexOf('}', i);
                if (end < 0 || !formula.substring(i + 1, end).matches("[A-Za-z][A-Za-z0-9_]{0,31}")) {
                    throw new Untranslatable("a wildcard is a name in braces, e.g. {lot}: '"
                            + formula.substring(i, end < 0 ? formula.length() : end + 1) + "'");
                }
                tokens.add(new Token(Kind.WILDCARD, formula.substring(i, end + 1)));
                i = end + 1;
            } else if ("+-*/(),".indexOf(c) >= 0) {
                if (moodle && c == '*' && i + 1 < formula.length() && formula.charAt(i + 1) == '*') {
                    throw new Untranslatable("Maharat's formulas have no power operator (**)");
                }
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            } else {
                throw new Untranslatable("'" + c + "' at character " + (i + 1) + " is not an operation Maharat's formulas have"
                        + " (+ - * / and parentheses)");
            }
        }
        return tokens;
    }
}

package ma.maharat.quiz.calculated;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.platform.i18n.Language;
import ma.maharat.trade.TradeFormula;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a file of calculated questions ({@code quiz/bank.calculated.yaml}, format in docs/trade.md) and
 * checks it the way the rest of the content is checked, each problem with its line: unknown or missing keys,
 * a variable used but not declared, a formula that does not read, and then every draw of the whole grid of
 * values solved once, so a division by zero or an answer outside its sensible range anywhere in the ranges
 * is found by the author, not by a trainee. The grid is bounded ({@link #LARGEST_GRID}) so that check is too.
 */
public final class CalculatedQuestionReader {

    /** The most draws a question may have: each one is solved when the file is read. */
    public static final long LARGEST_GRID = 5_000;
    /**
     * The most draws of a whole file: the browser's editor checks the file as it is typed, so the file's
     * check must stay quick too (a few hundred milliseconds), not only each question's.
     */
    public static final long LARGEST_FILE_GRID = 50_000;
    static final int MOST_VALUES = 1_000;
    static final int MOST_QUESTIONS = 200;
    static final int MOST_VARIABLES = 10;
    static final int MOST_STEPS = 12;
    static final int LONGEST_TEXT = 4_000;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,8})?");
    private static final List<String> QUESTION_KEYS = List.of("name", "category", "variables", "steps", "answer", "text");
    private static final List<String> VARIABLE_KEYS = List.of("from", "to", "step", "values", "ar", "fr", "en");
    private static final List<String> STEP_KEYS = List.of("name", "formula", "ar", "fr", "en");
    private static final List<String> ANSWER_KEYS = List.of("formula", "tolerance", "range", "unit");
    private static final List<String> LANGUAGE_KEYS = List.of("ar", "fr", "en");

    /**
     * A problem of the file, at a 1-based line and column (0: the whole file, or the line as a whole), the
     * column so that the browser's editor can point at it as it does for GIFT.
     */
    public record Problem(int line, int column, String message) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        public Problem(int line, String message) {
            this(line, 0, message);
        }
    }

    /** What the file holds: the questions that read well (only those), and every problem found. */
    public record Reading(List<CalculatedQuestion> questions, Map<String, Integer> lines, List<Problem> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** Reads and checks a whole file. */
    public Reading read(String yaml) {
        return new FileRead().run(yaml);
    }

    /** Reads one question stored by {@link CalculatedQuestionWriter} (already checked at import). */
    public CalculatedQuestion readStored(String yaml) {
        Reading reading = new FileRead(false).run(yaml);
        if (!reading.isValid() || reading.questions().size() != 1) {
            throw new IllegalStateException("a stored calculated question no longer reads: " + reading.problems());
        }
        return reading.questions().get(0);
    }

    private static final class FileRead {
        private final boolean solveGrid;
        private final List<Problem> problems = new ArrayList<>();
        private final List<CalculatedQuestion> questions = new ArrayList<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();
        private long drawsSolved;

        FileRead() {
            this(true);
        }

        FileRead(boolean solveGrid) {
            this.solveGrid = solveGrid;
        }

        Reading run(String yaml) {
            Node root;
            try {
                LoaderOptions options = new LoaderOptions();
                options.setMaxAliasesForCollections(10);
                options.setAllowDuplicateKeys(true);
                root = new Yaml(options).compose(new StringReader(yaml));
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
                int column = e.getProblemMark() == null ? 0 : e.getProblemMark().getColumn() + 1;
                problems.add(new Problem(line, column, "not valid YAML: " + e.getProblem()));
                return reading();
            } catch (YAMLException e) {
                problems.add(new Problem(0, "not valid YAML: " + e.getMessage()));
                return reading();
            }
            if (!(root instanceof SequenceNode list)) {
                String message = "the file is a list of questions, each starting with '- name:'";
                problems.add(root == null ? new Problem(0, message) : at(root, message));
                return reading();
            }
            if (list.getValue().size() > MOST_QUESTIONS) {
                problems.add(at(list, "at most " + MOST_QUESTIONS + " questions in a file: " + list.getValue().size()));
                return reading();
            }
            for (Node item : list.getValue()) {
                question(item).ifPresent(question -> {
                    if (lines.containsKey(question.name())) {
                        problems.add(at(item, "question '" + question.name() + "' is written twice (first on line "
                                + lines.get(question.name()) + ")"));
                    } else {
                        lines.put(question.name(), line(item));
                        questions.add(question);
                    }
                });
            }
            return reading();
        }

        private Reading reading() {
            return new Reading(List.copyOf(questions), Map.copyOf(lines), List.copyOf(problems));
        }

        private Optional<CalculatedQuestion> question(Node node) {
            int before = problems.size();
            Map<String, NodeTuple> keys = keys(node, QUESTION_KEYS, List.of("name", "variables", "answer", "text"), "a question");
            if (keys == null) {
                return Optional.empty();
            }
            String name = scalar(keys.get("name"), "name");
            if (name != null && !NAME.matcher(name).matches()) {
                problem(keys.get("name"), "a question's name is lowercase letters, digits and '-', e.g. quality-c01: '" + name + "'");
            }
            String category = keys.containsKey("category") ? scalar(keys.get("category"), "category") : "";
            List<CalculatedVariable> variables = variables(keys.get("variables"));
            Set<String> known = new LinkedHashSet<>();
            variables.forEach(variable -> known.add(variable.name()));
            List<CalculatedStep> steps = keys.containsKey("steps") ? steps(keys.get("steps"), known) : List.of();
            Map<String, NodeTuple> answer = keys(keys.get("answer").getValueNode(), ANSWER_KEYS, List.of("formula", "tolerance", "range"),
                    "the answer");
            TradeFormula formula = null;
            Tolerance tolerance = null;
            BigDecimal[] range = null;
            Map<Language, String> units = Map.of();
            if (answer != null) {
                formula = formula(answer.get("formula"), known);
                tolerance = tolerance(answer.get("tolerance"));
                range = range(answer.get("range"));
                units = answer.containsKey("unit") ? languages(answer.get("unit"), "the unit") : Map.of();
            }
            Map<Language, String> texts = languages(keys.get("text"), "the text");
            checkPlaceholders(keys.get("text"), texts, variables);
            if (problems.size() > before || name == null || category == null || formula == null || tolerance == null || range == null) {
                return Optional.empty();
            }
            CalculatedQuestion question = new CalculatedQuestion(name, category, variables, steps, formula, tolerance, range[0], range[1],
                    units, texts);
            if (question.gridSize() > LARGEST_GRID) {
                problem(keys.get("variables"), "the variables give " + question.gridSize() + " draws; at most " + LARGEST_GRID
                        + " are allowed so that every draw can be checked: use fewer values or larger steps");
                return Optional.empty();
            }
            if (solveGrid && drawsSolved + question.gridSize() > LARGEST_FILE_GRID) {
                problem(keys.get("variables"), "the file's questions give more than " + LARGEST_FILE_GRID
                        + " draws together, too many to check each one as it is typed: use fewer values or larger steps");
                return Optional.empty();
            }
            drawsSolved += question.gridSize();
            if (solveGrid && !solvesEverywhere(question, keys.get("answer"))) {
                return Optional.empty();
            }
            return Optional.of(question);
        }

        /** Solves every draw: the first failure is reported with the values that cause it. */
        private boolean solvesEverywhere(CalculatedQuestion question, NodeTuple answerKey) {
            for (long index = 0; index < question.gridSize(); index++) {
                Map<String, BigDecimal> values = question.gridPoint(index);
                try {
                    BigDecimal answer = question.solve(values).answer();
                    if (answer.compareTo(question.lowest()) < 0 || answer.compareTo(question.highest()) > 0) {
                        problem(answerKey, "the answer is " + answer.toPlainString() + " with " + DrawnValues.write(values)
                                + ", outside its range " + question.lowest().toPlainString() + " to " + question.highest().toPlainString());
                        return false;
                    }
                } catch (TradeFormula.FormulaException e) {
                    problem(answerKey, "a formula fails with " + DrawnValues.write(values) + ": " + e.getMessage());
                    return false;
                }
            }
            return true;
        }

        private List<CalculatedVariable> variables(NodeTuple tuple) {
            if (!(tuple.getValueNode() instanceof MappingNode map) || map.getValue().isEmpty()) {
                problem(tuple, "variables is a map of names, e.g. 'lot: {from: 500, to: 3000, step: 100, ar: ..., fr: ...}'");
                return List.of();
            }
            if (map.getValue().size() > MOST_VARIABLES) {
                problem(tuple, "at most " + MOST_VARIABLES + " variables: " + map.getValue().size());
                return List.of();
            }
            List<CalculatedVariable> variables = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (NodeTuple entry : map.getValue()) {
                String name = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
                if (name == null || !IDENTIFIER.matcher(name).matches()) {
                    problems.add(at(entry.getKeyNode(), "a variable's name is a letter then letters, digits or '_': '" + name + "'"));
                    continue;
                }
                if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
                    problems.add(at(entry.getKeyNode(), "variable '" + name + "' is declared twice (names are read without regard to case)"));
                    continue;
                }
                if (TradeFormula.isReserved(name)) {
                    problems.add(at(entry.getKeyNode(), "'" + name + "' is the name of a constant or a function: choose another name"));
                    continue;
                }
                Map<String, NodeTuple> keys = keys(entry.getValueNode(), VARIABLE_KEYS, List.of("fr", "ar"), "variable '" + name + "'");
                if (keys == null) {
                    continue;
                }
                List<BigDecimal> values = values(keys, entry, name);
                Map<Language, String> labels = labels(keys);
                if (values != null) {
                    variables.add(new CalculatedVariable(name, values, labels));
                }
            }
            return variables;
        }

        private List<BigDecimal> values(Map<String, NodeTuple> keys, NodeTuple entry, String name) {
            boolean list = keys.containsKey("values");
            boolean range = keys.containsKey("from") || keys.containsKey("to") || keys.containsKey("step");
            if (list == range) {
                problems.add(at(entry.getKeyNode(), "variable '" + name + "' has either 'values: [...]' or 'from', 'to' and 'step'"));
                return null;
            }
            if (list) {
                if (!(keys.get("values").getValueNode() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()
                        || sequence.getValue().size() > MOST_VALUES) {
                    problem(keys.get("values"), "values of '" + name + "' is a list of 1 to " + MOST_VALUES + " numbers, e.g. [1.5, 2.5, 4]");
                    return null;
                }
                List<BigDecimal> values = new ArrayList<>();
                for (Node value : sequence.getValue()) {
                    BigDecimal number = number(value, "a value of '" + name + "'");
                    if (number == null) {
                        return null;
                    }
                    values.add(number);
                }
                return values;
            }
            for (String key : List.of("from", "to", "step")) {
                if (!keys.containsKey(key)) {
                    problems.add(at(entry.getKeyNode(), "variable '" + name + "' needs 'from', 'to' and 'step': '" + key + "' is missing"));
                    return null;
                }
            }
            BigDecimal from = number(keys.get("from").getValueNode(), "from");
            BigDecimal to = number(keys.get("to").getValueNode(), "to");
            BigDecimal step = number(keys.get("step").getValueNode(), "step");
            if (from == null || to == null || step == null) {
                return null;
            }
            if (step.signum() <= 0 || to.compareTo(from) < 0) {
                problem(keys.get("step"), "variable '" + name + "': 'step' is more than 0 and 'to' is not below 'from'");
                return null;
            }
            BigDecimal count = to.subtract(from).divideToIntegralValue(step).add(BigDecimal.ONE);
            if (count.compareTo(BigDecimal.valueOf(MOST_VALUES)) > 0) {
                problem(keys.get("step"), "variable '" + name + "' takes " + count.toPlainString() + " values; at most " + MOST_VALUES);
                return null;
            }
            List<BigDecimal> values = new ArrayList<>();
            for (BigDecimal value = from; value.compareTo(to) <= 0; value = value.add(step)) {
                values.add(value);
            }
            return values;
        }

        private List<CalculatedStep> steps(NodeTuple tuple, Set<String> known) {
            if (!(tuple.getValueNode() instanceof SequenceNode list) || list.getValue().size() > MOST_STEPS) {
                problem(tuple, "steps is a list of at most " + MOST_STEPS + " steps, each with name, formula, ar and fr");
                return List.of();
            }
            List<CalculatedStep> steps = new ArrayList<>();
            for (Node item : list.getValue()) {
                Map<String, NodeTuple> keys = keys(item, STEP_KEYS, List.of("name", "formula", "ar", "fr"), "a step");
                if (keys == null) {
                    continue;
                }
                String name = scalar(keys.get("name"), "name");
                if (name == null || !IDENTIFIER.matcher(name).matches() || TradeFormula.isReserved(name)
                        || known.stream().anyMatch(name::equalsIgnoreCase)) {
                    problem(keys.get("name"), "a step's name is a letter then letters, digits or '_', and not the name of a variable, an earlier step, a constant (VAT) or a function: '"
                            + name + "'");
                    continue;
                }
                TradeFormula formula = formula(keys.get("formula"), known);
                known.add(name);
                if (formula != null) {
                    steps.add(new CalculatedStep(name, formula, labels(keys)));
                }
            }
            return steps;
        }

        private TradeFormula formula(NodeTuple tuple, Set<String> known) {
            String text = scalar(tuple, "formula");
            if (text == null) {
                return null;
            }
            try {
                return TradeFormula.parse(text, known);
            } catch (TradeFormula.FormulaException e) {
                problem(tuple, "formula '" + text + "': " + e.getMessage());
                return null;
            }
        }

        private Tolerance tolerance(NodeTuple tuple) {
            String text = scalar(tuple, "tolerance");
            if (text == null) {
                return null;
            }
            boolean relative = text.endsWith("%");
            String number = relative ? text.substring(0, text.length() - 1).strip() : text;
            if (!NUMBER.matcher(number).matches() || number.startsWith("-") || (relative && new BigDecimal(number).compareTo(BigDecimal.valueOf(50)) > 0)) {
                problem(tuple, "tolerance is a number (absolute, e.g. 0.5) or a share of the answer up to 50% (e.g. 2%): '" + text + "'");
                return null;
            }
            return new Tolerance(new BigDecimal(number), relative);
        }

        private BigDecimal[] range(NodeTuple tuple) {
            if (!(tuple.getValueNode() instanceof SequenceNode list) || list.getValue().size() != 2) {
                problem(tuple, "range is the sensible answers' lowest and highest, e.g. [0, 500]");
                return null;
            }
            BigDecimal lowest = number(list.getValue().get(0), "range");
            BigDecimal highest = number(list.getValue().get(1), "range");
            if (lowest == null || highest == null) {
                return null;
            }
            if (highest.compareTo(lowest) < 0) {
                problem(tuple, "range: the highest is below the lowest");
                return null;
            }
            return new BigDecimal[] {lowest, highest};
        }

        private Map<Language, String> languages(NodeTuple tuple, String what) {
            Map<String, NodeTuple> keys = keys(tuple.getValueNode(), LANGUAGE_KEYS, List.of("ar", "fr"), what);
            return keys == null ? Map.of() : labels(keys);
        }

        private Map<Language, String> labels(Map<String, NodeTuple> keys) {
            Map<Language, String> labels = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                NodeTuple tuple = keys.get(language.code());
                if (tuple != null) {
                    String text = scalar(tuple, language.code());
                    if (text != null && (text.isBlank() || text.length() > LONGEST_TEXT)) {
                        problem(tuple, "'" + language.code() + "' is a text of 1 to " + LONGEST_TEXT + " characters");
                    } else if (text != null) {
                        labels.put(language, text.strip());
                    }
                }
            }
            return labels;
        }

        private void checkPlaceholders(NodeTuple textKey, Map<Language, String> texts, List<CalculatedVariable> variables) {
            Set<String> names = new HashSet<>();
            variables.forEach(variable -> names.add(variable.name()));
            for (Map.Entry<Language, String> text : texts.entrySet()) {
                Matcher matcher = CalculatedQuestion.PLACEHOLDER.matcher(text.getValue());
                while (matcher.find()) {
                    if (!names.contains(matcher.group(1))) {
                        problem(textKey, "the " + text.getKey().code() + " text writes {" + matcher.group(1) + "}, which is not a variable of this question");
                    }
                }
            }
        }

        /** The keys of a map, checked; null (with the problem) when it is not a map or misses a key. */
        private Map<String, NodeTuple> keys(Node node, List<String> allowed, List<String> required, String what) {
            if (!(node instanceof MappingNode map)) {
                problems.add(at(node, what + " is a map with the keys " + String.join(", ", allowed)));
                return null;
            }
            Map<String, NodeTuple> keys = new LinkedHashMap<>();
            boolean good = true;
            for (NodeTuple tuple : map.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
                if (key == null || !allowed.contains(key)) {
                    problems.add(at(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + " (allowed keys: "
                            + String.join(", ", allowed) + ")"));
                    good = false;
                } else if (keys.putIfAbsent(key, tuple) != null) {
                    problems.add(at(tuple.getKeyNode(), "duplicate key '" + key + "' in " + what));
                    good = false;
                }
            }
            for (String key : required) {
                if (!keys.containsKey(key)) {
                    problems.add(at(node, "missing key '" + key + "' in " + what));
                    good = false;
                }
            }
            return good ? keys : null;
        }

        private String scalar(NodeTuple tuple, String key) {
            if (tuple.getValueNode() instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                return scalar.getValue();
            }
            problem(tuple, "'" + key + "' is a single value");
            return null;
        }

        private BigDecimal number(Node node, String what) {
            String text = node instanceof ScalarNode scalar ? scalar.getValue().strip() : null;
            if (text == null || !NUMBER.matcher(text).matches()) {
                problems.add(at(node, what + " is a number with a point for decimals, e.g. 2.5: '" + text + "'"));
                return null;
            }
            return new BigDecimal(text);
        }

        private void problem(NodeTuple tuple, String message) {
            problems.add(at(tuple.getKeyNode(), message));
        }

        private static Problem at(Node node, String message) {
            int column = node == null || node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
            return new Problem(line(node), column, message);
        }

        private static int line(Node node) {
            return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        }
    }
}

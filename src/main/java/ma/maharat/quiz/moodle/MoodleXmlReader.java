package ma.maharat.quiz.moodle;

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
import java.util.regex.Pattern;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.CalculatedQuestionReader;
import ma.maharat.quiz.calculated.CalculatedQuestionWriter;
import ma.maharat.quiz.calculated.CalculatedVariable;
import ma.maharat.quiz.calculated.Tolerance;
import ma.maharat.quiz.moodle.XmlTree.Element;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.MatchingPair;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumericalAnswer;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TextFormat;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.ValueWithTolerance;
import ma.maharat.quiz.question.Weight;
import ma.maharat.trade.TradeFormula;

/**
 * Reads a Moodle XML file (ours or Moodle's) into Maharat's questions, in the language the file is written in:
 * multichoice, truefalse, shortanswer, numerical and matching as GIFT questions, calculated (and Moodle's
 * calculatedsimple) as calculated templates, checked over their whole grid like the bank files. Every problem
 * comes with its line and column; a question type Maharat does not have is a problem, never silently dropped.
 * A file is for people to upload: it is bounded ({@link #LARGEST_FILE}, {@link #MOST_QUESTIONS}, and
 * {@link XmlTree}'s depth and text limits) and read without DTD or entities.
 */
public final class MoodleXmlReader {

    /** Bytes: a course's whole bank with its datasets is a few hundred kilobytes. */
    public static final int LARGEST_FILE = 5 * 1024 * 1024;
    public static final int MOST_QUESTIONS = 1_000;

    private static final Pattern SCOPE = Pattern.compile("^\\$[a-z0-9]+\\$/?");
    private static final Pattern TOP = Pattern.compile("^top(/|$)");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]{1,15}(\\.[0-9]{1,12})?");
    private static final List<String> SUPPORTED = List.of("multichoice", "truefalse", "shortanswer", "numerical", "matching", "calculated");

    public MoodleReading read(byte[] xml, Language language) {
        return new FileRead(language).run(xml);
    }

    private static final class FileRead {
        private final Language language;
        private final List<BankEntry> entries = new ArrayList<>();
        private final List<MoodleProblem> problems = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<String> copiedTexts = new ArrayList<>();
        private String category = "";

        FileRead(Language language) {
            this.language = language;
        }

        MoodleReading run(byte[] xml) {
            if (xml == null || xml.length == 0) {
                problems.add(new MoodleProblem(0, 0, "the file is empty"));
                return reading();
            }
            if (xml.length > LARGEST_FILE) {
                problems.add(new MoodleProblem(0, 0, "the file has " + xml.length + " bytes; at most " + LARGEST_FILE + " (5 MB)"));
                return reading();
            }
            Element root;
            try {
                root = XmlTree.read(xml);
            } catch (XmlTree.Refused e) {
                problems.add(new MoodleProblem(e.line, e.column, e.getMessage()));
                return reading();
            }
            if (!root.name().equals("quiz")) {
                problem(root, "a Moodle XML file has <quiz> as its first element, not <" + root.name() + ">");
                return reading();
            }
            List<Element> questions = root.all("question");
            if (questions.size() > MOST_QUESTIONS) {
                problem(root, "the file holds " + questions.size() + " questions; at most " + MOST_QUESTIONS);
                return reading();
            }
            for (Element child : root.children()) {
                if (!child.name().equals("question")) {
                    problem(child, "<" + child.name() + "> inside <quiz>: only <question> elements are expected");
                }
            }
            Set<String> names = new HashSet<>();
            for (Element question : questions) {
                int before = problems.size();
                Optional<BankEntry> entry = question(question);
                if (entry.isPresent() && problems.size() == before) {
                    if (!entry.get().name().isEmpty() && !names.add(entry.get().name())) {
                        problem(question, "the question '" + entry.get().name() + "' is in the file twice");
                    } else {
                        entries.add(entry.get());
                    }
                }
            }
            return reading();
        }

        private MoodleReading reading() {
            return new MoodleReading(problems.isEmpty() ? entries : List.of(), problems, notes, problems.isEmpty() ? copiedTexts : List.of());
        }

        private Optional<BankEntry> question(Element question) {
            String type = question.attributes().getOrDefault("type", "");
            if (type.equals("category")) {
                category(question);
                return Optional.empty();
            }
            String name = question.textOf("name").orElse("").strip();
            String called = name.isEmpty() ? "" : " '" + name + "'";
            if (!SUPPORTED.contains(type) && !type.equals("match") && !type.equals("calculatedsimple")) {
                problem(question, "the question" + called + " is of type '" + type + "', which Maharat does not have (it has "
                        + String.join(", ", SUPPORTED) + "): remove it from the file or rewrite it");
                return Optional.empty();
            }
            if (question.first("questiontext").map(text -> !text.all("file").isEmpty()).orElse(false)) {
                problem(question, "the question" + called + " embeds files (images): Maharat does not import them; add images in the course's media");
                return Optional.empty();
            }
            Optional<String> text = question.textOf("questiontext");
            if (text.isEmpty() || text.get().isBlank()) {
                problem(question, "the question" + called + " has no <questiontext>");
                return Optional.empty();
            }
            try {
                if (type.startsWith("calculated")) {
                    return calculated(question, name, text.get()).map(BankEntry::of);
                }
                TextFormat format = format(question.first("questiontext").get());
                QuestionHeader header = new QuestionHeader(name, category, text.get(), format,
                        question.textOf("generalfeedback").orElse(""));
                return Optional.of(BankEntry.of(ordinary(type, header, question, called)));
            } catch (IllegalArgumentException e) {
                problem(question, "the question" + called + ": " + e.getMessage());
                return Optional.empty();
            }
        }

        private void category(Element question) {
            String path = question.textOf("category").orElse("").strip();
            path = SCOPE.matcher(path).replaceFirst("");
            path = TOP.matcher(path).replaceFirst("");
            category = path.strip();
        }

        private TextFormat format(Element text) {
            String name = text.attributes().getOrDefault("format", "moodle_auto_format");
            return MoodleText.format(name).orElseThrow(() -> new IllegalArgumentException("unknown text format '" + name
                    + "' (html, moodle_auto_format, plain_text or markdown)"));
        }

        private Question ordinary(String type, QuestionHeader header, Element question, String called) {
            List<Element> answers = question.all("answer");
            return switch (type) {
                case "multichoice" -> {
                    List<Choice> choices = answers.stream().map(answer -> new Choice(answer.textOf("text").orElse(""), weight(answer),
                            answer.textOf("feedback").orElse(""))).toList();
                    String single = question.textOf("single").orElse("true").strip();
                    yield single.equals("true") || single.equals("1") ? new SingleChoiceQuestion(header, choices)
                            : new MultipleResponseQuestion(header, choices);
                }
                case "truefalse" -> {
                    Element right = answers.stream().filter(answer -> weight(answer).isFull()).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("neither 'true' nor 'false' is worth 100%"));
                    Element wrong = answers.stream().filter(answer -> answer != right).findFirst().orElse(null);
                    boolean isTrue = right.textOf("text").orElse("").strip().equalsIgnoreCase("true");
                    yield new TrueFalseQuestion(header, isTrue, wrong == null ? "" : wrong.textOf("feedback").orElse(""),
                            right.textOf("feedback").orElse(""));
                }
                case "shortanswer" -> {
                    boolean caseSensitive = question.textOf("usecase").orElse("0").strip().equals("1");
                    yield new ShortAnswerQuestion(header, answers.stream().map(answer -> new AcceptedAnswer(answer.textOf("text").orElse(""),
                            weight(answer), answer.textOf("feedback").orElse(""))).toList(), caseSensitive);
                }
                case "numerical" -> {
                    if (question.first("units").map(units -> !units.all("unit").isEmpty()).orElse(false)) {
                        notes.add("'" + header.name() + "': its units are left out (Maharat's numerical questions are graded on the number)");
                    }
                    yield new NumericalQuestion(header, answers.stream().map(answer -> new NumericalAnswer(
                            new ValueWithTolerance(number(answer.textOf("text").orElse(""), "the answer"),
                                    number(answer.textOf("tolerance").orElse("0"), "the tolerance").abs()),
                            weight(answer), answer.textOf("feedback").orElse(""))).toList());
                }
                default -> {
                    List<MatchingPair> pairs = new ArrayList<>();
                    for (Element sub : question.all("subquestion")) {
                        String prompt = sub.textOf("text").orElse("");
                        String answer = sub.first("answer").flatMap(element -> Optional.of(element.first("text").map(Element::text)
                                .orElse(element.text()))).orElse("");
                        if (prompt.isBlank()) {
                            throw new IllegalArgumentException("an extra wrong answer without a prompt ('" + answer.strip()
                                    + "') cannot be kept: Maharat's matching questions have none");
                        }
                        pairs.add(new MatchingPair(prompt, answer));
                    }
                    yield new MatchingQuestion(header, pairs);
                }
            };
        }

        private Weight weight(Element answer) {
            String fraction = answer.attributes().getOrDefault("fraction", "0").strip();
            if (!NUMBER.matcher(fraction).matches()) {
                throw new IllegalArgumentException("fraction=\"" + fraction + "\" is not a number of percent");
            }
            return Weight.of(fraction.startsWith("+") ? fraction.substring(1) : fraction);
        }

        private BigDecimal number(String text, String what) {
            String number = text.strip();
            if (!NUMBER.matcher(number).matches()) {
                throw new IllegalArgumentException(what + " is not a plain number: '" + number + "'");
            }
            return new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
        }

        private Optional<CalculatedQuestion> calculated(Element question, String name, String text) {
            Optional<String> template = question.textOf(MoodleXmlWriter.TEMPLATE);
            CalculatedQuestion built = template.isPresent() ? fromTemplate(question, template.get(), name, text)
                    : fromMoodle(question, name, text);
            if (built == null) {
                return Optional.empty();
            }
            // Through the same reader as the bank files: every check, the whole grid solved.
            CalculatedQuestionReader.Reading reading = new CalculatedQuestionReader().read(new CalculatedQuestionWriter().write(built));
            if (!reading.isValid()) {
                reading.problems().forEach(problem -> problem(question, "the calculated question '" + name + "': " + problem.message()));
                return Optional.empty();
            }
            return Optional.of(reading.questions().get(0));
        }

        /** Maharat's own export: the template, with the name and this language's text as they are in the file (edited in Moodle, perhaps). */
        private CalculatedQuestion fromTemplate(Element question, String yaml, String name, String text) {
            CalculatedQuestionReader.Reading reading = new CalculatedQuestionReader().read(yaml);
            if (!reading.isValid() || reading.questions().size() != 1) {
                reading.problems().forEach(problem -> problem(question, "the Maharat template of '" + name + "', its line " + problem.line()
                        + ": " + problem.message()));
                if (reading.isValid()) {
                    problem(question, "the Maharat template of '" + name + "' holds " + reading.questions().size() + " questions, not one");
                }
                return null;
            }
            CalculatedQuestion template = reading.questions().get(0);
            Map<Language, String> texts = new EnumMap<>(template.texts());
            texts.put(language, text.strip());
            return new CalculatedQuestion(name, category, template.variables(), template.steps(), template.answer(), template.tolerance(),
                    template.lowest(), template.highest(), template.units(), texts);
        }

        /** A calculated question written by Moodle: its datasets become variables, its formula Maharat's. */
        private CalculatedQuestion fromMoodle(Element question, String name, String text) {
            List<Element> answers = question.all("answer");
            if (answers.size() != 1) {
                problem(question, "the calculated question '" + name + "' has " + answers.size()
                        + " answers: Maharat's have one (partial credit for a second formula is not kept)");
                return null;
            }
            Element answer = answers.get(0);
            if (text.contains("{=")) {
                problem(question, "the calculated question '" + name + "' computes in its text ({=...}): write the values as {wildcards}");
                return null;
            }
            Tolerance tolerance = tolerance(answer, name);
            Map<String, List<BigDecimal>> datasets = datasets(question, name);
            if (tolerance == null || datasets == null) {
                return null;
            }
            String formulaText;
            try {
                formulaText = MoodleFormula.fromMoodle(answer.textOf("text").orElse(""));
            } catch (MoodleFormula.Untranslatable e) {
                problem(answer, "the formula of '" + name + "': " + e.getMessage());
                return null;
            }
            if (datasets.size() > 1 && datasets.containsKey(formulaText.strip())) {
                problem(answer, "the answer of '" + name + "' is a dataset of values worked out elsewhere ({" + formulaText.strip()
                        + "}) and the file has no Maharat template: it cannot be worked out again from the other values");
                return null;
            }
            TradeFormula formula;
            try {
                formula = TradeFormula.parse(formulaText, datasets.keySet());
            } catch (TradeFormula.FormulaException e) {
                problem(answer, "the formula of '" + name + "': " + e.getMessage());
                return null;
            }
            List<CalculatedVariable> variables = new ArrayList<>();
            datasets.forEach((wildcard, values) -> variables.add(new CalculatedVariable(wildcard, values,
                    Map.of(Language.AR, wildcard, Language.FR, wildcard))));
            Map<Language, String> texts = new EnumMap<>(Language.class);
            texts.put(language, text.strip());
            Language other = language == Language.AR ? Language.FR : Language.AR;
            texts.putIfAbsent(other, text.strip());
            if (language == Language.EN) {
                texts.put(Language.FR, text.strip());
            }
            Map<Language, String> units = new EnumMap<>(Language.class);
            question.first("units").flatMap(list -> list.all("unit").stream()
                    .filter(unit -> unit.textOf("multiplier").map(m -> m.strip().matches("1(\\.0*)?")).orElse(true)).findFirst())
                    .flatMap(unit -> unit.textOf("unit_name")).filter(unit -> !unit.isBlank())
                    .ifPresent(unit -> {
                        units.put(Language.AR, unit.strip());
                        units.put(Language.FR, unit.strip());
                    });
            CalculatedQuestion draft = new CalculatedQuestion(name, category, variables, List.of(), formula, tolerance, BigDecimal.ZERO,
                    BigDecimal.ZERO, units, texts);
            if (draft.gridSize() > CalculatedQuestionReader.LARGEST_GRID) {
                problem(question, "the calculated question '" + name + "' gives " + draft.gridSize() + " combinations of its values; at most "
                        + CalculatedQuestionReader.LARGEST_GRID);
                return null;
            }
            BigDecimal lowest = null;
            BigDecimal highest = null;
            for (long index = 0; index < draft.gridSize(); index++) {
                Map<String, BigDecimal> values = draft.gridPoint(index);
                BigDecimal value;
                try {
                    value = draft.solve(values).answer();
                } catch (TradeFormula.FormulaException e) {
                    problem(answer, "the formula of '" + name + "' fails with " + values + ": " + e.getMessage());
                    return null;
                }
                lowest = lowest == null || value.compareTo(lowest) < 0 ? value : lowest;
                highest = highest == null || value.compareTo(highest) > 0 ? value : highest;
            }
            notes.add("'" + name + "' (from Moodle): each wildcard is drawn on its own from its dataset's values, where Moodle draws one item"
                    + " number for all; its labels are the wildcards' names and its text is the same in Arabic and French until translated"
                    + " in quiz/bank.calculated.yaml");
            copiedTexts.add(name);
            return new CalculatedQuestion(name, category, variables, List.of(), formula, tolerance, lowest, highest, units, texts);
        }

        private Tolerance tolerance(Element answer, String name) {
            String type = answer.textOf("tolerancetype").orElse("1").strip();
            BigDecimal amount;
            try {
                amount = number(answer.textOf("tolerance").orElse("0.01"), "the tolerance").abs();
            } catch (IllegalArgumentException e) {
                problem(answer, "'" + name + "': " + e.getMessage());
                return null;
            }
            return switch (type) {
                case "1" -> new Tolerance(amount.movePointRight(2).stripTrailingZeros(), true);
                case "2" -> new Tolerance(amount, false);
                default -> {
                    problem(answer, "'" + name + "': tolerance type " + type + " (geometric) has no Maharat form: use relative (1) or nominal (2)");
                    yield null;
                }
            };
        }

        /** Each dataset's values in item order, without repeats. */
        private Map<String, List<BigDecimal>> datasets(Element question, String name) {
            Map<String, List<BigDecimal>> datasets = new LinkedHashMap<>();
            List<Element> definitions = question.first("dataset_definitions").map(list -> list.all("dataset_definition")).orElse(List.of());
            if (definitions.isEmpty()) {
                problem(question, "the calculated question '" + name + "' has no <dataset_definitions>");
                return null;
            }
            for (Element definition : definitions) {
                String wildcard = definition.textOf("name").orElse("").strip();
                Set<BigDecimal> values = new LinkedHashSet<>();
                for (Element item : definition.first("dataset_items").map(items -> items.all("dataset_item")).orElse(List.of())) {
                    try {
                        values.add(number(item.textOf("value").orElse(""), "a value of {" + wildcard + "}").stripTrailingZeros());
                    } catch (IllegalArgumentException e) {
                        problem(item, "'" + name + "': " + e.getMessage());
                        return null;
                    }
                }
                if (values.isEmpty()) {
                    problem(definition, "'" + name + "': the dataset {" + wildcard + "} has no items (generate them in Moodle before exporting)");
                    return null;
                }
                datasets.put(wildcard, new ArrayList<>(values));
            }
            return datasets;
        }

        private void problem(Element at, String message) {
            problems.add(new MoodleProblem(at.line(), at.column(), message));
        }
    }
}

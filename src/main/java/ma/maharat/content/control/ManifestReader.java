package ma.maharat.content.control;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import ma.maharat.platform.i18n.Language;
import ma.maharat.content.entity.DiagnosticSettings;
import ma.maharat.content.entity.LocalizedText;
import ma.maharat.content.entity.PracticalTaskDefinition;
import ma.maharat.content.entity.QuizSettings;
import ma.maharat.quiz.entity.Quiz;

/**
 * Reads and checks course.yaml. It works on SnakeYAML's node tree (compose, never construct) for two
 * reasons: every problem can point at the line of the offending key or value, and no Java object is
 * ever built from the file, whatever tags it contains.
 */
final class ManifestReader {

    static final List<String> COURSE_KEYS =
            List.of("id", "title", "description", "estimatedHours", "prerequisites", "modules", "quiz", "practical",
                    "diagnostic");
    /** {@code prerequisites} may be left out: a first course has none. */
    static final List<String> REQUIRED_COURSE_KEYS =
            List.of("id", "title", "description", "estimatedHours", "modules", "quiz");
    static final List<String> MODULE_KEYS = List.of("id", "title", "lessons");
    static final List<String> LESSON_KEYS = List.of("id", "title", "minutes", "quiz");
    /** A lesson's {@code quiz} is optional: most lessons have none. */
    static final List<String> REQUIRED_LESSON_KEYS = List.of("id", "title", "minutes");
    static final List<String> QUIZ_KEYS = List.of("bank", "questions", "minutes", "attempts", "passMark", "review");
    static final List<String> REQUIRED_QUIZ_KEYS = List.of("bank");
    /** A lesson quiz draws from its module's part of the course bank, so it names no bank but a number. */
    static final List<String> LESSON_QUIZ_KEYS = List.of("questions", "minutes", "attempts", "passMark", "review");
    static final List<String> REQUIRED_LESSON_QUIZ_KEYS = List.of("questions");
    /** The diagnostic draws from the course bank (the quiz's {@code bank}), so it names no bank. */
    static final List<String> DIAGNOSTIC_KEYS = List.of("questions", "category", "form");
    static final List<String> REQUIRED_DIAGNOSTIC_KEYS = List.of("questions");
    /** What {@code form} of a diagnostic may say: the second attempt draws the first one's questions, or others. */
    static final List<String> DIAGNOSTIC_FORMS = List.of("same", "parallel");
    /** What {@code review} may list: what the trainee sees after submitting an attempt. */
    static final List<String> REVIEW_WORDS = List.of("score", "answers", "feedback");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,6}");
    private static final Pattern RELATIVE_PATH =
            Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private final String folderName;
    private final FileProblems problems;

    /**
     * @param folderName the course folder name, which the id must equal
     * @param problems   where problems about course.yaml go
     */
    ManifestReader(String folderName, FileProblems problems) {
        this.folderName = folderName;
        this.problems = problems;
    }

    /** The manifest as far as it could be read; empty when the YAML itself is unusable. */
    Optional<Manifest> read(String yaml) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(mark == null ? 0 : mark.getLine() + 1, "YAML syntax error: " + problem);
            return Optional.empty();
        } catch (YAMLException e) {
            problems.addWholeFile("YAML syntax error: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            problems.addWholeFile("course.yaml is empty");
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(YamlMapping.lineOf(root),
                    "course.yaml must be a map of keys (" + String.join(", ", COURSE_KEYS) + ")");
            return Optional.empty();
        }
        return Optional.of(course(new YamlMapping(mapping)));
    }

    private Manifest course(YamlMapping root) {
        root.checkKeys(COURSE_KEYS, REQUIRED_COURSE_KEYS, "", 0, problems);
        Located<String> id = text(root, "id", "course id");
        if (id != null && !ContentIds.isValid(id.value())) {
            problems.add(id.line(), "course id '" + id.value() + "' is invalid: " + ContentIds.RULE);
            id = null;
        } else if (id != null && !id.value().equals(folderName)) {
            problems.add(id.line(), "course id '" + id.value() + "' does not match its folder name '"
                    + folderName + "'");
        }
        LocalizedText title = localized(root, "title", "title");
        LocalizedText description = localized(root, "description", "description");
        Integer hours = positiveNumber(root, "estimatedHours", "estimatedHours");
        List<Located<String>> prerequisites = prerequisites(root);
        Set<String> declaredLessons = new LinkedHashSet<>();
        List<Manifest.Module> modules = modules(root, declaredLessons);
        Located<String> quizBank = null;
        Manifest.Quiz quiz = null;
        YamlMapping quizMap = map(root, "quiz", "quiz must be a map with the key bank, e.g. bank: quiz/bank");
        if (quizMap != null) {
            quizMap.checkKeys(QUIZ_KEYS, REQUIRED_QUIZ_KEYS, " in quiz", root.keyLine("quiz"), problems);
            quizBank = quizBank(quizMap);
            quiz = quiz(quizMap, "quiz", false);
        }
        List<PracticalTaskDefinition> practical = new PracticalTaskReader(this, problems).read(root);
        Manifest.Diagnostic diagnostic = diagnostic(root, modules == null ? List.of() : modules);
        return new Manifest(id, title, description, hours, prerequisites, modules == null ? List.of() : modules,
                modules == null ? null : declaredLessons, quizBank, quiz, practical, diagnostic);
    }

    /** The {@code diagnostic:} map, or null when absent or (reported) not a map. */
    private Manifest.Diagnostic diagnostic(YamlMapping root, List<Manifest.Module> modules) {
        YamlMapping map = map(root, "diagnostic",
                "diagnostic must be a map with at least the key questions, e.g. diagnostic: {questions: 6}");
        if (map == null) {
            return null;
        }
        int line = root.keyLine("diagnostic");
        map.checkKeys(DIAGNOSTIC_KEYS, REQUIRED_DIAGNOSTIC_KEYS, " in diagnostic", line, problems);
        // The diagnostic's attempts are filed under its scope, which a lesson's quiz would share.
        modules.stream().flatMap(module -> module.lessons().stream())
                .filter(lesson -> lesson.id() != null && Quiz.DIAGNOSTIC_SCOPE.equals(lesson.id().value()))
                .forEach(lesson -> problems.add(lesson.id().line(), "lesson id '" + Quiz.DIAGNOSTIC_SCOPE
                        + "' is reserved for the course's diagnostic: rename the lesson"));
        Integer questions = positiveNumber(map, "questions", "questions in diagnostic");
        Located<String> category = text(map, "category", "category in diagnostic");
        Located<String> form = text(map, "form", "form in diagnostic");
        if (form != null && !DIAGNOSTIC_FORMS.contains(form.value())) {
            problems.add(form.line(), "form in diagnostic must be same (the same questions before and after) or"
                    + " parallel (other questions of the same category after), found '" + form.value() + "'");
            form = null;
        }
        boolean wrong = questions == null || (category == null && map.value("category").isPresent())
                || (form == null && map.value("form").isPresent());
        Located<Integer> drawn = questions == null ? null
                : new Located<>(questions, YamlMapping.lineOf(map.value("questions").orElseThrow()));
        DiagnosticSettings settings = wrong ? null : new DiagnosticSettings(questions,
                category == null ? null : category.value(), form != null && "parallel".equals(form.value()));
        return new Manifest.Diagnostic(line, drawn, category, settings);
    }

    private List<Located<String>> prerequisites(YamlMapping root) {
        Optional<Node> value = root.value("prerequisites");
        if (value.isEmpty() || isNull(value.get())) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode list)) {
            problems.add(YamlMapping.lineOf(value.get()),
                    "prerequisites must be a list of course ids, e.g. [modeling]");
            return List.of();
        }
        Map<String, Located<String>> byId = new LinkedHashMap<>();
        for (Node item : list.getValue()) {
            int line = YamlMapping.lineOf(item);
            if (!(item instanceof ScalarNode scalar) || isNull(item)) {
                problems.add(line, "each prerequisite must be a course id, e.g. modeling");
            } else if (!ContentIds.isValid(scalar.getValue())) {
                problems.add(line, "prerequisite '" + scalar.getValue() + "' is not a valid course id: "
                        + ContentIds.RULE);
            } else if (byId.containsKey(scalar.getValue())) {
                problems.add(line, "prerequisite '" + scalar.getValue() + "' is listed twice");
            } else {
                byId.put(scalar.getValue(), new Located<>(scalar.getValue(), line));
            }
        }
        return List.copyOf(byId.values());
    }

    /** The modules, or {@code null} when the module list itself is missing or not a list. */
    private List<Manifest.Module> modules(YamlMapping root, Set<String> declaredLessons) {
        Optional<Node> value = root.value("modules");
        if (value.isEmpty()) {
            return null;
        }
        if (!(value.get() instanceof SequenceNode list)) {
            problems.add(root.keyLine("modules"), "modules must be a list of modules, each with id, title and lessons");
            return null;
        }
        if (list.getValue().isEmpty()) {
            problems.add(root.keyLine("modules"), "modules must contain at least one module");
        }
        Map<String, Integer> moduleLines = new LinkedHashMap<>();
        Map<String, Integer> lessonLines = new LinkedHashMap<>();
        List<Manifest.Module> modules = new ArrayList<>();
        int position = 0;
        for (Node item : list.getValue()) {
            position++;
            if (!(item instanceof MappingNode mapping)) {
                problems.add(YamlMapping.lineOf(item), "module " + position + " must be a map with id, title and lessons");
                continue;
            }
            modules.add(module(new YamlMapping(mapping), position, moduleLines, lessonLines, declaredLessons));
        }
        return modules;
    }

    private Manifest.Module module(YamlMapping module, int position, Map<String, Integer> moduleLines,
                                   Map<String, Integer> lessonLines, Set<String> declaredLessons) {
        Located<String> id = text(module, "id", "module id");
        String name = id == null ? "module " + position : "module '" + id.value() + "'";
        module.checkKeys(MODULE_KEYS, MODULE_KEYS, " in " + name, module.line(), problems);
        id = uniqueId(id, "module", moduleLines);
        LocalizedText title = localized(module, "title", "title of " + name);
        List<Manifest.Lesson> lessons = new ArrayList<>();
        Optional<Node> value = module.value("lessons");
        if (value.isPresent() && !(value.get() instanceof SequenceNode)) {
            problems.add(module.keyLine("lessons"), "lessons of " + name + " must be a list of lessons, each with id, title and minutes");
        } else if (value.isPresent()) {
            List<Node> items = ((SequenceNode) value.get()).getValue();
            if (items.isEmpty()) {
                problems.add(module.keyLine("lessons"), name + " must contain at least one lesson");
            }
            int lessonPosition = 0;
            for (Node item : items) {
                lessonPosition++;
                if (!(item instanceof MappingNode mapping)) {
                    problems.add(YamlMapping.lineOf(item), "lesson " + lessonPosition + " of " + name
                            + " must be a map with id, title and minutes");
                    continue;
                }
                lessons.add(lesson(new YamlMapping(mapping), "lesson " + lessonPosition + " of " + name,
                        lessonLines, declaredLessons));
            }
        }
        return new Manifest.Module(id, title, lessons);
    }

    private Manifest.Lesson lesson(YamlMapping lesson, String positionName, Map<String, Integer> lessonLines,
                                   Set<String> declaredLessons) {
        Located<String> id = text(lesson, "id", "lesson id");
        String name = id == null ? positionName : "lesson '" + id.value() + "'";
        lesson.checkKeys(LESSON_KEYS, REQUIRED_LESSON_KEYS, " in " + name, lesson.line(), problems);
        if (id != null) {
            declaredLessons.add(id.value());
        }
        id = uniqueId(id, "lesson", lessonLines);
        LocalizedText title = localized(lesson, "title", "title of " + name);
        Integer minutes = positiveNumber(lesson, "minutes", "minutes of " + name);
        Manifest.Quiz quiz = null;
        YamlMapping quizMap = map(lesson, "quiz", "quiz of " + name
                + " must be a map with at least the key questions, e.g. quiz: {questions: 2}");
        if (quizMap != null) {
            quizMap.checkKeys(LESSON_QUIZ_KEYS, REQUIRED_LESSON_QUIZ_KEYS, " in quiz of " + name,
                    lesson.keyLine("quiz"), problems);
            quiz = quiz(quizMap, "quiz of " + name, true);
        }
        return new Manifest.Lesson(id, title, minutes, quiz);
    }

    /** The id when valid and not seen before in the course; otherwise reports why and returns null. */
    Located<String> uniqueId(Located<String> id, String kind, Map<String, Integer> seen) {
        if (id == null) {
            return null;
        }
        if (!ContentIds.isValid(id.value())) {
            problems.add(id.line(), kind + " id '" + id.value() + "' is invalid: " + ContentIds.RULE);
            return null;
        }
        Integer firstLine = seen.putIfAbsent(id.value(), id.line());
        if (firstLine != null) {
            problems.add(id.line(), "duplicate " + kind + " id '" + id.value() + "' (already used on line "
                    + firstLine + ")");
            return null;
        }
        return id;
    }

    /** The map under a key, or null when the key is absent or (reported) its value is not a map. */
    YamlMapping map(YamlMapping owner, String key, String notAMap) {
        Optional<Node> value = owner.value(key);
        if (value.isEmpty()) {
            return null;
        }
        if (!(value.get() instanceof MappingNode mapping)) {
            problems.add(owner.keyLine(key), notAMap);
            return null;
        }
        return new YamlMapping(mapping);
    }

    private Located<String> quizBank(YamlMapping quiz) {
        Located<String> bank = text(quiz, "bank", "quiz bank");
        if (bank == null) {
            return null;
        }
        if (bank.value().endsWith(".gift")) {
            problems.add(bank.line(), "quiz bank '" + bank.value()
                    + "' must be the base path without language and extension, e.g. quiz/bank");
            return null;
        }
        if (!RELATIVE_PATH.matcher(bank.value()).matches()) {
            problems.add(bank.line(), "quiz bank '" + bank.value()
                    + "' must be a path inside the course folder, e.g. quiz/bank");
            return null;
        }
        return bank;
    }

    /**
     * The settings of the course quiz or of a lesson quiz (whose keys were checked by the caller).
     *
     * @param name              how messages name this quiz, e.g. {@code quiz of lesson 'x'}
     * @param questionsRequired whether the quiz must say how many questions it draws (a lesson quiz);
     *                          its absence was reported with the keys, here it only withholds the settings
     */
    private Manifest.Quiz quiz(YamlMapping quiz, String name, boolean questionsRequired) {
        String where = " in " + name;
        Integer questions = positiveNumber(quiz, "questions", "questions" + where);
        Integer minutes = positiveNumber(quiz, "minutes", "minutes" + where);
        Integer attempts = positiveNumber(quiz, "attempts", "attempts" + where);
        Integer passMark = wholeNumber(quiz, "passMark", "passMark" + where, 0, 100, "a whole number from 0 to 100");
        Set<String> review = quiz.value("review").isEmpty() ? Set.copyOf(REVIEW_WORDS)
                : review(quiz.value("review").get(), quiz.keyLine("review"), where);
        boolean wrong = (questions == null && (questionsRequired || quiz.value("questions").isPresent()))
                || (minutes == null && quiz.value("minutes").isPresent())
                || (attempts == null && quiz.value("attempts").isPresent())
                || (passMark == null && quiz.value("passMark").isPresent())
                || review == null;
        Located<Integer> drawn = questions == null ? null
                : new Located<>(questions, YamlMapping.lineOf(quiz.value("questions").orElseThrow()));
        QuizSettings settings = wrong ? null : new QuizSettings(questions, minutes, attempts,
                passMark == null ? QuizSettings.DEFAULT_PASS_MARK : passMark,
                review.contains("score"), review.contains("answers"), review.contains("feedback"));
        return new Manifest.Quiz(name, drawn, settings);
    }

    /** The words of {@code review}, each once; null when any is wrong (reported at its line). */
    private Set<String> review(Node value, int keyLine, String where) {
        if (!(value instanceof SequenceNode list)) {
            problems.add(keyLine, "review" + where + " must be a list of what the trainee sees after submitting,"
                    + " among " + String.join(", ", REVIEW_WORDS) + ", e.g. [score, feedback]");
            return null;
        }
        Set<String> words = new LinkedHashSet<>();
        boolean clean = true;
        for (Node item : list.getValue()) {
            int line = YamlMapping.lineOf(item);
            if (!(item instanceof ScalarNode scalar) || isNull(item)) {
                problems.add(line, "each review word" + where + " must be one of " + String.join(", ", REVIEW_WORDS));
                clean = false;
            } else if (!REVIEW_WORDS.contains(scalar.getValue())) {
                problems.add(line, "unknown review word '" + scalar.getValue() + "'" + where
                        + KeySuggestion.closest(scalar.getValue(), REVIEW_WORDS)
                        .map(suggestion -> " (did you mean '" + suggestion + "'?)")
                        .orElse(" (allowed: " + String.join(", ", REVIEW_WORDS) + ")"));
                clean = false;
            } else if (!words.add(scalar.getValue())) {
                problems.add(line, "review word '" + scalar.getValue() + "' is listed twice" + where);
                clean = false;
            }
        }
        return clean ? words : null;
    }

    /**
     * A text in the three languages. Reports unknown and duplicate languages, missing Arabic or French,
     * and empty texts; returns {@code null} unless the text is complete and clean.
     */
    LocalizedText localized(YamlMapping owner, String key, String what) {
        Optional<Node> value = owner.value(key);
        if (value.isEmpty()) {
            return null;
        }
        if (!(value.get() instanceof MappingNode mapping)) {
            problems.add(owner.keyLine(key), what + " must be a map of texts by language: ar, fr and optionally en");
            return null;
        }
        YamlMapping texts = new YamlMapping(mapping);
        boolean clean = true;
        Map<Language, String> byLanguage = new EnumMap<>(Language.class);
        Set<String> seen = new LinkedHashSet<>();
        for (NodeTuple tuple : texts.tuples()) {
            int line = YamlMapping.lineOf(tuple.getKeyNode());
            String code = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            Optional<Language> language = Language.ofCode(code);
            if (language.isEmpty()) {
                problems.add(line, "unknown language '" + code + "' in " + what + " (allowed: ar, fr, en)");
                clean = false;
            } else if (!seen.add(code)) {
                problems.add(line, "duplicate language '" + code + "' in " + what);
                clean = false;
            } else {
                String text = languageText(tuple, language.get(), what);
                if (text == null) {
                    clean = false;
                } else {
                    byLanguage.put(language.get(), text);
                }
            }
        }
        for (Language language : Language.values()) {
            if (language.requiredInContent() && !seen.contains(language.code())) {
                problems.add(owner.keyLine(key), "missing " + languageName(language) + " " + what);
                clean = false;
            }
        }
        return clean ? new LocalizedText(byLanguage.get(Language.AR), byLanguage.get(Language.FR),
                byLanguage.get(Language.EN)) : null;
    }

    private String languageText(NodeTuple tuple, Language language, String what) {
        Node node = tuple.getValueNode();
        int line = YamlMapping.lineOf(tuple.getKeyNode());
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(line, languageName(language) + " " + what + " must be a text, not a " + kind(node));
            return null;
        }
        if (isNull(node) || scalar.getValue().isBlank()) {
            problems.add(line, "empty " + languageName(language) + " " + what);
            return null;
        }
        return scalar.getValue().strip();
    }

    private static String languageName(Language language) {
        return language.englishName() + " (" + language.code() + ")";
    }

    /** A single text value; reports a list/map or an empty value and returns null then. */
    Located<String> text(YamlMapping owner, String key, String what) {
        Optional<Node> value = owner.value(key);
        if (value.isEmpty()) {
            return null;
        }
        Node node = value.get();
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(owner.keyLine(key), what + " must be a text, not a " + kind(node));
            return null;
        }
        if (isNull(node) || scalar.getValue().isBlank()) {
            problems.add(owner.keyLine(key), what + " is empty");
            return null;
        }
        return new Located<>(scalar.getValue(), YamlMapping.lineOf(node));
    }

    /** A positive whole number written as a plain YAML number; reports anything else. */
    private Integer positiveNumber(YamlMapping owner, String key, String what) {
        return wholeNumber(owner, key, what, 1, Integer.MAX_VALUE, "a positive whole number");
    }

    /**
     * A whole number from {@code min} to {@code max} written as a plain YAML number; reports anything
     * else, saying it must be {@code rule}.
     */
    Integer wholeNumber(YamlMapping owner, String key, String what, int min, int max, String rule) {
        Optional<Node> value = owner.value(key);
        if (value.isEmpty()) {
            return null;
        }
        Node node = value.get();
        String found;
        if (node instanceof ScalarNode scalar) {
            boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
            if (isNull(node)) {
                problems.add(owner.keyLine(key), what + " is empty: write " + rule);
                return null;
            }
            if (WHOLE_NUMBER.matcher(scalar.getValue()).matches()) {
                int number = Integer.parseInt(scalar.getValue());
                boolean inRange = number >= min && number <= max;
                if (plain && inRange) {
                    return number;
                }
                if (!plain && inRange) {
                    problems.add(YamlMapping.lineOf(node), what + " must be a number without quotes, found '"
                            + scalar.getValue() + "' in quotes");
                    return null;
                }
            }
            found = "'" + scalar.getValue() + "'";
        } else {
            found = "a " + kind(node);
        }
        problems.add(YamlMapping.lineOf(node), what + " must be " + rule + ", found " + found);
        return null;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    static String kind(Node node) {
        return node instanceof SequenceNode ? "list" : node instanceof MappingNode ? "map" : "text";
    }
}

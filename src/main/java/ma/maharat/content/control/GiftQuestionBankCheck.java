package ma.maharat.content.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ma.maharat.content.entity.ContentProblem;
import ma.maharat.platform.i18n.Language;
import ma.maharat.content.entity.QuizBank;
import ma.maharat.content.entity.QuizBankFile;
import ma.maharat.quiz.gift.GiftError;
import ma.maharat.quiz.gift.GiftParseResult;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.question.Question;

/**
 * The question bank check of Maharat's content format: what the importer needs before it can store a
 * course's questions once and show them in the trainee's language.
 *
 * <ul>
 * <li>Each language's bank must parse as GIFT; every parser error becomes a problem at its line, the
 * column leading the message.</li>
 * <li>Every question needs a {@code ::name::}: it is the stable id that keeps trainees' attempts
 * attached to a question across re-imports and ties its translations together. Names are unique
 * within a bank (the parser reports a duplicate), hence within the course.</li>
 * <li>Every {@code $CATEGORY:} must be {@code <course-id>/<module-id>} with a module of the manifest,
 * because categories are how questions are filed under modules.</li>
 * <li>The Arabic (and English) bank must have the French bank's names in the same order, each filed
 * under the same module and with the same type and answer key ({@link AnswerKeyDifference}), so every
 * language files and grades alike. Problems about a translation are reported in its own file, at the
 * question's line.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class GiftQuestionBankCheck implements QuestionBankCheck {

    private final GiftParser parser = new GiftParser();

    @Override
    public List<ContentProblem> check(String courseId, List<String> moduleIds, QuizBank bank) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<Language, ParsedBank> parsed = new EnumMap<>(Language.class);
        for (QuizBankFile file : bank.files().values()) {
            GiftLayout layout = GiftLayout.of(file.text());
            checkCategories(file, layout, courseId, moduleIds, problems);
            GiftParseResult result = parser.parse(file.text());
            for (GiftError error : result.errors()) {
                problems.add(new ContentProblem(file.file(), error.line(),
                        "column " + error.column() + ": " + error.message()));
            }
            if (result.isValid()) {
                parsed.put(file.language(),
                        named(file, result.questions(), layout.questionLines(), courseId, problems));
            }
        }
        ParsedBank french = parsed.get(Language.FR);
        if (french != null) {
            List<String> moduleCategories = moduleIds.stream().map(moduleId -> courseId + "/" + moduleId).toList();
            parsed.values().stream()
                    .filter(translation -> translation != french)
                    .forEach(translation -> compare(french, translation, moduleCategories, problems));
        }
        problems.sort(ContentProblem.READING_ORDER);
        return problems;
    }

    private static void checkCategories(QuizBankFile file, GiftLayout layout, String courseId, List<String> moduleIds,
                                        List<ContentProblem> problems) {
        for (Located<String> category : layout.categories()) {
            String value = category.value();
            String prefix = courseId + "/";
            String moduleId = value.startsWith(prefix) ? value.substring(prefix.length()) : "";
            if (moduleId.isEmpty() || moduleId.contains("/")) {
                problems.add(new ContentProblem(file.file(), category.line(), "$CATEGORY '" + value
                        + "' is not <course-id>/<module-id>: write " + prefix + "<module-id>"));
            } else if (!moduleIds.contains(moduleId)) {
                problems.add(new ContentProblem(file.file(), category.line(), "$CATEGORY '" + value
                        + "' names no module of course.yaml" + KeySuggestion.closest(moduleId, moduleIds)
                        .map(suggestion -> " (did you mean '" + suggestion + "'?)")
                        .orElse(" (modules: " + String.join(", ", moduleIds) + ")")));
            }
        }
    }

    /** A translation against the French bank: same names, same order, same module, same answer key. */
    private static void compare(ParsedBank french, ParsedBank translation, List<String> moduleCategories,
                                List<ContentProblem> problems) {
        french.lineByName.keySet().stream()
                .filter(name -> !translation.byName.containsKey(name))
                .forEach(name -> problems.add(french.problemAt(name,
                        "question '" + name + "' is missing from " + translation.fileName())));
        translation.lineByName.keySet().stream()
                .filter(name -> !french.byName.containsKey(name))
                .forEach(name -> problems.add(translation.problemAt(name,
                        "question '" + name + "' is not in " + french.fileName())));
        compareOrder(french, translation, problems);
        for (String name : french.namesAlsoIn(translation)) {
            compareCategory(name, french, translation, moduleCategories, problems);
            AnswerKeyDifference.between(french.byName.get(name), translation.byName.get(name))
                    .ifPresent(difference -> problems.add(translation.problemAt(name, "question '" + name + "' "
                            + difference.subject() + " " + difference.reference() + " in " + french.fileName()
                            + " but " + difference.here() + " here")));
        }
    }

    /** Reports only the first question out of place: one move usually shifts all that follow. */
    private static void compareOrder(ParsedBank french, ParsedBank translation, List<ContentProblem> problems) {
        List<String> frenchOrder = french.namesAlsoIn(translation);
        List<String> translationOrder = translation.namesAlsoIn(french);
        for (int i = 0; i < frenchOrder.size(); i++) {
            String found = translationOrder.get(i);
            if (!found.equals(frenchOrder.get(i))) {
                problems.add(translation.problemAt(found, "question '" + found + "' is where " + french.fileName()
                        + " has '" + frenchOrder.get(i) + "': keep the questions in the same order"));
                return;
            }
        }
    }

    /** Skipped when either category is a broken {@code $CATEGORY} line, already reported on that line. */
    private static void compareCategory(String name, ParsedBank french, ParsedBank translation,
                                        List<String> moduleCategories, List<ContentProblem> problems) {
        String frenchCategory = french.byName.get(name).category();
        String category = translation.byName.get(name).category();
        if (!frenchCategory.equals(category) && Stream.of(frenchCategory, category)
                .allMatch(filed -> filed.isEmpty() || moduleCategories.contains(filed))) {
            problems.add(translation.problemAt(name, "question '" + name + "' is in " + categoryName(frenchCategory)
                    + " in " + french.fileName() + " but " + categoryName(category) + " here"));
        }
    }

    private static String categoryName(String category) {
        return category.isEmpty() ? "no category" : "category '" + category + "'";
    }

    /** Indexes the named questions of a bank that parsed, reporting those without a name. */
    private static ParsedBank named(QuizBankFile file, List<Question> questions, List<Integer> lines,
                                    String courseId, List<ContentProblem> problems) {
        ParsedBank bank = new ParsedBank(file, new LinkedHashMap<>(), new LinkedHashMap<>());
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            if (question.name().isEmpty()) {
                problems.add(new ContentProblem(file.file(), lines.get(i),
                        "question has no ::name:: (Maharat identifies questions by it, e.g. ::" + courseId + "-q01::)"));
            } else {
                bank.byName.put(question.name(), question);
                bank.lineByName.put(question.name(), lines.get(i));
            }
        }
        return bank;
    }

    /** A bank that parsed: its named questions and their lines, in file order. */
    private record ParsedBank(QuizBankFile file, Map<String, Question> byName, Map<String, Integer> lineByName) {

        String fileName() {
            return file.file().substring(file.file().lastIndexOf('/') + 1);
        }

        List<String> namesAlsoIn(ParsedBank other) {
            return byName.keySet().stream().filter(other.byName::containsKey).toList();
        }

        ContentProblem problemAt(String name, String message) {
            return new ContentProblem(file.file(), lineByName.get(name), message);
        }
    }
}

package ma.maharat.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.QuizBankFile;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.CalculatedQuestionReader;

/**
 * Checks a course's calculated questions file: what {@link CalculatedQuestionReader} checks (keys, variables,
 * formulas, every draw of the grid), plus what only the course knows: each question filed under one of its
 * modules ({@code <course>/<module>}, as a GIFT {@code $CATEGORY}) and no name shared with a GIFT question.
 */
final class CalculatedBankCheck {

    /** The file's name after the bank's base path: {@code quiz/bank} gives {@code quiz/bank.calculated.yaml}. */
    static final String SUFFIX = ".calculated.yaml";

    private static final Pattern GIFT_NAME = Pattern.compile("(?m)^\\s*::(.+?)::");

    private CalculatedBankCheck() {
    }

    static List<ContentProblem> check(String courseId, List<String> moduleIds, QuizBankFile file, String frenchGift) {
        List<ContentProblem> problems = new ArrayList<>();
        CalculatedQuestionReader.Reading reading = new CalculatedQuestionReader().read(file.text());
        reading.problems().forEach(problem -> problems.add(new ContentProblem(file.file(), problem.line(), problem.message())));
        List<String> giftNames = new ArrayList<>();
        Matcher matcher = GIFT_NAME.matcher(frenchGift);
        while (matcher.find()) {
            giftNames.add(matcher.group(1).strip());
        }
        Map<String, Integer> lines = reading.lines();
        for (CalculatedQuestion question : reading.questions()) {
            int line = lines.getOrDefault(question.name(), 0);
            String prefix = courseId + "/";
            String moduleId = question.category().startsWith(prefix) ? question.category().substring(prefix.length()) : "";
            if (!moduleIds.contains(moduleId)) {
                problems.add(new ContentProblem(file.file(), line, "question '" + question.name() + "': category '" + question.category()
                        + "' is not " + prefix + "<module-id> of a module of course.yaml (modules: " + String.join(", ", moduleIds) + ")"));
            }
            if (giftNames.contains(question.name())) {
                problems.add(new ContentProblem(file.file(), line, "question '" + question.name() + "' is also a question of the GIFT bank: "
                        + "a name is one question"));
            }
        }
        problems.sort(ContentProblem.READING_ORDER);
        return problems;
    }
}

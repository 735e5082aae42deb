package ma.maharat.quiz.moodle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.calculated.CalculatedQuestion;
import ma.maharat.quiz.calculated.CalculatedQuestionWriter;
import ma.maharat.quiz.calculated.CalculatedVariable;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.MatchingPair;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumericalAnswer;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TextFormat;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.ValueRange;
import ma.maharat.quiz.question.ValueWithTolerance;
import ma.maharat.quiz.question.Weight;

/**
 * Writes a bank in one language as Moodle XML ({@code <quiz>}): a {@code <question type="category">} wherever
 * the category changes, then each question as Moodle's own export writes that type, so Moodle imports it.
 *
 * <p>A calculated question becomes {@code <question type="calculated">}: its text with {@code {variable}}
 * wildcards (the same syntax in both), its tolerance, its unit, and a dataset per variable whose numbered
 * items are whole draws — Moodle picks one item number per attempt and takes that item of every wildcard. Up
 * to {@link #MOST_ITEMS} draws (Moodle's own limit): the whole grid when it is that small, else a fixed
 * sample. When the formula is plain arithmetic it is translated ({@link MoodleFormula}); when it calls the
 * trade's tables, which Moodle cannot evaluate, the answer is one more dataset, {@code {answer}}, precomputed
 * by Maharat for each item. The template itself, every language, steps and ranges, travels in an element
 * Moodle ignores, {@code <maharat_template>}, so the file imports back into Maharat without loss (ADR 0026).
 */
public final class MoodleXmlWriter {

    /** Moodle's calculated questions hold at most 100 dataset items. */
    public static final int MOST_ITEMS = 100;
    /** The element carrying Maharat's template; Moodle's importer reads only the elements it knows. */
    static final String TEMPLATE = "maharat_template";

    private final CalculatedQuestionWriter templates = new CalculatedQuestionWriter();

    public String write(List<BankEntry> entries, Language language, String comment) {
        StringBuilder out = new StringBuilder(8_192);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (comment != null && !comment.isBlank()) {
            out.append("<!-- ").append(comment.replace("--", "- -")).append(" -->\n");
        }
        out.append("<quiz>\n");
        String category = null;
        for (BankEntry entry : entries) {
            if (!entry.category().equals(category)) {
                category = entry.category();
                out.append("  <question type=\"category\">\n    <category>\n      <text>")
                        .append(MoodleText.content("$course$/top" + (category.isEmpty() ? "" : "/" + category)))
                        .append("</text>\n    </category>\n  </question>\n");
            }
            if (entry instanceof BankEntry.Ordinary ordinary) {
                question(ordinary.question(), out);
            } else if (entry instanceof BankEntry.Calculated calculated) {
                calculated(calculated.template(), language, out);
            }
        }
        return out.append("</quiz>\n").toString();
    }

    private void question(Question question, StringBuilder out) {
        String type = switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case SHORT_ANSWER -> "shortanswer";
            case NUMERICAL -> "numerical";
            case MATCHING -> "matching";
        };
        header(type, question.name(), question.text(), question.format(), question.generalFeedback(), out);
        String format = MoodleText.formatName(question.format());
        if (question instanceof SingleChoiceQuestion single) {
            choices(true, single.choices(), format, out);
        } else if (question instanceof MultipleResponseQuestion multiple) {
            choices(false, multiple.choices(), format, out);
        } else if (question instanceof TrueFalseQuestion trueFalse) {
            // GIFT ties feedback to being right or wrong; Moodle to the answer given: the same thing said per answer.
            answer(trueFalse.correctAnswer() ? Weight.FULL : Weight.NONE, "true", format,
                    trueFalse.correctAnswer() ? trueFalse.rightFeedback() : trueFalse.wrongFeedback(), out).append("    </answer>\n");
            answer(trueFalse.correctAnswer() ? Weight.NONE : Weight.FULL, "false", format,
                    trueFalse.correctAnswer() ? trueFalse.wrongFeedback() : trueFalse.rightFeedback(), out).append("    </answer>\n");
        } else if (question instanceof ShortAnswerQuestion shortAnswer) {
            out.append("    <usecase>").append(shortAnswer.caseSensitive() ? 1 : 0).append("</usecase>\n");
            for (AcceptedAnswer answer : shortAnswer.answers()) {
                answer(answer.weight(), answer.text(), format, answer.feedback(), out).append("    </answer>\n");
            }
        } else if (question instanceof NumericalQuestion numerical) {
            for (NumericalAnswer answer : numerical.answers()) {
                BigDecimal[] target = valueAndTolerance(answer);
                answer(answer.weight(), plain(target[0]), format, answer.feedback(), out)
                        .append("      <tolerance>").append(plain(target[1])).append("</tolerance>\n    </answer>\n");
            }
            noUnits(out);
        } else if (question instanceof MatchingQuestion matching) {
            out.append("    <shuffleanswers>true</shuffleanswers>\n");
            for (MatchingPair pair : matching.pairs()) {
                out.append("    <subquestion format=\"").append(format).append("\">\n      <text>").append(MoodleText.content(pair.prompt()))
                        .append("</text>\n      <answer>\n        <text>").append(MoodleText.content(pair.answer()))
                        .append("</text>\n      </answer>\n    </subquestion>\n");
            }
        }
        out.append("  </question>\n");
    }

    /** Moodle's numerical answer is a value and a tolerance: a range {@code min..max} is its middle ± half its width. */
    static BigDecimal[] valueAndTolerance(NumericalAnswer answer) {
        if (answer.target() instanceof ValueWithTolerance exact) {
            return new BigDecimal[] {exact.value(), exact.tolerance()};
        }
        ValueRange range = (ValueRange) answer.target();
        BigDecimal two = BigDecimal.valueOf(2);
        return new BigDecimal[] {range.min().add(range.max()).divide(two), range.max().subtract(range.min()).divide(two)};
    }

    private static void choices(boolean single, List<Choice> choices, String format, StringBuilder out) {
        out.append("    <single>").append(single).append("</single>\n    <shuffleanswers>true</shuffleanswers>\n")
                .append("    <answernumbering>abc</answernumbering>\n");
        for (Choice choice : choices) {
            answer(choice.weight(), choice.text(), format, choice.feedback(), out).append("    </answer>\n");
        }
    }

    /** Opens an {@code <answer>} with its text and feedback; the caller adds what its type needs and closes it. */
    private static StringBuilder answer(Weight weight, String text, String format, String feedback, StringBuilder out) {
        out.append("    <answer fraction=\"").append(weight.percent().toPlainString()).append("\" format=\"").append(format).append("\">\n")
                .append("      <text>").append(MoodleText.content(text)).append("</text>\n");
        return out.append("      <feedback format=\"").append(format).append("\">\n        <text>").append(MoodleText.content(feedback))
                .append("</text>\n      </feedback>\n");
    }

    private static void header(String type, String name, String text, TextFormat format, String generalFeedback, StringBuilder out) {
        String formatName = MoodleText.formatName(format);
        out.append("  <question type=\"").append(type).append("\">\n")
                .append("    <name>\n      <text>").append(MoodleText.content(name)).append("</text>\n    </name>\n")
                .append("    <questiontext format=\"").append(formatName).append("\">\n      <text>").append(MoodleText.content(text))
                .append("</text>\n    </questiontext>\n")
                .append("    <generalfeedback format=\"").append(formatName).append("\">\n      <text>")
                .append(MoodleText.content(generalFeedback)).append("</text>\n    </generalfeedback>\n")
                .append("    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n");
    }

    private static void noUnits(StringBuilder out) {
        out.append("    <unitgradingtype>0</unitgradingtype>\n    <unitpenalty>0.1000000</unitpenalty>\n")
                .append("    <showunits>3</showunits>\n    <unitsleft>0</unitsleft>\n");
    }

    private void calculated(CalculatedQuestion question, Language language, StringBuilder out) {
        header("calculated", question.name(), question.template(language), TextFormat.MOODLE, "", out);
        out.append("    <synchronize>0</synchronize>\n    <single>0</single>\n    <answernumbering>abc</answernumbering>\n")
                .append("    <shuffleanswers>0</shuffleanswers>\n");
        List<Map<String, BigDecimal>> draws = draws(question);
        List<BigDecimal> answers = draws.stream().map(draw -> question.solve(draw).answer()).toList();
        Optional<String> formula = MoodleFormula.toMoodle(question);
        String answerWildcard = answerWildcard(question);
        int decimals = answers.stream().mapToInt(answer -> Math.max(0, answer.stripTrailingZeros().scale())).max().orElse(0);
        out.append("    <answer fraction=\"100\">\n      <text>").append(MoodleText.content(formula.orElse("{" + answerWildcard + "}")))
                .append("</text>\n      <tolerance>")
                .append(plain(question.tolerance().relative() ? question.tolerance().amount().movePointLeft(2) : question.tolerance().amount()))
                .append("</tolerance>\n      <tolerancetype>").append(question.tolerance().relative() ? 1 : 2).append("</tolerancetype>\n")
                .append("      <correctanswerformat>1</correctanswerformat>\n      <correctanswerlength>").append(Math.min(decimals, 9))
                .append("</correctanswerlength>\n      <feedback format=\"moodle_auto_format\">\n        <text></text>\n      </feedback>\n")
                .append("    </answer>\n");
        String unit = question.unit(language);
        if (!unit.isEmpty()) {
            out.append("    <units>\n      <unit>\n        <multiplier>1</multiplier>\n        <unit_name>").append(MoodleText.escape(unit))
                    .append("</unit_name>\n      </unit>\n    </units>\n");
        }
        noUnits(out);
        out.append("    <dataset_definitions>\n");
        for (CalculatedVariable variable : question.variables()) {
            dataset(variable.name(), draws.stream().map(draw -> draw.get(variable.name())).toList(), out);
        }
        if (formula.isEmpty()) {
            dataset(answerWildcard, answers, out);
        }
        out.append("    </dataset_definitions>\n");
        out.append("    <").append(TEMPLATE).append(" format=\"yaml\">\n      <text>").append(MoodleText.content(templates.write(question)))
                .append("</text>\n    </").append(TEMPLATE).append(">\n  </question>\n");
    }

    /** The draws the items hold: the whole grid when it fits, else a sample fixed by the question's name (the same file each time). */
    static List<Map<String, BigDecimal>> draws(CalculatedQuestion question) {
        List<Map<String, BigDecimal>> draws = new ArrayList<>();
        if (question.gridSize() <= MOST_ITEMS) {
            for (long index = 0; index < question.gridSize(); index++) {
                draws.add(question.gridPoint(index));
            }
            return draws;
        }
        Random random = new Random(question.name().hashCode());
        for (int i = 0; i < MOST_ITEMS; i++) {
            draws.add(question.draw(random));
        }
        return draws;
    }

    /** {@code answer}, unless a variable is called that (names are read without regard to case). */
    static String answerWildcard(CalculatedQuestion question) {
        Set<String> taken = new HashSet<>();
        question.variables().forEach(variable -> taken.add(variable.name().toLowerCase(Locale.ROOT)));
        String name = "answer";
        for (int i = 2; taken.contains(name); i++) {
            name = "answer" + i;
        }
        return name;
    }

    private static void dataset(String name, List<BigDecimal> items, StringBuilder out) {
        BigDecimal min = items.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal max = items.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        int decimals = items.stream().mapToInt(item -> Math.max(0, item.stripTrailingZeros().scale())).max().orElse(0);
        out.append("      <dataset_definition>\n        <status><text>private</text></status>\n        <name><text>").append(name)
                .append("</text></name>\n        <type>calculated</type>\n        <distribution><text>uniform</text></distribution>\n")
                .append("        <minimum><text>").append(plain(min)).append("</text></minimum>\n        <maximum><text>").append(plain(max))
                .append("</text></maximum>\n        <decimals><text>").append(Math.min(decimals, 10)).append("</text></decimals>\n")
                .append("        <itemcount>").append(items.size()).append("</itemcount>\n        <dataset_items>\n");
        for (int i = 0; i < items.size(); i++) {
            out.append("          <dataset_item>\n            <number>").append(i + 1).append("</number>\n            <value>")
                    .append(plain(items.get(i))).append("</value>\n          </dataset_item>\n");
        }
        out.append("        </dataset_items>\n        <number_of_items>").append(items.size()).append("</number_of_items>\n")
                .append("      </dataset_definition>\n");
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}

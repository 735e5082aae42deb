package ma.maharat.quiz.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.MatchingPair;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumericTarget;
import ma.maharat.quiz.question.NumericalAnswer;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.QuestionHeader;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TextFormat;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.ValueRange;
import ma.maharat.quiz.question.ValueWithTolerance;
import ma.maharat.quiz.question.Whitespace;
import ma.maharat.quiz.question.Weight;

/**
 * Builds valid questions whose texts are made of everything GIFT finds hard: its special characters,
 * escapes, line breaks, things that look like weights, format markers, comments or category lines,
 * and Arabic with bidi marks. Seeded, so a failure is reproducible.
 */
final class RandomQuestions {

    private static final String[] FRAGMENTS = {
        "a", "Rabat", " ", "  ", "~", "=", "#", "####", "{", "}", ":", "::", "\\", "\\n", "\n", "\n\n", "%", "%50%",
        "%-5%", "[html]", "[moodle]", "[foo]", "//", "$CATEGORY:", "->", "-", ">", "..", "*", "\\*", "T", "TRUE",
        "ما هي", "الرباط", "\u200F", "\u00A0", "é", "\t", "<b>", "0", "1.5", "@case-sensitive", "\\:",
    };
    private static final String[] CATEGORIES = {"", "sourcing", "sourcing/suppliers", "العربية/ا", "a:b {c}", "x\\y"};
    private static final String[] PARTIAL = {"0", "50", "-50", "33.33333", "-100", "12.5", "99.9", "-0.001", "1"};

    private final Random random;
    private int counter;

    RandomQuestions(long seed) {
        this.random = new Random(seed);
    }

    List<Question> bank(int size) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            questions.add(question());
        }
        return questions;
    }

    Question question() {
        QuestionHeader header = new QuestionHeader(name(), pick(CATEGORIES), text(), pick(TextFormat.values()),
                random.nextBoolean() ? "" : text());
        switch (random.nextInt(6)) {
            case 0:
                return new SingleChoiceQuestion(header, singleChoices());
            case 1:
                return new MultipleResponseQuestion(header, multipleChoices());
            case 2:
                return new TrueFalseQuestion(header, random.nextBoolean(), maybeText(), maybeText());
            case 3:
                return new ShortAnswerQuestion(header, acceptedAnswers(), random.nextBoolean());
            case 4:
                return new NumericalQuestion(header, numericalAnswers());
            default:
                return new MatchingQuestion(header, pairs());
        }
    }

    private String name() {
        counter++;
        return random.nextInt(4) == 0 ? "" : "q" + counter + text();
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            text.append(pick(FRAGMENTS));
        }
        String canonical = Whitespace.canonical(text.toString());
        return canonical.isEmpty() ? "x" : canonical;
    }

    private String maybeText() {
        return random.nextInt(3) == 0 ? "" : text();
    }

    /** A text that may not contain {@code ->}: short answers and matching prompts. */
    private String arrowlessText() {
        String text = text();
        while (text.contains("->")) {
            text = text.replace("->", "-");
        }
        text = Whitespace.canonical(text);
        return text.isEmpty() ? "x" : text;
    }

    private List<Choice> singleChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(text(), Weight.FULL, maybeText()));
        int wrong = 1 + random.nextInt(4);
        for (int i = 0; i < wrong; i++) {
            choices.add(new Choice(text(), Weight.of(pick(PARTIAL)), maybeText()));
        }
        Collections.shuffle(choices, random);
        return choices;
    }

    private List<Choice> multipleChoices() {
        String[][] splits = {{"100"}, {"50", "50"}, {"25", "75"}, {"33.33333", "33.33333", "33.33333"}, {"12.5", "87.5"}};
        List<Choice> choices = new ArrayList<>();
        for (String percent : pick(splits)) {
            choices.add(new Choice(text(), Weight.of(percent), maybeText()));
        }
        int others = 1 + random.nextInt(3);
        for (int i = 0; i < others; i++) {
            choices.add(new Choice(text(), Weight.of(pick(new String[] {"0", "-100", "-50", "-33.333"})), maybeText()));
        }
        Collections.shuffle(choices, random);
        return choices;
    }

    private List<AcceptedAnswer> acceptedAnswers() {
        List<AcceptedAnswer> answers = new ArrayList<>();
        answers.add(new AcceptedAnswer(arrowlessText(), Weight.FULL, maybeText()));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            answers.add(new AcceptedAnswer(arrowlessText(), Weight.of(pick(new String[] {"0", "50", "80", "100", "0.5"})),
                    maybeText()));
        }
        Collections.shuffle(answers, random);
        return answers;
    }

    private List<NumericalAnswer> numericalAnswers() {
        List<NumericalAnswer> answers = new ArrayList<>();
        answers.add(new NumericalAnswer(target(), Weight.FULL, maybeText()));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            answers.add(new NumericalAnswer(target(), Weight.of(pick(new String[] {"0", "50", "25", "100"})), maybeText()));
        }
        Collections.shuffle(answers, random);
        return answers;
    }

    private NumericTarget target() {
        BigDecimal a = number();
        if (random.nextBoolean()) {
            BigDecimal b = number();
            return a.compareTo(b) <= 0 ? new ValueRange(a, b) : new ValueRange(b, a);
        }
        return new ValueWithTolerance(a, random.nextBoolean() ? BigDecimal.ZERO : number().abs());
    }

    private BigDecimal number() {
        return BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, random.nextInt(9) - 3);
    }

    private List<MatchingPair> pairs() {
        List<MatchingPair> pairs = new ArrayList<>();
        int size = 2 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            pairs.add(new MatchingPair(arrowlessText(), text()));
        }
        return pairs;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}

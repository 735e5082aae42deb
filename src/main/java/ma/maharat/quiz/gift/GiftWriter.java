package ma.maharat.quiz.gift;

import java.util.List;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.MatchingPair;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumericTarget;
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
 * Writes questions as GIFT that {@link GiftParser} reads back into equal questions, and that Moodle
 * can import.
 *
 * <p>Every GIFT special character in a text is escaped and line breaks are written as {@code \n}, so
 * each text stays on one line. Where GIFT has no escape, the writer uses a form the parser reads
 * unambiguously: an explicit weight before an answer that starts with {@code %}, and the question's
 * own format marker before a text that starts with something that looks like one (or, for a
 * question without a name, with {@code //}, which would make the line a comment).
 *
 * <p>Stateless and thread-safe.
 */
public final class GiftWriter {

    /**
     * Writes a bank: questions in order, separated by blank lines, with a {@code $CATEGORY:} line
     * wherever the category changes (an empty one where a question has no category after one that had).
     */
    public String write(List<? extends Question> questions) {
        StringBuilder out = new StringBuilder();
        String category = "";
        for (Question question : questions) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (!question.category().equals(category)) {
                category = question.category();
                out.append(category.isEmpty() ? "$CATEGORY:" : "$CATEGORY: " + category).append("\n\n");
            }
            writeQuestion(question, out);
        }
        return out.toString();
    }

    /** Writes one question, without its category. */
    public String write(Question question) {
        StringBuilder out = new StringBuilder();
        writeQuestion(question, out);
        return out.toString();
    }

    private static void writeQuestion(Question question, StringBuilder out) {
        if (question instanceof ShortAnswerQuestion shortAnswer && shortAnswer.caseSensitive()) {
            out.append("// @case-sensitive\n");
        }
        if (!question.name().isEmpty()) {
            out.append("::").append(escape(question.name())).append(":: ");
        }
        out.append(questionText(question)).append(' ');
        if (question instanceof SingleChoiceQuestion q) {
            writeChoices(q.choices(), true, q.format(), out);
        } else if (question instanceof MultipleResponseQuestion q) {
            writeChoices(q.choices(), false, q.format(), out);
        } else if (question instanceof TrueFalseQuestion q) {
            writeTrueFalse(q, out);
        } else if (question instanceof ShortAnswerQuestion q) {
            writeShortAnswers(q, out);
        } else if (question instanceof NumericalQuestion q) {
            writeNumerical(q, out);
        } else if (question instanceof MatchingQuestion q) {
            writeMatching(q, out);
        } else {
            throw new IllegalArgumentException("cannot write a " + question.type().wireName() + " question");
        }
        writeGeneralFeedback(question, out);
        out.append("}\n");
    }

    private static String questionText(Question question) {
        String text = question.text();
        boolean needsMarker = question.format() != TextFormat.MOODLE || FormatMarker.startsWithMarker(text)
                || (question.name().isEmpty() && text.startsWith("//"));
        return (needsMarker ? marker(question.format()) : "") + escape(text);
    }

    private static void writeChoices(List<Choice> choices, boolean single, TextFormat format, StringBuilder out) {
        out.append("{\n");
        for (Choice choice : choices) {
            String prefix;
            boolean startsWithPercent = choice.text().startsWith("%");
            if (single && choice.weight().isFull()) {
                prefix = startsWithPercent ? "=%100%" : "=";
            } else if (choice.weight().percent().signum() == 0 && !startsWithPercent) {
                prefix = "~";
            } else {
                prefix = "~" + weight(choice.weight());
            }
            out.append('\t').append(prefix).append(piece(choice.text(), format));
            writeFeedback(choice.feedback(), format, out);
            out.append('\n');
        }
    }

    private static void writeTrueFalse(TrueFalseQuestion question, StringBuilder out) {
        out.append('{').append(question.correctAnswer() ? "TRUE" : "FALSE");
        if (!question.wrongFeedback().isEmpty() || !question.rightFeedback().isEmpty()) {
            out.append('#').append(piece(question.wrongFeedback(), question.format()));
        }
        writeFeedback(question.rightFeedback(), question.format(), out);
    }

    private static void writeShortAnswers(ShortAnswerQuestion question, StringBuilder out) {
        out.append("{\n");
        for (AcceptedAnswer answer : question.answers()) {
            boolean explicitWeight = !answer.weight().isFull() || answer.text().startsWith("%");
            out.append("\t=").append(explicitWeight ? weight(answer.weight()) : "")
                    .append(piece(answer.text(), question.format()));
            writeFeedback(answer.feedback(), question.format(), out);
            out.append('\n');
        }
    }

    private static void writeNumerical(NumericalQuestion question, StringBuilder out) {
        List<NumericalAnswer> answers = question.answers();
        if (answers.size() == 1 && answers.get(0).weight().isFull()) {
            out.append("{#").append(target(answers.get(0).target()));
            writeFeedback(answers.get(0).feedback(), question.format(), out);
            return;
        }
        out.append("{#\n");
        for (NumericalAnswer answer : answers) {
            out.append("\t=").append(answer.weight().isFull() ? "" : weight(answer.weight()))
                    .append(target(answer.target()));
            writeFeedback(answer.feedback(), question.format(), out);
            out.append('\n');
        }
    }

    private static void writeMatching(MatchingQuestion question, StringBuilder out) {
        out.append("{\n");
        for (MatchingPair pair : question.pairs()) {
            out.append("\t=").append(piece(pair.prompt(), question.format()))
                    .append(" -> ").append(escape(pair.answer())).append('\n');
        }
    }

    private static void writeGeneralFeedback(Question question, StringBuilder out) {
        if (question.generalFeedback().isEmpty()) {
            return;
        }
        boolean multiLine = out.charAt(out.length() - 1) == '\n';
        out.append(multiLine ? "\t####" : "####").append(piece(question.generalFeedback(), question.format()));
        if (multiLine) {
            out.append('\n');
        }
    }

    private static void writeFeedback(String feedback, TextFormat format, StringBuilder out) {
        if (!feedback.isEmpty()) {
            out.append('#').append(piece(feedback, format));
        }
    }

    private static String target(NumericTarget target) {
        if (target instanceof ValueRange range) {
            return range.min().toPlainString() + ".." + range.max().toPlainString();
        }
        ValueWithTolerance value = (ValueWithTolerance) target;
        String written = value.value().toPlainString();
        return value.tolerance().signum() == 0 ? written : written + ":" + value.tolerance().toPlainString();
    }

    private static String weight(Weight weight) {
        return "%" + weight.percent().toPlainString() + "%";
    }

    /** A text of the question other than its main text: marked only when it could be misread as a marker. */
    private static String piece(String text, TextFormat format) {
        return (FormatMarker.startsWithMarker(text) ? marker(format) : "") + escape(text);
    }

    private static String marker(TextFormat format) {
        return "[" + format.giftName() + "]";
    }

    /** Escapes GIFT's special characters and the backslash itself; line breaks become {@code \n}. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> escaped.append('\\').append(c);
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

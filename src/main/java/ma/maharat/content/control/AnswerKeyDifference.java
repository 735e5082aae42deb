package ma.maharat.content.control;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumericTarget;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.ValueRange;
import ma.maharat.quiz.question.ValueWithTolerance;

/**
 * The first way two translations of one question would be graded differently: type or answer key. A trainee must get the same score whether they read the French or the Arabic bank, and
 * attempts refer to choices and pairs by position, so the key is compared position by position:
 * choice weights, true/false answer, numerical targets and weights, number of pairs, short-answer
 * weights. Texts are translations and naturally differ, so they are not compared.
 *
 * <p>Read as {@code question '<name>' <subject> <reference> in <reference file> but <here> here}.
 *
 * @param subject   what differs, e.g. {@code has choice 2 worth}
 * @param reference its value in the reference (French) bank, e.g. {@code 50%}
 * @param here      its value in the bank being checked, e.g. {@code 100%}
 */
record AnswerKeyDifference(String subject, String reference, String here) {

    /** How the two versions of one question differ, if they do in anything grading depends on. */
    static Optional<AnswerKeyDifference> between(Question reference, Question here) {
        if (reference.type() != here.type()) {
            return Optional.of(new AnswerKeyDifference("is", reference.type().wireName(), here.type().wireName()));
        }
        if (reference instanceof SingleChoiceQuestion r && here instanceof SingleChoiceQuestion h) {
            return choices(r.choices(), h.choices());
        }
        if (reference instanceof MultipleResponseQuestion r && here instanceof MultipleResponseQuestion h) {
            return choices(r.choices(), h.choices());
        }
        if (reference instanceof TrueFalseQuestion r && here instanceof TrueFalseQuestion h) {
            return r.correctAnswer() == h.correctAnswer() ? Optional.empty()
                    : Optional.of(new AnswerKeyDifference("is", "" + r.correctAnswer(), "" + h.correctAnswer()));
        }
        if (reference instanceof NumericalQuestion r && here instanceof NumericalQuestion h) {
            return positionally(r.answers(), h.answers(), "numerical answer",
                    answer -> gift(answer.target()) + " (" + answer.weight() + ")", "has numerical answer %d =");
        }
        if (reference instanceof MatchingQuestion r && here instanceof MatchingQuestion h) {
            return count(r.pairs(), h.pairs(), "matching pair");
        }
        if (reference instanceof ShortAnswerQuestion r && here instanceof ShortAnswerQuestion h) {
            return positionally(r.answers(), h.answers(), "accepted answer",
                    answer -> answer.weight().toString(), "has accepted answer %d worth");
        }
        throw new IllegalStateException("unhandled question type " + reference.type());
    }

    private static Optional<AnswerKeyDifference> choices(List<Choice> reference, List<Choice> here) {
        return positionally(reference, here, "choice", choice -> choice.weight().toString(), "has choice %d worth");
    }

    /** Same number of items, then the first position whose key differs (1-based, as authors count). */
    private static <T> Optional<AnswerKeyDifference> positionally(List<T> reference, List<T> here, String noun,
            Function<T, String> key, String subject) {
        Optional<AnswerKeyDifference> count = count(reference, here, noun);
        if (count.isPresent()) {
            return count;
        }
        for (int i = 0; i < reference.size(); i++) {
            String expected = key.apply(reference.get(i));
            String found = key.apply(here.get(i));
            if (!expected.equals(found)) {
                return Optional.of(new AnswerKeyDifference(String.format(subject, i + 1), expected, found));
            }
        }
        return Optional.empty();
    }

    private static Optional<AnswerKeyDifference> count(List<?> reference, List<?> here, String noun) {
        if (reference.size() == here.size()) {
            return Optional.empty();
        }
        return Optional.of(new AnswerKeyDifference("has", plural(reference.size(), noun), plural(here.size(), noun)));
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The target as an author writes it in GIFT: {@code 158:1}, {@code 158} or {@code 150..160}. */
    private static String gift(NumericTarget target) {
        if (target instanceof ValueRange range) {
            return range.min().toPlainString() + ".." + range.max().toPlainString();
        }
        ValueWithTolerance value = (ValueWithTolerance) target;
        return value.tolerance().signum() == 0 ? value.value().toPlainString()
                : value.value().toPlainString() + ":" + value.tolerance().toPlainString();
    }
}

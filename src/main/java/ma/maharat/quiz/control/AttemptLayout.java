package ma.maharat.quiz.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import ma.maharat.quiz.question.MatchingPair;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.SingleChoiceQuestion;

/**
 * Which questions an attempt gets and in which order its questions and choices are shown. Decided
 * once when the attempt starts and stored with it, so a resumed attempt looks exactly the same; the
 * random source is a parameter so tests can fix it.
 */
public final class AttemptLayout {

    private AttemptLayout() {
    }

    /**
     * Draws {@code count} of the candidates (all of them when {@code count} is larger) in a random order.
     */
    public static <T> List<T> draw(List<T> candidates, int count, Random random) {
        List<T> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    /**
     * The order a question's options are shown in, as original indexes: choices for single choice and
     * multiple response, the distinct answers for matching; empty for the other types, which have no
     * options to shuffle (true/false keeps "true" first, as everyone expects).
     */
    public static List<Integer> optionOrder(Question question, Random random) {
        int options = optionCount(question);
        List<Integer> order = new ArrayList<>(IntStream.range(0, options).boxed().toList());
        Collections.shuffle(order, random);
        return List.copyOf(order);
    }

    /** The distinct answers of a matching question, in the author's order: what the trainee picks from. */
    public static List<String> matchingAnswers(MatchingQuestion question) {
        return question.pairs().stream().map(MatchingPair::answer).distinct().toList();
    }

    private static int optionCount(Question question) {
        if (question instanceof SingleChoiceQuestion single) {
            return single.choices().size();
        }
        if (question instanceof MultipleResponseQuestion multiple) {
            return multiple.choices().size();
        }
        if (question instanceof MatchingQuestion matching) {
            return matchingAnswers(matching).size();
        }
        return 0;
    }
}

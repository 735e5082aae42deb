package ma.maharat.quiz.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Classical item analysis of a quiz: for each question, its facility index and its discrimination
 * index over the attempts that contained it, and a {@link ItemStatistics.Verdict}. Each question is
 * judged only on the attempts that drew it, because with questions drawn at random from a bank,
 * counting an absent question as a zero would make it look harder than it is.
 */
public final class ItemAnalysis {

    /**
     * Scores closer than this are the same score. Sums of fractions pick up rounding errors in the last
     * bits, and a correlation of such noise would come out as a confident but meaningless ±100.
     */
    private static final double SAME_SCORE = 1e-9;

    private ItemAnalysis() {
    }

    /**
     * @param attempts finished attempts of one quiz
     * @return one entry per question name found in any attempt, sorted by name ({@link String} order)
     * @throws IllegalArgumentException if the list or one of its attempts is null
     */
    public static List<ItemStatistics> of(List<AttemptScores> attempts) {
        if (attempts == null) {
            throw new IllegalArgumentException("No list of attempts to analyse");
        }
        Map<String, List<AttemptScores>> attemptsByQuestion = new TreeMap<>();
        for (AttemptScores attempt : attempts) {
            if (attempt == null) {
                throw new IllegalArgumentException("The list of attempts contains a null");
            }
            for (String question : attempt.fractionByQuestion().keySet()) {
                attemptsByQuestion.computeIfAbsent(question, name -> new ArrayList<>()).add(attempt);
            }
        }
        List<ItemStatistics> statistics = new ArrayList<>();
        attemptsByQuestion.forEach((question, containing) -> statistics.add(analyse(question, containing)));
        return List.copyOf(statistics);
    }

    /** @param containing the attempts that contain the question, at least one */
    private static ItemStatistics analyse(String question, List<AttemptScores> containing) {
        double meanFraction = mean(containing.stream().mapToDouble(attempt -> attempt.fractionByQuestion().get(question)).toArray());
        OptionalDouble facility = OptionalDouble.of(meanFraction * 100);
        OptionalDouble discrimination = discrimination(question, containing);
        return new ItemStatistics(question, containing.size(), meanFraction, facility, discrimination,
                ItemStatistics.Verdict.of(containing.size(), facility, discrimination));
    }

    private static OptionalDouble discrimination(String question, List<AttemptScores> containing) {
        // An attempt holding no other question has no rest score to compare with, so it cannot count.
        List<AttemptScores> withRest = containing.stream().filter(attempt -> attempt.fractionByQuestion().size() > 1).toList();
        if (withRest.size() < ItemStatistics.FEWEST_ATTEMPTS) {
            return OptionalDouble.empty();
        }
        double[] itemScores = new double[withRest.size()];
        double[] restScores = new double[withRest.size()];
        for (int i = 0; i < withRest.size(); i++) {
            itemScores[i] = withRest.get(i).fractionByQuestion().get(question);
            restScores[i] = restScore(withRest.get(i), question);
        }
        OptionalDouble correlation = correlation(itemScores, restScores);
        return correlation.isPresent() ? OptionalDouble.of(correlation.getAsDouble() * 100) : correlation;
    }

    /**
     * The mean fraction on the attempt's other questions: a mean rather than a sum, so that attempts
     * that drew different numbers of questions stay comparable.
     */
    private static double restScore(AttemptScores attempt, String question) {
        double sum = 0;
        for (Map.Entry<String, Double> scored : attempt.fractionByQuestion().entrySet()) {
            if (!scored.getKey().equals(question)) {
                sum += scored.getValue();
            }
        }
        return sum / (attempt.fractionByQuestion().size() - 1);
    }

    /** Pearson's r of two series of equal length, or empty when either is constant (r would be 0/0). */
    private static OptionalDouble correlation(double[] x, double[] y) {
        if (isConstant(x) || isConstant(y)) {
            return OptionalDouble.empty();
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double sumOfProducts = 0;
        double sumOfSquaresX = 0;
        double sumOfSquaresY = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sumOfProducts += dx * dy;
            sumOfSquaresX += dx * dx;
            sumOfSquaresY += dy * dy;
        }
        // Neither sum of squares is zero here: both series spread over at least SAME_SCORE.
        double r = sumOfProducts / Math.sqrt(sumOfSquaresX * sumOfSquaresY);
        if (Math.abs(r) < SAME_SCORE) {
            // Rounding can leave a true zero at -1e-17, which the verdict would read as misleading.
            return OptionalDouble.of(0);
        }
        // Rounding can also push a perfect correlation a hair past ±1.
        return OptionalDouble.of(Math.max(-1, Math.min(1, r)));
    }

    private static boolean isConstant(double[] values) {
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            lowest = Math.min(lowest, value);
            highest = Math.max(highest, value);
        }
        return highest - lowest < SAME_SCORE;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}

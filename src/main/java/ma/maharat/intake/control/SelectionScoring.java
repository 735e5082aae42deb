package ma.maharat.intake.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The selection score of an application, out of 100, as the sum of three visible parts, each the call's
 * weight times a fraction from 0 to 1:
 * <ul>
 * <li><b>need</b>: the average need the field visit found over the seven topics, 4 (everything to learn)
 * giving 1 and 0 giving 0: the programme is for those who need it most. Not visited: 0, and said so;</li>
 * <li><b>small size</b>: 1 for a cooperative of {@value #SMALL} members or fewer, falling evenly to 0 at
 * {@value #LARGE} members and more: small cooperatives are favoured, an explicit criterion;</li>
 * <li><b>led by a woman</b>: 1 if a woman leads it, else 0.</li>
 * </ul>
 * The weights are normalised (their sum counts as 100), so that they may be typed as any proportion.
 * Pure: no database.
 */
public final class SelectionScoring {

    public static final int SMALL = 10;
    public static final int LARGE = 50;
    public static final int MAX_WEIGHT = 100;

    private SelectionScoring() {}

    /** A call's weights, each 0 to {@value #MAX_WEIGHT}, at least one above 0. */
    public record Weights(int need, int size, int women) {

        public Weights {
            if (need < 0 || size < 0 || women < 0 || need > MAX_WEIGHT || size > MAX_WEIGHT || women > MAX_WEIGHT) {
                throw new IntakeRuleViolation("selection.weights.outOfRange", MAX_WEIGHT);
            }
            if (need + size + women == 0) {
                throw new IntakeRuleViolation("selection.weights.allZero");
            }
        }

        int total() {
            return need + size + women;
        }
    }

    /** A score and its parts, in points out of 100 (one decimal), their sum the score. */
    public record Score(BigDecimal need, BigDecimal size, BigDecimal women, BigDecimal total, boolean assessed) implements Serializable {}

    /**
     * @param needs the visit's scores, 0 to 4, one a topic; empty when not visited
     */
    public static Score score(Weights weights, Collection<Integer> needs, int members, boolean ledByWoman) {
        boolean assessed = !needs.isEmpty();
        double needFraction = assessed ? needs.stream().mapToInt(Integer::intValue).average().orElse(0) / 4.0 : 0;
        double sizeFraction = members <= SMALL ? 1 : members >= LARGE ? 0 : (LARGE - members) / (double) (LARGE - SMALL);
        double womenFraction = ledByWoman ? 1 : 0;
        BigDecimal need = points(weights.need(), needFraction, weights);
        BigDecimal size = points(weights.size(), sizeFraction, weights);
        BigDecimal women = points(weights.women(), womenFraction, weights);
        return new Score(need, size, women, need.add(size).add(women), assessed);
    }

    private static BigDecimal points(int weight, double fraction, Weights weights) {
        return BigDecimal.valueOf(100.0 * weight * fraction / weights.total()).setScale(1, RoundingMode.HALF_UP);
    }
}

package ma.maharat.quiz.gift;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.quiz.question.Weight;

/**
 * Reads an answer weight such as {@code %50%}, {@code %-33.333%} right after {@code =} or {@code ~}.
 *
 * <p>As in Moodle, text that does not look like a weight at all (an answer beginning "%d is a
 * format") is ordinary answer text. Text that nearly is one ({@code %5,5%}, {@code %50 %}) is an
 * error rather than silently becoming part of the answer.
 *
 * @param weight the weight read
 * @param end    the index just after the closing {@code %}
 */
record GiftWeight(Weight weight, int end) {

    private static final Pattern WEIGHT = Pattern.compile("%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern NEAR_WEIGHT = Pattern.compile("%[-+]?[\\d.,\\s]*\\d[\\d.,\\s]*%");

    static Optional<GiftWeight> read(BlockText text, int at, int to) {
        String rest = text.raw(at, to);
        Matcher weight = WEIGHT.matcher(rest);
        if (weight.lookingAt()) {
            BigDecimal percent = new BigDecimal(weight.group(1));
            if (percent.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw text.error(at, "the weight " + weight.group(1) + "% is outside the range -100% to 100%");
            }
            return Optional.of(new GiftWeight(new Weight(percent), at + weight.end()));
        }
        Matcher near = NEAR_WEIGHT.matcher(rest);
        if (near.lookingAt()) {
            throw text.error(at, "'" + near.group() + "' is not a valid weight;"
                    + " write a number of percent such as %50% or %-33.333%");
        }
        return Optional.empty();
    }
}

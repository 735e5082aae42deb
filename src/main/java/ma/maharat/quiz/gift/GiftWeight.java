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
 * <p>The patterns are possessive: an unclosed {@code %111…} used to be re-read from every digit, a
 * cost that grew with the square of its length (an hour for a megabyte). Each is now read once.
 *
 * @param weight the weight read
 * @param end    the index just after the closing {@code %}
 */
record GiftWeight(Weight weight, int end) {

    /** More digits than any real weight (33.33333 has 7): a longer one is refused before it is read. */
    private static final int MAX_CHARACTERS = 16;

    private static final Pattern WEIGHT = Pattern.compile("%(-?+\\d++(?:\\.\\d++)?+)%");
    private static final Pattern NEAR_WEIGHT = Pattern.compile("%[-+]?+([\\d.,\\s]*+)%");

    static Optional<GiftWeight> read(BlockText text, int at, int to) {
        String rest = text.raw(at, to);
        Matcher weight = WEIGHT.matcher(rest);
        if (weight.lookingAt()) {
            String written = weight.group(1);
            if (written.length() > MAX_CHARACTERS) {
                throw text.error(at, "the weight " + shortened(written) + "% has too many digits;"
                        + " write a number of percent such as %50% or %-33.333%");
            }
            BigDecimal percent = new BigDecimal(written);
            if (percent.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw text.error(at, "the weight " + written + "% is outside the range -100% to 100%");
            }
            return Optional.of(new GiftWeight(new Weight(percent), at + weight.end()));
        }
        Matcher near = NEAR_WEIGHT.matcher(rest);
        if (near.lookingAt() && hasDigit(near.group(1))) {
            throw text.error(at, "'" + shortened(near.group()) + "' is not a valid weight;"
                    + " write a number of percent such as %50% or %-33.333%");
        }
        return Optional.empty();
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** The text as is when short, else its beginning: an error message need not repeat a megabyte. */
    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }
}

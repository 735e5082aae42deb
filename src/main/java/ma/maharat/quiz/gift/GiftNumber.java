package ma.maharat.quiz.gift;

import java.math.BigDecimal;
import ma.maharat.quiz.question.Numbers;

/**
 * Reads the numbers of numerical answers. Only Western digits with a decimal point are numbers, as
 * in Moodle's GIFT: a decimal comma or Arabic-Indic digits are reported rather than guessed at. The
 * digits and the exponent are bounded ({@link Numbers}) so that a typo cannot create an absurdly
 * large number, nor a hostile file a number that costs seconds to read.
 */
final class GiftNumber {

    private GiftNumber() {
    }

    /** The number written in [from, to), blanks around it ignored; a missing one is reported at {@code from}. */
    static BigDecimal read(BlockText text, int from, int to, String what) {
        int start = text.skipBlank(from, to);
        int end = text.trimEnd(start, to);
        if (start == end) {
            throw text.error(from, what + " is missing");
        }
        String written = text.raw(start, end);
        try {
            return Numbers.read(written);
        } catch (NumberFormatException e) {
            if (written.length() > Numbers.MAX_DIGITS && written.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.')) {
                throw text.error(start, what + " has more than " + Numbers.MAX_DIGITS + " digits");
            }
            throw text.error(start, "'" + GiftWeight.shortened(written)
                    + "' is not a number; write it with digits 0-9 and a decimal point");
        }
    }
}

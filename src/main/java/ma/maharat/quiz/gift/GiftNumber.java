package ma.maharat.quiz.gift;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the numbers of numerical answers. Only Western digits with a decimal point are numbers, as
 * in Moodle's GIFT: a decimal comma or Arabic-Indic digits are reported rather than guessed at. The
 * exponent is limited to three digits so that a typo cannot create an absurdly large number.
 */
final class GiftNumber {

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?");

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
        if (!NUMBER.matcher(written).matches()) {
            throw text.error(start, "'" + written + "' is not a number; write it with digits 0-9 and a decimal point");
        }
        return new BigDecimal(written);
    }
}

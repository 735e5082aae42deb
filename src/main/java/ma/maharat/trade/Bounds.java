package ma.maharat.trade;

/** The one check every calculation makes of its numbers: within the range the trade makes sensible, and a number. */
final class Bounds {

    private Bounds() {}

    static void require(String what, double value, double smallest, double largest) {
        if (Double.isNaN(value) || value < smallest || value > largest) {
            throw new IllegalArgumentException(what + " must be between " + plain(smallest) + " and " + plain(largest) + ": " + plain(value));
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}

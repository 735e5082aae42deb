package ma.maharat.impact.control;

/**
 * One indicator's figure: its key (the bundle gives {@code impact.<key>} its name and
 * {@code impact.<key>.definition} its definition), the SDG target it serves, its kind, and its value —
 * for a share, the numerator over the base. Published figures follow the small-count rule
 * ({@link #published()}): what leaves the administrator's screen never shows a count below 5.
 */
public record Indicator(String key, String sdgTarget, Kind kind, long value, long base) {

    /** Counts below this are shown as «< 5» outside the administrator's screen. */
    public static final int SMALL_COUNT = 5;

    /** What is published for a count too small to show. */
    public static final String SMALL = "< 5";

    public enum Kind {
        /** A number of people, cooperatives, orders or jobs (jobs created may be negative). */
        COUNT,
        /** A share: {@code value} out of {@code base}. */
        SHARE,
        /** A sum of money in dirhams. */
        MAD,
        /** A mean in percentage points, in tenths ({@code value}), over {@code base} people. */
        POINTS,
        /** Not measured yet: no value. */
        NOT_MEASURED
    }

    public static Indicator count(String key, String sdgTarget, long value) {
        return new Indicator(key, sdgTarget, Kind.COUNT, value, 0);
    }

    public static Indicator share(String key, String sdgTarget, long value, long base) {
        return new Indicator(key, sdgTarget, Kind.SHARE, value, base);
    }

    public static Indicator mad(String key, String sdgTarget, long value) {
        return new Indicator(key, sdgTarget, Kind.MAD, value, 0);
    }

    /** A mean of {@code people} figures in percentage points, kept in tenths of a point. */
    public static Indicator points(String key, String sdgTarget, double meanPoints, long people) {
        return new Indicator(key, sdgTarget, Kind.POINTS, Math.round(meanPoints * 10), people);
    }

    /** A mean in points with its sign and one decimal (e.g. "+31.5"); null for another kind. */
    public String signedPoints() {
        if (kind != Kind.POINTS) {
            return null;
        }
        return (value > 0 ? "+" : value < 0 ? "-" : "") + Math.abs(value) / 10 + "." + Math.abs(value) % 10;
    }

    public static Indicator notMeasured(String key, String sdgTarget) {
        return new Indicator(key, sdgTarget, Kind.NOT_MEASURED, 0, 0);
    }

    /** The share in percent, rounded to a whole number; null for another kind or an empty base (nothing divided by zero). */
    public Long percent() {
        if (kind != Kind.SHARE || base == 0) {
            return null;
        }
        return Math.round(100.0 * value / base);
    }

    /**
     * The figure as it may leave the administrator's screen. A count within 4 of zero (either way: jobs created
     * can be negative) is «< 5». A share is given only when both its count and its base are at least 5 (the
     * two together would give the small count back), else «< 5». Sums of money are not counts of people and
     * are given; an indicator not measured is empty.
     */
    public String published() {
        return switch (kind) {
            case COUNT -> isSmall(value) ? SMALL : Long.toString(value);
            case SHARE -> isSmall(value) || isSmall(base) ? SMALL : percent() + " %";
            case MAD -> Long.toString(value);
            // A mean over fewer than 5 people would nearly give their own figures back.
            case POINTS -> isSmall(base) ? SMALL : signedPoints();
            case NOT_MEASURED -> "";
        };
    }

    /** The published count of a share ({@code value}), or of a count. */
    public String publishedValue() {
        return switch (kind) {
            case MAD -> Long.toString(value);
            case NOT_MEASURED -> "";
            case POINTS -> published();
            case COUNT, SHARE -> isSmall(value) ? SMALL : Long.toString(value);
        };
    }

    /** The published base of a share or a mean (how many people); empty for other kinds. */
    public String publishedBase() {
        return kind != Kind.SHARE && kind != Kind.POINTS ? "" : isSmall(base) ? SMALL : Long.toString(base);
    }

    /** The published percent of a share, null when withheld or for other kinds. */
    public Long publishedPercent() {
        return kind == Kind.SHARE && !isSmall(value) && !isSmall(base) ? percent() : null;
    }

    public boolean isMeasured() {
        return kind != Kind.NOT_MEASURED;
    }

    private static boolean isSmall(long count) {
        return Math.abs(count) < SMALL_COUNT;
    }
}

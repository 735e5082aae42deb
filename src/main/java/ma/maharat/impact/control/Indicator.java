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
            case NOT_MEASURED -> "";
        };
    }

    /** The published count of a share ({@code value}), or of a count. */
    public String publishedValue() {
        return kind == Kind.MAD ? Long.toString(value) : kind == Kind.NOT_MEASURED ? "" : isSmall(value) ? SMALL : Long.toString(value);
    }

    /** The published base of a share; empty for other kinds. */
    public String publishedBase() {
        return kind != Kind.SHARE ? "" : isSmall(base) ? SMALL : Long.toString(base);
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

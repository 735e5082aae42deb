package ma.maharat.impact.control;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;

/**
 * An indicator's figure as it is printed in what leaves the administrator's screen (the partners' PDF):
 * the small-count rule first ({@link Indicator#published()}), then thousands grouped and Western digits,
 * the Moroccan convention in Arabic too. Pure.
 */
public final class PublishedFigure {

    private PublishedFigure() {}

    /** Numbers grouped by thousands with a plain space (both fonts have it), Western digits in either language. */
    public static String number(long value) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        return format.format(value).replace(',', ' ');
    }

    /**
     * The figure: «< 5» for a small count, a share withheld or a mean over fewer than 5 people; a share as
     * «62 % (13 / 21)»; money with its unit; a mean in points with n. {@code words} gives {@code impact.mad},
     * {@code impact.notMeasured} and {@code impactPdf.points}.
     */
    public static String of(Indicator indicator, Function<String, String> words) {
        return of(indicator, words, false);
    }

    /**
     * The same figure for a left-to-right cell of an Arabic page, whose reader starts at the right: the main
     * figure comes last («(13 / 21) 62 %», «درهم 533 000»), so it stands at the right edge. A cell of figures is
     * laid out left to right because in a right-to-left line «533 000» would read «000 533» and «< 5» «5 >».
     */
    public static String ofRightToLeftPage(Indicator indicator, Function<String, String> words) {
        return of(indicator, words, true);
    }

    private static String of(Indicator indicator, Function<String, String> words, boolean arabic) {
        if (!indicator.isMeasured()) {
            return words.apply("impact.notMeasured");
        }
        String published = indicator.published();
        if (Indicator.SMALL.equals(published)) {
            return Indicator.SMALL;
        }
        return switch (indicator.kind()) {
            case COUNT -> number(indicator.value());
            case MAD -> arabic ? words.apply("impact.mad") + " " + number(indicator.value()) : number(indicator.value()) + " " + words.apply("impact.mad");
            case SHARE -> arabic ? "(" + number(indicator.value()) + " / " + number(indicator.base()) + ")  " + indicator.publishedPercent() + " %"
                    : indicator.publishedPercent() + " % (" + number(indicator.value()) + " / " + number(indicator.base()) + ")";
            // No word between: a "+" between Arabic letters and digits would leave its number in a right-to-left line.
            case POINTS -> arabic ? "(n = " + number(indicator.base()) + ")  " + indicator.signedPoints()
                    : words.apply("partnersReport.points").replace("{0}", indicator.signedPoints()).replace("{1}", number(indicator.base()));
            case NOT_MEASURED -> words.apply("impact.notMeasured");
        };
    }

    /** The figure a chart may draw: null when the small-count rule withholds it (the bar is then left out, its label says «< 5»). */
    public static Long drawable(Indicator indicator) {
        if (!indicator.isMeasured() || Indicator.SMALL.equals(indicator.published())) {
            return null;
        }
        return indicator.value();
    }
}

package ma.maharat.impact.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;
import ma.maharat.impact.control.Indicator;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;

/**
 * An indicator's figure on the administrator's own screen: exact (the small-count rule is for what leaves
 * it), digits in Latin numerals as Moroccan Arabic writes them, a share with its count and base.
 */
@Named
@RequestScoped
public class IndicatorDisplay {

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    /** A sum in dirhams written as the indicators write theirs. */
    public String mad(long value) {
        return numbers().format(value) + " " + messages.text("impact.mad");
    }

    private NumberFormat numbers() {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag(language.isRightToLeft() ? "ar-MA-u-nu-latn" : "fr-MA"));
    }

    public String figure(Indicator indicator) {
        NumberFormat numbers = numbers();
        return switch (indicator.kind()) {
            case COUNT -> numbers.format(indicator.value());
            case MAD -> numbers.format(indicator.value()) + " " + messages.text("impact.mad");
            case SHARE -> indicator.percent() == null ? "—"
                    // The count over its base isolated left to right (U+2066…U+2069): in an Arabic line, «13 / 16» would otherwise read «16 / 13».
                    : indicator.percent() + " % (\u2066" + numbers.format(indicator.value()) + " / " + numbers.format(indicator.base()) + "\u2069)";
            // The sign and the count isolated left to right, like the share's count, inside an Arabic line.
            case POINTS -> messages.text("impact.points", "\u2066" + indicator.signedPoints() + "\u2069", "\u2066" + numbers.format(indicator.base()) + "\u2069");
            case NOT_MEASURED -> messages.text("impact.notMeasured");
        };
    }
}

package ma.maharat.impact.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The impact report as a table for a CSV file, with the small-count rule applied: a file leaves the
 * administrator's screen. One row per scope and indicator: scope, its name, the indicator, its SDG target,
 * the published figure, and for a share its count and base. Pure.
 */
public final class ImpactCsv {

    private ImpactCsv() {}

    public static List<List<String>> rows(ImpactReport.Report report, Function<String, String> words) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(words.apply("impactReport.scope"), words.apply("impactReport.name"), words.apply("impactReport.indicator"),
                words.apply("impactReport.sdg"), words.apply("impactReport.value"), words.apply("impactReport.count"), words.apply("impactReport.base"),
                words.apply("impactReport.definition")));
        for (ImpactReport.Scope scope : report.scopes()) {
            for (Indicator indicator : scope.indicators()) {
                rows.add(List.of(words.apply("impactReport.scope." + scope.kind()), scope.name() == null ? "" : scope.name(),
                        words.apply("impact." + indicator.key()), indicator.sdgTarget(),
                        indicator.isMeasured() ? indicator.published() : words.apply("impact.notMeasured"),
                        indicator.kind() == Indicator.Kind.SHARE ? indicator.publishedValue() : "", indicator.publishedBase(),
                        words.apply("impact." + indicator.key() + ".definition")));
            }
        }
        return rows;
    }
}

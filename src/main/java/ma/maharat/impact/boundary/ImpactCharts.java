package ma.maharat.impact.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import ma.maharat.impact.control.ImpactReport;
import ma.maharat.platform.chart.HorizontalBars;

/**
 * The home page's charts as Chart.js configurations for PrimeFaces' own {@code p:chart} (as the cohort
 * progress chart: its script carries the page's CSP nonce, no other library), built with JSON-P so that a
 * cohort's name cannot break them. Bars run from the right on an Arabic page. A canvas says nothing to a
 * screen reader: the page gives the same figures in a table.
 */
final class ImpactCharts {

    /** Before and after, people by gender: colours with enough contrast against white. */
    private static final String BEFORE = "#8a94a6";
    private static final String AFTER = "#1f7a4d";
    private static final String[] GENDER_COLOURS = {"#7b2d8e", "#1f5f9e", "#b8bec8"};

    private ImpactCharts() {}

    /** Per cohort: the value of orders in the year before training and in the follow-ups after it, in dirhams. */
    static String orders(List<ImpactReport.Scope> cohorts, Function<String, String> words, boolean rightToLeft) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        JsonArrayBuilder after = Json.createArrayBuilder();
        for (ImpactReport.Scope cohort : cohorts) {
            labels.add(cohort.name());
            before.add(cohort.indicator("ordersValueBaseline").value());
            after.add(cohort.indicator("ordersValueAfter").value());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(words.apply("impact.ordersValueBaseline"), before, BEFORE))
                .add(dataset(words.apply("impact.ordersValueAfter"), after, AFTER));
        return HorizontalBars.json(labels, datasets, rightToLeft, false);
    }

    /** Per cohort: the people trained, women, men and gender not said, stacked. */
    static String people(List<ImpactReport.Scope> cohorts, Function<String, String> words, boolean rightToLeft) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        String[] keys = {"womenTrained", "menTrained", "genderUnsaid"};
        JsonArrayBuilder[] data = {Json.createArrayBuilder(), Json.createArrayBuilder(), Json.createArrayBuilder()};
        for (ImpactReport.Scope cohort : cohorts) {
            labels.add(cohort.name());
            for (int k = 0; k < keys.length; k++) {
                data[k].add(cohort.indicator(keys[k]).value());
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int k = 0; k < keys.length; k++) {
            datasets.add(dataset(words.apply("impact." + keys[k]), data[k], GENDER_COLOURS[k]));
        }
        return HorizontalBars.json(labels, datasets, rightToLeft, true);
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour).add("maxBarThickness", 28);
    }
}

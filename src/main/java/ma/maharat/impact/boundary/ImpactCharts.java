package ma.maharat.impact.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ma.maharat.impact.control.ImpactReport;
import ma.maharat.impact.entity.FollowUpRound;
import ma.maharat.platform.chart.HorizontalBars;
import ma.maharat.platform.chart.Lines;

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

    /** Lines of the cohorts, one colour each in turn. */
    private static final String[] COHORT_COLOURS = {"#1f7a4d", "#1f5f9e", "#7b2d8e", "#b45309", "#8a94a6"};

    /**
     * Over time, per cohort: the value of the orders recorded at each round, from the baseline (the year before
     * training) to 12 months after. A round not recorded yet leaves a gap.
     */
    static String ordersOverTime(List<ImpactReport.Scope> cohorts, Map<Long, Map<FollowUpRound, Long>> valueByRound,
            Function<String, String> words, boolean rightToLeft) {
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (FollowUpRound round : FollowUpRound.values()) {
            steps.add(words.apply("impactHome.round." + round.name()));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int colour = 0;
        for (ImpactReport.Scope cohort : cohorts) {
            Map<FollowUpRound, Long> values = valueByRound.getOrDefault(cohort.id(), Map.of());
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (FollowUpRound round : FollowUpRound.values()) {
                Long value = values.get(round);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            String line = COHORT_COLOURS[colour++ % COHORT_COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", cohort.name()).add("data", data).add("borderColor", line)
                    .add("backgroundColor", line).add("pointRadius", 4));
        }
        return Lines.json(steps, datasets, rightToLeft);
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour).add("maxBarThickness", 28);
    }
}

package ma.maharat.platform.chart;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * The one shape of chart Maharat draws: horizontal bars, one row per label, as a Chart.js configuration
 * for PrimeFaces' {@code p:chart} (its script carries the page's CSP nonce; no other library). Built with
 * JSON-P so that labels with quotes or Arabic cannot break it. On an Arabic page the bars run from the
 * right and the labels stand on the right; numbers stay Western (ar-MA with Latin digits, as the rest of
 * the site writes them).
 */
public final class HorizontalBars {

    private HorizontalBars() {}

    /**
     * @param labels one per row (a course, a cohort)
     * @param datasets Chart.js datasets: label, data (one figure per row), colour
     * @param stacked whether the datasets stack in one bar per row, or stand side by side
     */
    public static String json(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean rightToLeft, boolean stacked) {
        var valueAxis = Json.createObjectBuilder().add("stacked", stacked).add("reverse", rightToLeft).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        var options = Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("locale", rightToLeft ? "ar-MA-u-nu-latn" : "fr")
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom").add("rtl", rightToLeft))
                        .add("tooltip", Json.createObjectBuilder().add("rtl", rightToLeft)))
                .add("scales", Json.createObjectBuilder()
                        .add("x", valueAxis)
                        .add("y", Json.createObjectBuilder().add("stacked", stacked).add("position", rightToLeft ? "right" : "left")));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}

package ma.maharat.platform.chart;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * Lines over time as a Chart.js configuration for PrimeFaces' {@code p:chart}, the companion of
 * {@link HorizontalBars}: one point per step on the time axis, a gap where a series has no figure yet (a
 * follow-up not recorded is unknown, not zero). On an Arabic page time runs from the right, as the reader's
 * eye does, and the value axis stands on the right.
 */
public final class Lines {

    private Lines() {}

    /**
     * @param steps the time axis's labels, oldest first
     * @param datasets Chart.js datasets: label, data (one figure or null per step), colour
     */
    public static String json(JsonArrayBuilder steps, JsonArrayBuilder datasets, boolean rightToLeft) {
        var options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("spanGaps", false)
                .add("locale", rightToLeft ? "ar-MA-u-nu-latn" : "fr")
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom").add("rtl", rightToLeft))
                        .add("tooltip", Json.createObjectBuilder().add("rtl", rightToLeft)))
                .add("scales", Json.createObjectBuilder()
                        // Offset: the first and last steps stand inside the frame, so their labels are not cut at its edges.
                        .add("x", Json.createObjectBuilder().add("reverse", rightToLeft).add("offset", true))
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("position", rightToLeft ? "right" : "left")
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", steps).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
